"""The throttle over loopback, with a scaled window: no window ever sees more than the limit."""

from __future__ import annotations

import asyncio
import os
import shutil
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import redis
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conftest import FAKE_TOKEN, USER_AGENT
from discogs_openapi import AsyncDiscogs, ConfigurationError, Discogs, RetryPolicy
from discogs_openapi.throttle import Throttle
from replay_server import serve

WINDOW = 1.0
LIMIT = 5
# Arrival times at the server differ from send times by the loopback latency.
SLACK = 0.05
# Four worker processes on two cores: a request booked in time can reach the server this much
# later than the next process's, which the scheduler ran first.
PROCESS_SLACK = 0.15


class Counter:
    """Answers 200 with the rate-limit headers it is told to send; records arrival times."""

    def __init__(self) -> None:
        self.arrivals: list[float] = []
        self.headers: dict[str, str] = {}

    async def __call__(self, scope: dict[str, Any], receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            return
        self.arrivals.append(time.monotonic())
        out = [(b"content-type", b"application/json")]
        out += [(k.encode(), v.encode()) for k, v in self.headers.items()]
        await send({"type": "http.response.start", "status": 200, "headers": out})
        await send({"type": "http.response.body", "body": b'{"id": 1}'})


@pytest.fixture
def counter() -> Iterator[tuple[str, Counter]]:
    app = Counter()
    with serve(app) as url:
        yield url, app


def _busiest_window(arrivals: list[float], slack: float = SLACK) -> int:
    times = sorted(arrivals)
    return max(
        sum(1 for other in times if start <= other < start + WINDOW - slack) for start in times
    )


def _client(url: str, **extra: Any) -> Discogs:
    settings: dict[str, Any] = {"rate_limit": LIMIT, "rate_limit_window": WINDOW, **extra}
    return Discogs(USER_AGENT, token=FAKE_TOKEN, base_url=url, **settings)


def test_sequential_calls_never_overflow_a_window(counter: tuple[str, Counter]) -> None:
    url, app = counter
    with _client(url) as client:
        for _ in range(12):
            client.get_httpx_client().get("/releases/1")
    assert len(app.arrivals) == 12
    assert _busiest_window(app.arrivals) <= LIMIT
    # 12 requests at 5 a window need two full windows of waiting, and not much more.
    assert 2 * WINDOW - SLACK <= app.arrivals[-1] - app.arrivals[0] < 3 * WINDOW


def test_sixteen_threads_share_one_budget(counter: tuple[str, Counter]) -> None:
    url, app = counter
    with _client(url) as client:

        def work() -> None:
            client.get_httpx_client().get("/releases/1")

        threads = [threading.Thread(target=work) for _ in range(16)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(timeout=30)
    assert len(app.arrivals) == 16
    assert _busiest_window(app.arrivals) <= LIMIT


async def test_a_hundred_tasks_share_one_budget(counter: tuple[str, Counter]) -> None:
    url, app = counter
    # 100 connections opened at once reach the server up to a few tenths of a second after
    # their slot was booked; the window is long enough for that skew to stay small beside it.
    limit, window, skew = 50, 2.0, 0.4
    settings: dict[str, Any] = {"rate_limit": limit, "rate_limit_window": window}
    async with AsyncDiscogs(USER_AGENT, token=FAKE_TOKEN, base_url=url, **settings) as client:
        await asyncio.gather(
            *(client.get_async_httpx_client().get("/releases/1") for _ in range(100))
        )
    times = sorted(app.arrivals)
    assert len(times) == 100
    busiest = max(sum(1 for t in times if s <= t < s + window - skew) for s in times)
    assert busiest <= limit


def test_the_servers_limit_and_remaining_are_learnt(counter: tuple[str, Counter]) -> None:
    url, app = counter
    app.headers = {"X-Discogs-Ratelimit": "3", "X-Discogs-Ratelimit-Remaining": "2"}
    with _client(url) as client:
        client.get_httpx_client().get("/releases/1")
        view = client.rate_limit
        assert view is not None
        assert (view.limit, view.used, view.remaining) == (3, 1, 2)
        # Another program on this IP spent the rest: the next request waits for the window.
        app.headers = {"X-Discogs-Ratelimit": "3", "X-Discogs-Ratelimit-Remaining": "0"}
        client.get_httpx_client().get("/releases/1")
        view = client.rate_limit
        assert view is not None
        assert view.remaining == 0
        assert 0 < view.wait <= WINDOW + 0.05  # the window plus its safety margin
        client.get_httpx_client().get("/releases/1")
    assert app.arrivals[2] - app.arrivals[1] >= WINDOW - 2 * SLACK


def test_a_429_books_the_whole_window(counter: tuple[str, Counter]) -> None:
    url, app = counter
    quick = RetryPolicy(rate_limit_wait=0.0, max_wait=5)
    with _client(url, retry=quick) as client:
        client.get_httpx_client().get("/releases/1")
        app.headers = {}
        throttle_view = client.rate_limit
        assert throttle_view is not None
        assert throttle_view.used == 1


def test_waits_are_logged(counter: tuple[str, Counter], caplog: pytest.LogCaptureFixture) -> None:
    url, _ = counter
    with _client(url, rate_limit=1, rate_limit_window=0.3) as client:
        client.get_httpx_client().get("/releases/1")
        client.get_httpx_client().get("/releases/1")
    assert any("throttled: waited" in record.getMessage() for record in caplog.records)


def test_other_hosts_are_not_throttled(counter: tuple[str, Counter]) -> None:
    url, _ = counter
    other = url.replace("127.0.0.1", "localhost")
    with _client(url, rate_limit=1, rate_limit_window=30) as client:
        started = time.monotonic()
        for _ in range(3):
            client.get_httpx_client().get(f"{other}/image.jpg")
        assert time.monotonic() - started < 5
        view = client.rate_limit
        assert view is not None
        assert view.used == 0


def test_throttling_is_on_by_default_and_can_be_turned_off(counter: tuple[str, Counter]) -> None:
    url, _ = counter
    with Discogs(USER_AGENT, base_url=url) as anonymous:
        view = anonymous.rate_limit
        assert view is not None
        assert view.limit == 25
    with Discogs(USER_AGENT, token=FAKE_TOKEN, base_url=url) as authenticated:
        view = authenticated.rate_limit
        assert view is not None
        assert view.limit == 60
    with Discogs(USER_AGENT, base_url=url, throttle=False) as unthrottled:
        assert unthrottled.rate_limit is None


@pytest.mark.parametrize("settings", [{"rate_limit": 0}, {"rate_limit_window": -1}])
def test_bad_rate_limits_are_refused(settings: dict[str, Any]) -> None:
    with pytest.raises(ConfigurationError, match="rate limit"):
        Discogs(USER_AGENT, **settings)


# --- one budget shared by processes (SQLite) and hosts (Redis) --------------------------------

WORKER = Path(__file__).resolve().parent / "budget_worker.py"


def _run_workers(url: str, store: str, processes: int, each: int) -> None:
    workers = [
        subprocess.Popen(
            [sys.executable, str(WORKER), url, str(each), str(LIMIT), str(WINDOW), store]
        )
        for _ in range(processes)
    ]
    for worker in workers:
        assert worker.wait(timeout=60) == 0


def test_processes_share_one_budget_through_sqlite(
    counter: tuple[str, Counter], tmp_path: Path
) -> None:
    url, app = counter
    _run_workers(url, f"path={tmp_path / 'budget.sqlite'}", processes=4, each=4)
    assert len(app.arrivals) == 16
    assert _busiest_window(app.arrivals, PROCESS_SLACK) <= LIMIT
    assert app.arrivals[-1] - app.arrivals[0] >= 2 * WINDOW


@pytest.fixture(scope="module")
def redis_url() -> Iterator[str]:
    """A real Redis server on a free loopback port, for as long as the module's tests run."""
    server = shutil.which("redis-server")
    if server is None:
        if os.environ.get("CI") == "true":
            pytest.fail("redis-server is not installed; .ci/run installs it")
        pytest.skip("redis-server is not installed (CI installs it and runs these tests)")
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    process = subprocess.Popen(
        [server, "--port", str(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"],
        stdout=subprocess.DEVNULL,
    )
    url = f"redis://127.0.0.1:{port}/0"
    client = redis.Redis.from_url(url)
    deadline = time.monotonic() + 10
    while True:
        try:
            client.ping()
            break
        except redis.ConnectionError:
            if time.monotonic() > deadline:
                process.kill()
                raise
            time.sleep(0.05)
    yield url
    process.terminate()
    process.wait(timeout=10)


def test_processes_share_one_budget_through_redis(
    counter: tuple[str, Counter], redis_url: str
) -> None:
    url, app = counter
    redis.Redis.from_url(redis_url).flushdb()
    _run_workers(url, f"url={redis_url}", processes=4, each=4)
    assert len(app.arrivals) == 16
    assert _busiest_window(app.arrivals, PROCESS_SLACK) <= LIMIT
    assert app.arrivals[-1] - app.arrivals[0] >= 2 * WINDOW


def test_the_redis_budget_is_seen_by_every_client(
    counter: tuple[str, Counter], redis_url: str
) -> None:
    url, _ = counter
    redis.Redis.from_url(redis_url).flushdb()
    shared: dict[str, Any] = {"rate_limit_url": redis_url, "rate_limit": 3}
    with _client(url, **shared) as first, _client(url, **shared) as second:
        first.get_httpx_client().get("/releases/1")
        first.get_httpx_client().get("/releases/1")
        view = second.rate_limit
        assert view is not None
        assert (view.used, view.remaining) == (2, 1)


# --- property: whatever the limit, window and concurrency, no window overflows ----------------

PROPERTY = settings(
    max_examples=5, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)


def _overflows(stamps: list[float], limit: int, window: float) -> bool:
    stamps = sorted(stamps)
    # Booking times come from one clock, so only the clock's rounding needs slack.
    return any(
        sum(1 for other in stamps if start <= other < start + window - 0.002) > limit
        for start in stamps
    )


@PROPERTY
@given(
    limit=st.integers(min_value=1, max_value=6),
    window=st.sampled_from([0.05, 0.1, 0.15]),
    requests=st.integers(min_value=1, max_value=30),
)
def test_no_window_overflows_under_sixteen_threads(
    limit: int, window: float, requests: int
) -> None:
    throttle = Throttle(limit, window)
    stamps: list[float] = []
    lock = threading.Lock()
    per_thread = [requests // 16 + (1 if i < requests % 16 else 0) for i in range(16)]

    def work(count: int) -> None:
        for _ in range(count):
            throttle.take()
            with lock:
                stamps.append(time.monotonic())

    threads = [threading.Thread(target=work, args=(count,)) for count in per_thread]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert len(stamps) == requests
    assert not _overflows(stamps, limit, window)


@PROPERTY
@given(
    limit=st.integers(min_value=10, max_value=25),
    window=st.sampled_from([0.03, 0.06, 0.1]),
)
def test_no_window_overflows_under_a_hundred_tasks(limit: int, window: float) -> None:
    throttle = Throttle(limit, window)
    stamps: list[float] = []

    async def one() -> None:
        await throttle.take_async()
        stamps.append(time.monotonic())

    async def all_of_them() -> None:
        await asyncio.gather(*(one() for _ in range(100)))

    asyncio.run(all_of_them())
    assert len(stamps) == 100
    assert not _overflows(stamps, limit, window)


@pytest.mark.parametrize("store", ["sqlite", "redis"])
def test_a_booking_stamped_late_still_counts_newer_ones(
    store: str, tmp_path: Path, redis_url: str
) -> None:
    """A process descheduled between reading the clock and booking must not overbook."""
    redis.Redis.from_url(redis_url).flushdb()
    where: dict[str, Any] = (
        {"path": str(tmp_path / "budget.sqlite")} if store == "sqlite" else {"url": redis_url}
    )
    slow, fast = Throttle(LIMIT, WINDOW, **where), Throttle(LIMIT, WINDOW, **where)
    clock = slow._store.now

    def late_clock() -> int:
        stamp = clock()
        time.sleep(0.2)  # another process books meanwhile
        return stamp

    slow._store.now = late_clock  # type: ignore[method-assign]
    waits: list[float] = []
    late = threading.Thread(target=lambda: waits.append(slow.try_take()))
    late.start()
    time.sleep(0.05)
    waits += [fast.try_take() for _ in range(LIMIT)]
    late.join(timeout=10)
    assert len(waits) == LIMIT + 1
    assert waits.count(0) == LIMIT  # one of the six waits, whichever came last
