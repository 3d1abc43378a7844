"""A shared budget that cannot be used ends the call in time, with a typed error, unsent.

Another process holding the budget's lock (the SQLite file's `.lock`, the Redis lock key), a Redis
server that is not there, a SQLite path that cannot be opened: each call ends within about its
pool timeout in `RateLimitStoreError`, which says what and where (never a Redis password), and
the server sees nothing. Under asyncio the event loop runs on meanwhile.
"""

from __future__ import annotations

import asyncio
import contextlib
import select
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import redis
from window_server import WindowServer

from conftest import FAKE_TOKEN, USER_AGENT
from discogs_openapi import AsyncDiscogs, Discogs, RateLimitStoreError, RetryPolicy
from replay_server import serve

TIMEOUT = 2.0  # the client's timeout, so its pool timeout: the longest wait for a lock
HELD = 15.0  # how long the other process holds a lock at most: well past the bound
SLACK = 6.0  # building the client and scheduling, on a busy machine
PASSWORD = "s3cret-redis-passw0rd"

# Holds a file lock until its stdin closes, HELD seconds at most; says "held" once it has it.
HOLDER = """
import select, sys
from filelock import FileLock
with FileLock(sys.argv[1]):
    print("held", flush=True)
    select.select([sys.stdin], [], [], float(sys.argv[2]))
"""


@contextlib.contextmanager
def _lock_held_elsewhere(lock: Path) -> Iterator[None]:
    """Another process holds the file lock `lock` for the block (HELD seconds at most)."""
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(lock), str(HELD)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
    )
    assert holder.stdin is not None
    assert holder.stdout is not None
    try:
        ready, _, _ = select.select([holder.stdout], [], [], 30)
        assert ready, "the process holding the lock did not start"
        assert holder.stdout.readline().strip() == b"held"
        yield
    finally:
        holder.stdin.close()
        holder.wait(timeout=30)


@contextlib.contextmanager
def _server() -> Iterator[tuple[str, WindowServer]]:
    app = WindowServer(5, 1.0)
    with serve(app) as url:
        yield url, app


def _settings(url: str, **store: str) -> dict[str, Any]:
    # A retry budget shorter than the lock's wait: it does not lengthen the wait for the lock.
    retry = RetryPolicy(max_wait=1.0)
    return {"token": FAKE_TOKEN, "base_url": url, "timeout": TIMEOUT, "retry": retry, **store}


async def _failing_call(
    asynchronous: bool, settings: dict[str, Any]
) -> tuple[RateLimitStoreError, float, int]:
    """A GET with a client of `settings` (built inside: an error building it counts), which must
    raise `RateLimitStoreError`: the error, the seconds it took, the ticks of a task meanwhile."""
    ticks = 0

    async def tick() -> None:
        nonlocal ticks
        while True:
            await asyncio.sleep(0.01)
            ticks += 1

    async def call() -> None:
        if asynchronous:
            async with AsyncDiscogs(USER_AGENT, **settings) as client:
                await client.get_async_httpx_client().get("/releases/1")
        else:
            with Discogs(USER_AGENT, **settings) as sync_client:
                sync_client.get_httpx_client().get("/releases/1")

    ticker = asyncio.create_task(tick())
    started = time.monotonic()
    try:
        with pytest.raises(RateLimitStoreError) as caught:
            await call()
    finally:
        elapsed = time.monotonic() - started
        ticker.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await ticker
    return caught.value, elapsed, ticks


def _check_waited(elapsed: float, ticks: int, asynchronous: bool) -> None:
    """The wait for a lock ended within the bound, and under asyncio the event loop ticked on
    meanwhile (every 10 ms at best: a blocked one hardly ticks at all)."""
    assert elapsed < TIMEOUT + SLACK, f"the call took {elapsed:.1f} s"
    if asynchronous:
        assert ticks >= 10, f"the event loop ticked {ticks} times in {elapsed:.1f} s"


BOTH = pytest.mark.parametrize("asynchronous", [False, True], ids=["sync", "asyncio"])


@BOTH
async def test_a_held_sqlite_lock_ends_the_call_in_time(asynchronous: bool, tmp_path: Path) -> None:
    path = tmp_path / "budget.sqlite"
    with _server() as (url, app), _lock_held_elsewhere(Path(f"{path}.lock")):
        error, elapsed, ticks = await _failing_call(
            asynchronous, _settings(url, rate_limit_path=str(path))
        )
    _check_waited(elapsed, ticks, asynchronous)
    message = str(error)
    assert f"{path}.lock" in message
    assert "another process holds" in message
    assert app.log == [], "nothing was sent"


@BOTH
async def test_a_held_redis_lock_ends_the_call_in_time(asynchronous: bool, redis_url: str) -> None:
    server = redis.Redis.from_url(redis_url)
    server.flushdb()
    # Another process's hold of the lock the throttle takes (it expires after HELD seconds).
    server.set("discogs_api_budget:lock", "another-process", px=int(HELD * 1000))
    try:
        with _server() as (url, app):
            error, elapsed, ticks = await _failing_call(
                asynchronous, _settings(url, rate_limit_url=redis_url)
            )
    finally:
        server.delete("discogs_api_budget:lock")
    _check_waited(elapsed, ticks, asynchronous)
    assert "discogs_api_budget:lock" in str(error)
    assert "another process holds" in str(error)
    assert app.log == [], "nothing was sent"


@BOTH
async def test_an_unreachable_redis_is_a_typed_error_without_its_password(
    asynchronous: bool,
) -> None:
    with socket.socket() as probe:  # a port with nothing listening once the probe has closed
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    store = f"redis://:{PASSWORD}@127.0.0.1:{port}/0"
    with _server() as (url, app):
        error, elapsed, _ = await _failing_call(asynchronous, _settings(url, rate_limit_url=store))
    assert elapsed < TIMEOUT + SLACK, f"the call took {elapsed:.1f} s"
    assert f"redis://127.0.0.1:{port}/0" in str(error)
    chained: BaseException | None = error
    while chained is not None:  # the whole chain: messages and reprs
        assert PASSWORD not in str(chained)
        assert PASSWORD not in repr(chained)
        chained = chained.__cause__ or chained.__context__
    assert app.log == [], "nothing was sent"


@BOTH
async def test_a_sqlite_path_that_cannot_be_opened_is_a_typed_error(
    asynchronous: bool, tmp_path: Path
) -> None:
    # In a folder that exists (a missing one is refused when the client is made), but no
    # SQLite database: it opens at the first call.
    path = tmp_path / "budget.sqlite"
    path.write_bytes(b"not a SQLite database, " * 64)
    with _server() as (url, app):
        error, _, _ = await _failing_call(asynchronous, _settings(url, rate_limit_path=str(path)))
    assert str(path) in str(error)
    assert app.log == [], "nothing was sent"
