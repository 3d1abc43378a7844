"""The throttle as the server counts: never more than the limit arrive in any window.

A request reaches the server some time after the throttle booked it: a new connection's
handshake, a busy event loop, a slow network. Here a loopback proxy (`slow_proxy`) makes new
connections slow, as TLS does, and the server (`window_server`) records each arrival on its own
clock and refuses (429) what overflows its moving window. The window is scaled down; the
checks are the server's: no 429, and no window with more arrivals than the limit. They hold on a
loaded machine too: delays only make requests arrive later, and a request counts until a window
after its answer came, which is after it arrived.
"""

from __future__ import annotations

import asyncio
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
from budget_worker import run_workers
from slow_proxy import SlowProxy, slow_proxy
from window_server import WindowServer

from conftest import FAKE_TOKEN, USER_AGENT, budget_store
from discogs_openapi import AsyncDiscogs, Discogs, RetryPolicy
from replay_server import serve

LIMIT = 5
WINDOW = 1.0
HANDSHAKE = 0.4  # longer than the throttle's margin (20 ms for this window, 250 ms for 60 s)


@contextmanager
def _served(
    limit: int = LIMIT, delay: float = HANDSHAKE, **proxy: Any
) -> Iterator[tuple[str, WindowServer, SlowProxy]]:
    """A window server enforcing `limit` per WINDOW, behind a proxy with slow new connections."""
    app = WindowServer(limit, WINDOW, **proxy.pop("server", {}))
    with serve(app) as url, slow_proxy(url, delay, **proxy) as (proxied, slow):
        yield proxied, app, slow


def _settings(store: str, request: pytest.FixtureRequest, tmp_path: Path) -> dict[str, Any]:
    return {
        f"rate_limit_{key}": value for key, value in budget_store(store, tmp_path, request).items()
    }


def _client(url: str, limit: int = LIMIT, **settings: Any) -> dict[str, Any]:
    """Client settings; a 429 is retried after a window (so a throttle that overflows shows)."""
    return {
        "token": FAKE_TOKEN,
        "base_url": url,
        "rate_limit": limit,
        "rate_limit_window": WINDOW,
        "retry": RetryPolicy(rate_limit_wait=WINDOW),
        **settings,
    }


def _assert_within_the_limit(app: WindowServer, requests: int, limit: int = LIMIT) -> None:
    assert len(app.log) == requests, "each call made exactly one request"
    assert app.refused == 0, "the server refused requests over its window"
    assert app.busiest() <= limit


STORES = ["memory", "sqlite", "redis"]


@pytest.mark.parametrize("store", STORES)
def test_a_slow_first_connection_never_overflows_a_window(
    store: str, request: pytest.FixtureRequest, tmp_path: Path
) -> None:
    # The first request arrives a handshake late; the next go at once over its connection. Counted
    # from its booking, it would leave the throttle's window a handshake before the server's.
    store_settings = _settings(store, request, tmp_path)
    with (
        _served() as (url, app, proxy),
        Discogs(USER_AGENT, **_client(url, **store_settings)) as client,
    ):
        for _ in range(LIMIT + 3):
            assert client.get_httpx_client().get("/releases/1").status_code == 200
    assert proxy.connections == 1
    _assert_within_the_limit(app, LIMIT + 3)


@pytest.mark.parametrize("store", STORES)
async def test_a_slow_first_connection_never_overflows_a_window_in_asyncio(
    store: str, request: pytest.FixtureRequest, tmp_path: Path
) -> None:
    store_settings = _settings(store, request, tmp_path)
    with _served() as (url, app, proxy):
        async with AsyncDiscogs(USER_AGENT, **_client(url, **store_settings)) as client:
            for _ in range(LIMIT + 3):
                response = await client.get_async_httpx_client().get("/releases/1")
                assert response.status_code == 200
    assert proxy.connections == 1
    _assert_within_the_limit(app, LIMIT + 3)


@pytest.mark.parametrize("store", ["memory", "sqlite"])
def test_threads_on_slow_connections_never_overflow_a_window(
    store: str, request: pytest.FixtureRequest, tmp_path: Path
) -> None:
    # Each first batch opens its own connections, slowly; later ones reuse them at once.
    store_settings = _settings(store, request, tmp_path)
    with (
        _served(delay=0.15) as (url, app, _),
        Discogs(USER_AGENT, **_client(url, **store_settings)) as client,
    ):
        threads = [
            threading.Thread(target=client.get_httpx_client().get, args=("/releases/1",))
            for _ in range(16)
        ]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(timeout=60)
    _assert_within_the_limit(app, 16)


