"""How long one call may take: its deadline and its waits, carried down the stack on the request.

The outermost layer stamps each call with the instant it must end by (`CallDeadline.start`); a
redirect's next hop keeps it. The retry layer hands every attempt a timeout cut to what is left
(`fit`), refuses waits that would not end in time (`Waits`, shared with the throttle) and reads a
buffered body through `bound`, which stops it once the deadline passes. A streamed body (a
download) is bounded until its headers arrive; then its reads get the client's own timeouts back.
"""

from __future__ import annotations

import logging
import time
from collections.abc import AsyncIterator, Iterator, Mapping
from typing import Any, NamedTuple, cast

import httpx

from .errors import ConfigurationError, DeadlineExceededError

__all__ = ["CallDeadline", "Deadline", "WaitRefused", "Waits", "bound", "check", "log_wait"]

DEADLINE = "discogs_openapi.deadline"
WAITS = "discogs_openapi.waits"
LONG_WAIT = 1.0
"""Waits from this many seconds up are logged at INFO (a long stall must not look hung)."""
# The shortest timeout handed to httpcore: 0 would make the socket non-blocking, not time out.
_FLOOR = 0.001
# A timeout this close to the deadline is the deadline's (timers may fire a hair early).
_SLACK = 0.01
_PHASES = ("connect", "read", "write", "pool")


class Deadline(NamedTuple):
    """The instant (`time.monotonic()`) a call must end by, and the timeouts it started with."""

    seconds: float
    at: float
    timeout: Mapping[str, float | None]
    owner: int  # id() of the request that started the call: a re-sent request starts afresh

    def left(self) -> float:
        return self.at - time.monotonic()

    def passed(self) -> bool:
        return self.left() < _SLACK

    def exceeded(self, request: httpx.Request, detail: str, attempts: str) -> DeadlineExceededError:
        where = f"{request.method} {request.url.copy_with(query=None)}"
        return DeadlineExceededError(
            f"{where} did not finish within its {self.seconds:g} s deadline ({detail}); pass a "
            "longer deadline= to the client, or deadline=None for none",
            attempts,
        )


class CallDeadline(NamedTuple):
    """The client's `deadline` setting, stamped on each call as it enters the stack."""

    seconds: float

    def start(self, request: httpx.Request) -> None:
        current = request.extensions.get(DEADLINE)
        if isinstance(current, Deadline) and current.owner != id(request):
            return  # the next hop of a redirect: the call's deadline holds
        timeout = request.extensions.get("timeout") or {}
        base = timeout.base if isinstance(timeout, _Timeouts) else dict(timeout)
        at = time.monotonic() + self.seconds
        request.extensions[DEADLINE] = Deadline(self.seconds, at, base, id(request))


def of(request: httpx.Request) -> Deadline | None:
    found = request.extensions.get(DEADLINE)
    return found if isinstance(found, Deadline) else None


def check(value: object) -> float | None:
    """The `deadline` setting, checked: seconds > 0, or None for no total deadline."""
    if value is None:
        return None
    if isinstance(value, int | float) and not isinstance(value, bool) and value > 0:
        return float(value)
    raise ConfigurationError(
        f"deadline must be seconds > 0 (the longest one call may take, retries included), or "
        f"None for no total deadline; got {value!r}."
    )


class _Timeouts(Mapping[str, float | None]):
    """The call's timeouts, each cut to what is left of the deadline when httpcore reads it.

    httpcore looks each phase's timeout up as the phase begins (pool, connect, write, read the
    headers, read the body), so every phase ends by the deadline. `release` hands a streamed
    body its own per-read timeout back.
    """

    def __init__(self, deadline: Deadline) -> None:
        self.base = deadline.timeout
        self._deadline = deadline
        self._cutting = True

    def release(self) -> None:
        self._cutting = False

    def __getitem__(self, phase: str) -> float | None:
        value = self.base.get(phase)
        if not self._cutting:
            return value
        left = max(self._deadline.left(), _FLOOR)
        return left if value is None else min(value, left)

    def __iter__(self) -> Iterator[str]:
        return iter(_PHASES)

    def __len__(self) -> int:
        return len(_PHASES)


