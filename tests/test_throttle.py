"""The throttle over loopback, with a scaled window: no window ever sees more than the limit.

The evidence is the server's: it counts what arrives. A request reaches it some time after the
throttle booked it, longer on a loaded machine, so a fixed allowance for that delay is either
too small (a false alarm) or too large (a break slips by). Instead each request carries, from
the bottom transport, a lower bound of its booking (`budget_worker.note_stamps`), and a window
is counted over the requests both booked and arrived inside it: each request's own measured
delay is its allowance (`_most_in_one_span`). The margin the throttle adds to the window is
checked apart, on a clock the test moves (`test_a_slot_frees_only_a_margin_after_the_window`).
"""

from __future__ import annotations

import asyncio
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import redis
from budget_worker import (
    STAMPED,
    STAMPED_HEADER,
    AsyncStampingTransport,
    StampingTransport,
    note_stamps,
    run_workers,
)
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conftest import FAKE_TOKEN, USER_AGENT, budget_store
from discogs_openapi import AsyncDiscogs, ConfigurationError, Discogs, RetryPolicy
from discogs_openapi.throttle import LEARNT_LIMIT_CAP, Throttle
from replay_server import serve

WINDOW = 1.0
LIMIT = 5
# Store stamps are whole milliseconds, and some stores stamp from the wall clock, which NTP may
# slew against the monotonic one the tests read: this much, and no scheduling, is allowed for.
CLOCK = 0.005
# The margin (ms) the throttle must keep beyond the window: at least the lag of a booked request
# on loopback, at most a quarter second, so that a 60 s window keeps more than 99 % of its budget.
MARGIN_MS = (10, 250)


def _span(limit: int = LIMIT, window: float = WINDOW) -> float:
    """Seconds a booking stays in the throttle's window: the window and its safety margin."""
    return Throttle(limit, window)._span / 1000


@pytest.fixture(autouse=True)
def noted_stamps(monkeypatch: pytest.MonkeyPatch) -> None:
    note_stamps(monkeypatch.setattr)