@pytest.mark.parametrize("store", STORES)
async def test_tasks_on_slow_connections_never_overflow_a_window(
    store: str, request: pytest.FixtureRequest, tmp_path: Path
) -> None:
    limit, tasks = 15, 60
    store_settings = _settings(store, request, tmp_path)
    with _served(limit, delay=0.15) as (url, app, _):
        async with AsyncDiscogs(USER_AGENT, **_client(url, limit, **store_settings)) as client:
            gets = (client.get_async_httpx_client().get("/releases/1") for _ in range(tasks))
            await asyncio.wait_for(asyncio.gather(*gets), timeout=60)
    _assert_within_the_limit(app, tasks, limit)


@pytest.mark.parametrize("store", ["sqlite", "redis"])
def test_processes_on_slow_connections_never_overflow_a_window(
    store: str, request: pytest.FixtureRequest, tmp_path: Path
) -> None:
    settings = _settings(store, request, tmp_path)
    where = settings.get("rate_limit_path") or settings["rate_limit_url"]
    kind = "path" if "rate_limit_path" in settings else "url"
    with _served(delay=0.3) as (url, app, _):
        run_workers(url, f"{kind}={where}", processes=4, each=3, limit=LIMIT, window=WINDOW)
    _assert_within_the_limit(app, 12)


# --- a request counts from its booking until a window after it lands, whatever happens to it ---


@pytest.mark.parametrize("asynchronous", [False, True], ids=["sync", "asyncio"])
async def test_a_failed_attempt_counts_as_arrived(asynchronous: bool) -> None:
    # The first connection is slow, and the answer to the request it carried is lost: the request
    # arrived, yet the client saw a connection error. The retry goes out over a fast connection.
    with _served(1, slow=1, drop=1) as (url, app, proxy):
        retry = RetryPolicy(backoff=0.0, rate_limit_wait=WINDOW)  # the retry goes at once
        settings = _client(url, 1, retry=retry)
        if asynchronous:
            async with AsyncDiscogs(USER_AGENT, **settings) as client:
                response = await client.get_async_httpx_client().get("/releases/1")
        else:
            with Discogs(USER_AGENT, **settings) as client:
                response = client.get_httpx_client().get("/releases/1")
    assert response.status_code == 200
    assert proxy.connections == 2
    _assert_within_the_limit(app, 2, 1)


@pytest.mark.parametrize("shared", [False, True], ids=["one-client", "two-clients-one-sqlite"])
def test_a_request_in_flight_for_longer_than_the_window_stays_counted(
    shared: bool, tmp_path: Path
) -> None:
    # Two requests arrive late (slow connections) and are answered 1.5 windows after that; a third
    # waits for them to land, not for their bookings to grow old: they may arrive until they do.
    # From the same client, its booking stamps them again first; from another (as from another
    # process), it cannot: the keeper thread of the first does.
    limit = 2
    server = {"hold": 1.5 * WINDOW, "held": limit}
    store = {"rate_limit_path": str(tmp_path / "budget.sqlite")} if shared else {}
    with (
        _served(limit, slow=limit, server=server) as (url, app, proxy),
        Discogs(USER_AGENT, **_client(url, limit, **store)) as first,
        Discogs(USER_AGENT, **_client(url, limit, **store)) as second,
    ):
        gets = [
            threading.Thread(target=first.get_httpx_client().get, args=("/releases/1",))
            for _ in range(limit)
        ]
        for thread in gets:
            thread.start()
        deadline = time.monotonic() + 30
        while len(app.log) < limit and time.monotonic() < deadline:  # both booked, arrived
            time.sleep(0.01)
        third = second if shared else first
        gets.append(threading.Thread(target=third.get_httpx_client().get, args=("/releases/1",)))
        gets[-1].start()
        for thread in gets:
            thread.join(timeout=60)
    assert proxy.connections >= limit  # the third may have waited for one of theirs
    _assert_within_the_limit(app, limit + 1, limit)