def fit(request: httpx.Request) -> _Timeouts | None:
    """Give the next attempt timeouts that end by the deadline (None: the call has none)."""
    deadline = of(request)
    if deadline is None:
        return None
    timeouts = _Timeouts(deadline)
    request.extensions["timeout"] = timeouts
    return timeouts


def bound(response: httpx.Response, request: httpx.Request, attempt: int) -> None:
    """Read `response`'s body no later than the deadline (see `_Bounded`)."""
    deadline = of(request)
    if deadline is not None:
        response.stream = _Bounded(response.stream, deadline, request, attempt)


class _Bounded(httpx.SyncByteStream, httpx.AsyncByteStream):
    """A body that raises `DeadlineExceededError` once the deadline passes.

    In asyncio each read is cancelled at the deadline itself. A blocking read cannot be cut
    short: the sync stream checks between chunks, and each read waits no longer than what was
    left of the deadline when the body began (`_Timeouts`).
    """

    def __init__(
        self,
        stream: httpx.SyncByteStream | httpx.AsyncByteStream,
        deadline: Deadline,
        request: httpx.Request,
        attempt: int,
    ) -> None:
        self._stream = stream
        self._deadline = deadline
        self._request = request
        self._attempt = attempt

    def _expired(self) -> DeadlineExceededError:
        attempts = f"{self._attempt} attempt{'s' if self._attempt > 1 else ''}"
        detail = f"the body was still arriving on attempt {self._attempt}"
        return self._deadline.exceeded(self._request, detail, attempts)

    def __iter__(self) -> Iterator[bytes]:
        for chunk in cast(httpx.SyncByteStream, self._stream):
            if self._deadline.left() < 0:
                self.close()
                raise self._expired()
            yield chunk

    async def __aiter__(self) -> AsyncIterator[bytes]:
        import asyncio  # loaded by the first asyncio client, which has it already

        chunks = aiter(cast(httpx.AsyncByteStream, self._stream))
        while True:
            left = self._deadline.left()
            try:
                if left <= 0:
                    raise TimeoutError  # a chunk at hand would not wait for the timer
                async with asyncio.timeout(left):
                    chunk = await anext(chunks)
            except StopAsyncIteration:
                return
            except TimeoutError:
                await self.aclose()
                raise self._expired() from None
            yield chunk

    def close(self) -> None:
        cast(httpx.SyncByteStream, self._stream).close()

    async def aclose(self) -> None:
        await cast(httpx.AsyncByteStream, self._stream).aclose()


class Waits:
    """The waiting one request may still do: retry backoff, 429 waits and throttle waits.

    Bounded by `RetryPolicy.max_wait` in all and by the call's deadline; each layer that waits
    asks `limit` first and adds what it waited to `spent`.
    """

    __slots__ = ("deadline", "max_wait", "spent")

    # Not a dataclass: see layer.Origin.
    def __init__(self, max_wait: float, deadline: Deadline | None, spent: float = 0.0) -> None:
        self.max_wait = max_wait
        self.deadline = deadline
        self.spent = spent

    def room(self) -> tuple[float, str]:
        """How long a wait starting now may last, and what bounds it (for messages)."""
        left = self.max_wait - self.spent
        if self.deadline is not None and self.deadline.left() < left:
            return self.deadline.left(), f"the call's {self.deadline.seconds:g} s deadline"
        return left, f"RetryPolicy.max_wait ({self.max_wait:g} s)"

    def limit(self) -> tuple[float, str]:
        """The instant (`time.monotonic()`) a wait must end by, and what sets it."""
        room, what = self.room()
        return time.monotonic() + room, what


def waits_of(request: httpx.Request) -> Waits | None:
    found = request.extensions.get(WAITS)
    return found if isinstance(found, Waits) else None


class WaitRefused(Exception):
    """A wait that would end after its limit; nothing was booked."""

    def __init__(self, wait: float) -> None:
        super().__init__(f"a wait of {wait:.2f} s")
        self.wait = wait


def log_wait(logger: logging.Logger, seconds: float, message: str, *args: Any) -> None:
    """Log a wait about to start: INFO from `LONG_WAIT` seconds up, so a stall is explained."""
    logger.log(logging.INFO if seconds >= LONG_WAIT else logging.DEBUG, message, *args)