class Counter:
    """Answers with the statuses and rate-limit headers it is told; records every arrival.

    `requests` holds (booked, arrived) per request: a lower bound of its booking, sent by the
    bottom transport (None if it sent none), and its arrival by this host's monotonic clock.
    """

    def __init__(self) -> None:
        self.requests: list[tuple[float | None, float]] = []
        self.statuses: list[int] = []  # the first answers' statuses, in order; 200 after them
        self.answered: list[int] = []
        self.headers: dict[str, str] = {}

    @property
    def arrivals(self) -> list[float]:
        return [arrived for _, arrived in self.requests]

    async def __call__(self, scope: dict[str, Any], receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            return
        arrived = time.monotonic()
        booked = dict(scope["headers"]).get(STAMPED_HEADER.encode())
        self.requests.append((None if booked is None else float(booked), arrived))
        status = self.statuses.pop(0) if self.statuses else 200
        self.answered.append(status)
        out = [(b"content-type", b"application/json")]
        if status == 200:  # a 429 comes without rate-limit headers: nothing to learn but the 429
            out += [(k.encode(), v.encode()) for k, v in self.headers.items()]
        await send({"type": "http.response.start", "status": status, "headers": out})
        await send({"type": "http.response.body", "body": b'{"id": 1}'})


@pytest.fixture
def counter() -> Iterator[tuple[str, Counter]]:
    app = Counter()
    with serve(app) as url:
        yield url, app


def _most_in_one_span(requests: list[tuple[float | None, float]], span: float) -> int:
    """The most requests both booked and let out within one `span`, minus the clock's rounding.

    Each request is (booked no earlier than, out no later than), on one monotonic clock; its
    booking lies in between however late the scheduler ran either end. `limit + 1` requests
    inside one span therefore prove `limit + 1` bookings in one window of the throttle, on a
    loaded machine as on an idle one, while a throttle that lets too many go at once shows.
    """
    bounds = [(booked, out) for booked, out in requests if booked is not None]
    assert len(bounds) == len(requests), "a request went out with no booking read from the clock"
    return max(
        sum(1 for booked, out in bounds if start <= booked and out < start + span - CLOCK)
        for start, _ in bounds
    )


def _first_booked(requests: list[tuple[float | None, float]]) -> float:
    return min(booked for booked, _ in requests if booked is not None)


def _client(url: str, **extra: Any) -> Discogs:
    settings: dict[str, Any] = {"rate_limit": LIMIT, "rate_limit_window": WINDOW, **extra}
    return Discogs(
        USER_AGENT, token=FAKE_TOKEN, base_url=url, transport=StampingTransport(), **settings
    )


def test_sequential_calls_never_overflow_a_window(counter: tuple[str, Counter]) -> None:
    url, app = counter
    with _client(url) as client:
        for _ in range(12):
            client.get_httpx_client().get("/releases/1")
    assert len(app.requests) == 12
    assert _most_in_one_span(app.requests, _span()) <= LIMIT
    # The 11th booking is two spans after the 1st at least; and the waits are not much longer.
    assert app.arrivals[-1] - _first_booked(app.requests) >= 2 * _span() - CLOCK
    assert app.arrivals[-1] - app.arrivals[0] < 3 * WINDOW


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
    assert len(app.requests) == 16
    assert _most_in_one_span(app.requests, _span()) <= LIMIT
    assert max(app.arrivals) - _first_booked(app.requests) >= 3 * _span() - CLOCK


async def test_a_hundred_tasks_share_one_budget(counter: tuple[str, Counter]) -> None:
    url, app = counter
    limit, window = 50, 1.0
    settings: dict[str, Any] = {"rate_limit": limit, "rate_limit_window": window}
    async with AsyncDiscogs(
        USER_AGENT,
        token=FAKE_TOKEN,
        base_url=url,
        transport=AsyncStampingTransport(),
        **settings,
    ) as client:
        gets = (client.get_async_httpx_client().get("/releases/1") for _ in range(100))
        await asyncio.wait_for(asyncio.gather(*gets), timeout=60)
    assert len(app.requests) == 100
    assert _most_in_one_span(app.requests, _span(limit, window)) <= limit
    assert max(app.arrivals) - _first_booked(app.requests) >= _span(limit, window) - CLOCK


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
        assert 0 < view.wait <= _span(3)
        client.get_httpx_client().get("/releases/1")
    (first_booked, _), _, (_, third_arrived) = app.requests
    assert first_booked is not None
    # The third booking waited for the first to leave the window.
    assert third_arrived - first_booked >= _span(3) - CLOCK


# Nonsense in the headers: too large a limit (each would book that many entries), digits that
# are not ASCII ("²" made int() raise, "٣" was read as 3), a limit just over the cap.
NONSENSE = [("100000", "0"), ("1001", "0"), ("²", "0"), ("٣", "0"), (str(LIMIT), "²")]


@pytest.mark.parametrize(("limit", "remaining"), NONSENSE)
@pytest.mark.parametrize("store", ["memory", "sqlite"])
def test_nonsense_rate_limit_headers_are_ignored(
    counter: tuple[str, Counter],
    store: str,
    limit: str,
    remaining: str,
    tmp_path: Path,
    request: pytest.FixtureRequest,
) -> None:
    url, app = counter
    app.headers = {"X-Discogs-Ratelimit": limit, "X-Discogs-Ratelimit-Remaining": remaining}
    shared = {f"rate_limit_{k}": v for k, v in budget_store(store, tmp_path, request).items()}
    with _client(url, **shared) as client:
        assert client.get_httpx_client().get("/releases/1").status_code == 200
        view = client.rate_limit
    assert view is not None
    assert view.limit == LIMIT
    # A readable Remaining of 0 books the rest of the window as spent elsewhere: LIMIT in all.
    assert view.used == (LIMIT if remaining == "0" else 1)
    assert len(app.requests) == 1
    files = list(tmp_path.glob("budget.sqlite*"))
    assert sum(file.stat().st_size for file in files) < 2**20, "a bounded SQLite file"


def test_a_large_limit_up_to_the_cap_is_learnt_and_booked_boundedly(
    counter: tuple[str, Counter], tmp_path: Path
) -> None:
    url, app = counter
    cap = str(LEARNT_LIMIT_CAP)
    app.headers = {"X-Discogs-Ratelimit": cap, "X-Discogs-Ratelimit-Remaining": "0"}
    with _client(url, rate_limit_path=str(tmp_path / "budget.sqlite")) as client:
        client.get_httpx_client().get("/releases/1")
        view = client.rate_limit
    assert view is not None
    assert (view.limit, view.used, view.remaining) == (LEARNT_LIMIT_CAP, LEARNT_LIMIT_CAP, 0)


def test_a_429_books_the_whole_window(counter: tuple[str, Counter]) -> None:
    url, app = counter
    app.statuses = [429]
    window = 0.5
    # The retry layer sends the refused request again at once: only the throttle holds it back.
    quick = RetryPolicy(rate_limit_wait=0.0, max_wait=5)
    with _client(url, retry=quick, rate_limit_window=window) as client:
        response = client.get_httpx_client().get("/releases/1")
    assert response.status_code == 200
    assert app.answered == [429, 200]
    (refused_booked, _), (_, retried_arrived) = app.requests
    assert refused_booked is not None
    # One of five slots was used, yet the retry waited until that booking left the window: the
    # 429 booked the other four as spent.
    assert retried_arrived - refused_booked >= _span(LIMIT, window) - CLOCK


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

WORKERS: dict[str, Any] = {"processes": 4, "each": 4, "limit": LIMIT, "window": WINDOW}


def test_processes_share_one_budget_through_sqlite(
    counter: tuple[str, Counter], tmp_path: Path
) -> None:
    url, app = counter
    run_workers(url, f"path={tmp_path / 'budget.sqlite'}", **WORKERS)
    assert len(app.requests) == 16
    # The workers' stamps and this server's arrivals are on one clock: CLOCK_MONOTONIC is the
    # host's, not the process's.
    assert _most_in_one_span(app.requests, _span()) <= LIMIT
    assert max(app.arrivals) - _first_booked(app.requests) >= 3 * _span() - CLOCK


def test_processes_share_one_budget_through_redis(
    counter: tuple[str, Counter], redis_url: str
) -> None:
    url, app = counter
    redis.Redis.from_url(redis_url).flushdb()
    run_workers(url, f"url={redis_url}", **WORKERS)
    assert len(app.requests) == 16
    assert _most_in_one_span(app.requests, _span()) <= LIMIT
    assert max(app.arrivals) - _first_booked(app.requests) >= 3 * _span() - CLOCK


def test_the_redis_budget_is_seen_by_every_client(
    counter: tuple[str, Counter], redis_url: str
) -> None:
    url, _ = counter
    redis.Redis.from_url(redis_url).flushdb()
    # A long window: however slowly this runs, the two bookings are still in it for the view.
    shared: dict[str, Any] = {"rate_limit_url": redis_url, "rate_limit": 3, "rate_limit_window": 30}
    with _client(url, **shared) as first, _client(url, **shared) as second:
        first.get_httpx_client().get("/releases/1")
        first.get_httpx_client().get("/releases/1")
        view = second.rate_limit
        assert view is not None
        assert (view.used, view.remaining) == (2, 1)


@pytest.mark.parametrize("window", [0.2, 1.0, 60.0])
@pytest.mark.parametrize("store", ["memory", "sqlite", "redis"])
def test_a_slot_frees_only_a_margin_after_the_window(
    store: str, window: float, tmp_path: Path, request: pytest.FixtureRequest
) -> None:
    """Requests reach the server after their booking: the throttle keeps a margin for that."""
    throttle = Throttle(LIMIT, window, **budget_store(store, tmp_path, request))
    start = throttle._store.now()
    clock = [start]  # the store's clock, moved by hand: no sleeping, no scheduling
    throttle._store.now = lambda: clock[0]  # type: ignore[method-assign]
    assert [throttle.try_take() for _ in range(LIMIT)] == [0] * LIMIT
    window_ms, wait_ms = round(window * 1000), round(throttle.try_take() * 1000)
    # The slot frees the millisecond after the first bookings leave the window and its margin.
    assert MARGIN_MS[0] < wait_ms - window_ms <= MARGIN_MS[1] + 1, f"the next slot in {wait_ms} ms"
    assert MARGIN_MS[0] <= round(throttle.view().wait * 1000) - window_ms <= MARGIN_MS[1]
    # A window without the margin would have freed a slot here already.
    clock[0] = start + window_ms + 1
    assert throttle.try_take() > 0
    freed = start + wait_ms
    clock[0] = freed - 1
    assert throttle.try_take() > 0
    clock[0] = freed  # and the slot is given when the wait said
    assert throttle.try_take() == 0


# --- property: whatever the limit, window and concurrency, no window overflows ----------------

PROPERTY = settings(
    max_examples=5, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
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
    taken: list[tuple[float | None, float]] = []
    lock = threading.Lock()
    per_thread = [requests // 16 + (1 if i < requests % 16 else 0) for i in range(16)]

    def work(count: int) -> None:
        for _ in range(count):
            STAMPED.set(None)
            throttle.take()
            with lock:
                taken.append((STAMPED.get(), time.monotonic()))

    threads = [threading.Thread(target=work, args=(count,)) for count in per_thread]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert len(taken) == requests
    assert _most_in_one_span(taken, throttle._span / 1000) <= limit


@PROPERTY
@given(
    limit=st.integers(min_value=10, max_value=25),
    window=st.sampled_from([0.03, 0.06, 0.1]),
)
def test_no_window_overflows_under_a_hundred_tasks(limit: int, window: float) -> None:
    throttle = Throttle(limit, window)
    taken: list[tuple[float | None, float]] = []

    async def one() -> None:
        STAMPED.set(None)
        await throttle.take_async()
        taken.append((STAMPED.get(), time.monotonic()))

    async def all_of_them() -> None:
        await asyncio.wait_for(asyncio.gather(*(one() for _ in range(100))), timeout=60)

    asyncio.run(all_of_them())
    assert len(taken) == 100
    assert _most_in_one_span(taken, throttle._span / 1000) <= limit


@pytest.mark.parametrize("store", ["sqlite", "redis"])
def test_a_booking_stamped_late_still_counts_newer_ones(
    store: str, tmp_path: Path, request: pytest.FixtureRequest
) -> None:
    """A process descheduled between reading the clock and booking must not overbook."""
    where = budget_store(store, tmp_path, request)
    # A long window: however slowly this runs, the six attempts fall in one window.
    slow, fast = Throttle(LIMIT, 30, **where), Throttle(LIMIT, 30, **where)
    clock = slow._store.now
    read = threading.Event()

    def late_clock() -> int:
        stamp = clock()
        read.set()
        time.sleep(0.2)  # another process books meanwhile
        return stamp

    slow._store.now = late_clock  # type: ignore[method-assign]
    waits: list[float] = []
    late = threading.Thread(target=lambda: waits.append(slow.try_take()))
    late.start()
    assert read.wait(timeout=10)  # the late stamp is read before the others book
    waits += [fast.try_take() for _ in range(LIMIT)]
    late.join(timeout=10)
    assert len(waits) == LIMIT + 1
    assert waits.count(0) == LIMIT  # one of the six waits, whichever came last
