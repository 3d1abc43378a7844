"""Where a client may still send: until it is closed, in the process that made it and, for
`AsyncDiscogs`, in the one event loop it first ran in.

Every request passes `check` (or `check_loop`) before anything else, so misuse ends in a typed
error with nothing sent and no budget spent. A forked child must never touch the parent's
connections, locks or SQLite handles: it would read the parent's answers, or close (with TLS,
end) sockets the parent still uses. So in a child the client refuses to send, and `close` there
only marks it closed.
"""

from __future__ import annotations

import os
import threading
from typing import TYPE_CHECKING

from .errors import ClientClosedError, ClientEventLoopError, ClientForkedError

if TYPE_CHECKING:
    from asyncio import AbstractEventLoop

__all__ = ["Lifecycle"]


class Lifecycle:
    """The state of one client: open or closed, its process, and (asyncio) its event loop."""

    def __init__(self, name: str) -> None:
        self._name = name
        self._pid = os.getpid()
        self._closed = False
        self._loop: AbstractEventLoop | None = None
        self._binding = threading.Lock()

    def check(self) -> None:
        """Raise the typed error if the client may not send from here."""
        self.check_process()
        if self._closed:
            raise ClientClosedError(
                f"this {self._name} was closed (close(), aclose() or the end of its with block) "
                f"and cannot be reopened; nothing was sent. Create a new {self._name}(...)."
            )

    def check_process(self) -> None:
        """Raise `ClientForkedError` in a process forked after the client was made."""
        if os.getpid() != self._pid:
            raise ClientForkedError(
                f"this {self._name} was created in process {self._pid}, and this is process "
                f"{os.getpid()}, a fork of it: its connections and locks belong to that "
                f"process, so nothing was sent. Create a new {self._name}(...) in this process "
                "(after the fork, e.g. in a Pool initializer), or start workers with the 'spawn' "
                "method; pass rate_limit_path= to share the rate-limit budget between processes."
            )

    def check_loop(self) -> None:
        """`check`, then `bind_loop`."""
        self.check()
        self.bind_loop("nothing was sent")

    def bind_loop(self, outcome: str) -> None:
        """Bind the client to the running event loop, or refuse one other than its own."""
        import asyncio  # loaded already: only asyncio code calls this

        try:
            loop = asyncio.get_running_loop()
        except RuntimeError:
            return  # not under asyncio: no loop of ours to compare
        with self._binding:
            if self._loop is None:
                self._loop = loop
        if self._loop is not loop:
            raise ClientEventLoopError(
                f"this {self._name} first ran in another event loop, which its connections "
                f"belong to, so {outcome}. Create one {self._name} per event loop: inside "
                f"the coroutine given to asyncio.run, e.g. `async with {self._name}(...) as "
                "client:`; close it in that loop too."
            )

    def close(self) -> bool:
        """Mark the client closed; True when the caller should close its connections now.

        Closing again does nothing, and a forked child leaves the connections to their process.
        """
        first = not self._closed
        self._closed = True
        return first and os.getpid() == self._pid
