"""One process of a shared-budget test: `count` throttled requests through one shared store.

python tests/budget_worker.py <base_url> <count> <limit> <window> (path=<file> | url=<redis>)

It also holds what the throttle tests (tests/test_throttle.py imports it) and its processes use to
tell when each request was booked: `note_stamps` and the bottom transports below, which send that
moment to the loopback server along with the request.
"""

from __future__ import annotations

import subprocess
import sys
import time
from collections.abc import Callable
from contextvars import ContextVar
from pathlib import Path
from typing import Any

import httpx

from discogs_openapi import Discogs
from discogs_openapi.throttle import Throttle

STAMPED: ContextVar[float | None] = ContextVar("discogs_test_stamped", default=None)
"""When, on this host's monotonic clock, the throttle last began to read its clock in this thread
or task; None once a request has carried it away."""
STAMPED_HEADER = "x-test-booked-after"


def note_stamps(patch: Callable[[Any, str, Any], None] = setattr) -> None:
    """From now on every throttle notes in `STAMPED` when it begins to read its clock.

    A booking is stamped with a `_store.now()` read under the store's lock, the last read before
    `take` lets the request go: the moment just before that read is a lower bound of the booking
    that no scheduling delay can push later. `patch` is `setattr` or a test's
    `monkeypatch.setattr`, which undoes it; stores are patched per class so that the store a new
    limit brings (`learn`) notes too.
    """
    if getattr(Throttle.__init__, "notes_stamps", False):
        return
    init = Throttle.__init__

    def init_noting(self: Throttle, *args: Any, **kwargs: Any) -> None:
        init(self, *args, **kwargs)
        store = type(self._store)
        if not getattr(store.now, "notes_stamps", False):
            patch(store, "now", _noting(store.now))

    init_noting.notes_stamps = True  # type: ignore[attr-defined]
    patch(Throttle, "__init__", init_noting)


def _noting(now: Callable[[Any], int]) -> Callable[[Any], int]:
    def noting_now(store: Any) -> int:
        STAMPED.set(time.monotonic())
        return now(store)

    noting_now.notes_stamps = True  # type: ignore[attr-defined]
    return noting_now


def _carry_stamp(request: httpx.Request) -> None:
    # Taken, not copied: a request that went out without a clock read of its own carries none,
    # and the test sees that instead of an older request's stamp.
    stamped = STAMPED.get()
    STAMPED.set(None)
    if stamped is not None:
        request.headers[STAMPED_HEADER] = repr(stamped)


class StampingTransport(httpx.BaseTransport):
    """The network at the bottom of a client's stack; each request carries its booking's stamp."""

    def __init__(self) -> None:
        self._inner = httpx.HTTPTransport()

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        _carry_stamp(request)
        return self._inner.handle_request(request)

    def close(self) -> None:
        self._inner.close()


class AsyncStampingTransport(httpx.AsyncBaseTransport):
    """The asyncio twin of `StampingTransport` (a task's context holds its own stamp)."""

    def __init__(self) -> None:
        self._inner = httpx.AsyncHTTPTransport()

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        _carry_stamp(request)
        return await self._inner.handle_async_request(request)

    async def aclose(self) -> None:
        await self._inner.aclose()


def run_workers(
    url: str, store: str, *, processes: int, each: int, limit: int, window: float
) -> None:
    """Run `processes` of this script at once, each making `each` requests to `url` through
    `store` (`path=<file>` or `url=<redis>`), and wait (bounded) until all have succeeded."""
    script = str(Path(__file__).resolve())
    workers = [
        subprocess.Popen([sys.executable, script, url, str(each), str(limit), str(window), store])
        for _ in range(processes)
    ]
    try:
        for worker in workers:
            assert worker.wait(timeout=60) == 0
    finally:
        for worker in workers:
            if worker.poll() is None:
                worker.kill()
                worker.wait(timeout=10)


def main() -> None:
    base_url, count, limit, window, store = sys.argv[1:6]
    kind, _, where = store.partition("=")
    shared = {"rate_limit_path": where} if kind == "path" else {"rate_limit_url": where}
    note_stamps()
    with Discogs(
        "discogs-openapi-tests/0.1 +https://example.com/tests",
        token="tok-worker",
        base_url=base_url,
        rate_limit=int(limit),
        rate_limit_window=float(window),
        transport=StampingTransport(),
        **shared,
    ) as client:
        for _ in range(int(count)):
            client.get_httpx_client().get("/releases/1").raise_for_status()


if __name__ == "__main__":
    main()
