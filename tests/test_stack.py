"""The transport stack as both clients build it: every layer acts, in order, on the API alone.

One loopback server answers scripted statuses and counts what arrives; a forwarding network
transport at the bottom of the stack records each request as it leaves the client, so the same
tests run against `Discogs` and `AsyncDiscogs` and read the server's own count.
"""

from __future__ import annotations

import asyncio
import threading
import tracemalloc
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
import pytest

from conftest import FAKE_TOKEN, USER_AGENT
from discogs_openapi import (
    AsyncDiscogs,
    DecodeError,
    Discogs,
    InvalidArgumentError,
    NotFoundError,
    RetryPolicy,
    download_export,
    download_export_async,
    layer,
)
from discogs_openapi.layer import Layer
from replay_server import serve

RELEASE = b'{"id": 1, "title": "T", "resource_url": "https://api.discogs.com/releases/1"}'
BIG = 32 * 1024 * 1024
CHUNK = b"x" * (64 * 1024)
QUICK = RetryPolicy(backoff=0.001, max_backoff=0.001, rate_limit_wait=0.001)


@dataclass
class Scripted:
    """Answers the statuses queued in `statuses` first, then 200; counts what arrives."""

    statuses: list[int] = field(default_factory=list)
    seen: list[tuple[str, str, dict[str, str]]] = field(default_factory=list)

    async def __call__(self, scope: dict[str, Any], receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            return
        headers = {k.decode().lower(): v.decode() for k, v in scope["headers"]}
        self.seen.append((scope["method"], scope["path"], headers))
        if scope["path"] == "/big":
            start = {"type": "http.response.start", "status": 200, "headers": []}
            await send(start | {"headers": [(b"content-length", str(BIG).encode())]})
            for _ in range(BIG // len(CHUNK)):
                await send({"type": "http.response.body", "body": CHUNK, "more_body": True})
            await send({"type": "http.response.body", "body": b""})
            return
        status = self.statuses.pop(0) if self.statuses else 200
        body = RELEASE if status == 200 else b'{"message": "scripted"}'
        kind = [(b"content-type", b"application/json")]
        if scope["path"].startswith("/moved/"):  # a redirect to the rest of the path
            status, body = 302, b""
            kind.append((b"location", scope["path"].removeprefix("/moved").encode()))
        await send({"type": "http.response.start", "status": status, "headers": kind})
        await send({"type": "http.response.body", "body": body})


class Forwarder(httpx.BaseTransport, httpx.AsyncBaseTransport):
    """The network at the bottom of the stack: records each request, sends it over plain http.

    `https://` requests go to the same loopback port over http, so a request the stack takes for
    another origin only by its scheme still reaches the test's server.
    """

    def __init__(self) -> None:
        self.sent: list[tuple[str, httpx.Headers]] = []
        self._sync = httpx.HTTPTransport()
        self._async = httpx.AsyncHTTPTransport()

    def _plain(self, request: httpx.Request) -> httpx.Request:
        self.sent.append((str(request.url.copy_with(query=None)), request.headers.copy()))
        request.url = request.url.copy_with(scheme="http")
        return request

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        return self._sync.handle_request(self._plain(request))

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        return await self._async.handle_async_request(self._plain(request))


@pytest.fixture(scope="module")
def started() -> Iterator[tuple[str, Scripted, str, Scripted]]:
    api, other = Scripted(), Scripted()
    with serve(api) as api_url, serve(other) as other_url:
        yield api_url, api, other_url, other


@pytest.fixture
def servers(
    started: tuple[str, Scripted, str, Scripted],
) -> tuple[str, Scripted, str, Scripted]:
    """The API's server and a second one on another port, with nothing queued or seen."""
    for app in (started[1], started[3]):
        app.statuses.clear()
        app.seen.clear()
    return started


Client = Discogs | AsyncDiscogs


async def _get(client: Client, url: str, **options: Any) -> httpx.Response:
    if isinstance(client, AsyncDiscogs):
        return await client.get_async_httpx_client().get(url, **options)
    return client.get_httpx_client().get(url, **options)


def _client(kind: type[Client], url: str, tmp_path: Path, **settings: Any) -> Client:
    network = Forwarder()
    settings = {"token": FAKE_TOKEN, "base_url": url, "retry": QUICK, **settings}
    return kind(USER_AGENT, transport=network, cache_path=tmp_path / "cache.sqlite", **settings)


def _used(client: Client) -> int:
    view = client.rate_limit
    assert view is not None
    return view.used


@pytest.mark.parametrize("kind", [Discogs, AsyncDiscogs])
async def test_every_layer_acts_in_its_place(
    kind: type[Client], servers: tuple[str, Scripted, str, Scripted], tmp_path: Path
) -> None:
    url, app, _, _ = servers
    client = _client(kind, url, tmp_path, rate_limit=50, rate_limit_window=60)
    # auth: the token goes out; throttle: the request is booked.
    await _get(client, "/releases/1")
    assert app.seen[-1][2]["authorization"] == f"Discogs token={FAKE_TOKEN}"
    assert (len(app.seen), _used(client)) == (1, 1)
    # cache above the throttle: a hit reaches nobody and spends no budget.
    await _get(client, "/releases/1")
    assert (len(app.seen), _used(client)) == (1, 1)
    # retry above the throttle: each attempt is booked.
    app.statuses = [503]
    assert (await _get(client, "/releases/2")).status_code == 200
    assert (len(app.seen), _used(client)) == (3, 3)
    # errors: the typed error, after the retries it allows.
    app.statuses = [404]
    with pytest.raises(NotFoundError):
        await _get(client, "/releases/3")
    # access: refused before anything is sent or booked.
    with pytest.raises(InvalidArgumentError, match="per_page"):
        await _get(client, "/database/search", params={"per_page": 500})
    assert (len(app.seen), _used(client)) == (4, 4)
    # redirects below access: each hop booked and signed; the server's URL is not the caller's
    # arguments (a release id that is no number would be refused unsent).
    assert (await _get(client, "/moved/releases/x")).status_code == 200
    assert [path for _, path, _ in app.seen[-2:]] == ["/moved/releases/x", "/releases/x"]
    assert all(headers["authorization"] for _, _, headers in app.seen[-2:])
    assert (len(app.seen), _used(client)) == (6, 6)


@pytest.mark.parametrize("kind", [Discogs, AsyncDiscogs])
async def test_a_request_is_stepped_by_one_driver_through_every_layer(
    kind: type[Client],
    servers: tuple[str, Scripted, str, Scripted],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The layers' flows run inside one another (`flow.send`), not each under a driver of its
    own: seven nested drivers cost each call more than the layers' own work."""
    url, app, _, _ = servers
    drivers: list[object] = []

    def counted(real: Any) -> Any:
        def driver(flow: Any) -> Any:
            drivers.append(flow)
            return real(flow)

        return driver

    monkeypatch.setattr(layer, "run", counted(layer.run))
    monkeypatch.setattr(layer, "run_async", counted(layer.run_async))
    # Every layer but the cache (hishel, a transport of its own, runs the layers below afresh).
    client = kind(USER_AGENT, transport=Forwarder(), token=FAKE_TOKEN, base_url=url, retry=QUICK)
    try:
        await _get(client, "/releases/1")
        assert len(drivers) == 1
        await _get(client, "/moved/releases/2")  # two hops, one call: still one driver
        assert len(drivers) == 2
    finally:
        await client.aclose() if isinstance(client, AsyncDiscogs) else client.close()
    assert [path for _, path, _ in app.seen] == ["/releases/1", "/moved/releases/2", "/releases/2"]
    assert all(h["authorization"] == f"Discogs token={FAKE_TOKEN}" for _, _, h in app.seen)
    assert _used(client) == 3


def _elsewhere(which: str, api_url: str, other_url: str) -> str:
    api = httpx.URL(api_url)
    return {
        "port": other_url,
        "host": str(api.copy_with(host="localhost")),
        "scheme": str(api.copy_with(scheme="https")),
    }[which].rstrip("/")


@pytest.mark.parametrize("which", ["port", "host", "scheme"])
@pytest.mark.parametrize("kind", [Discogs, AsyncDiscogs])
async def test_another_origin_gets_none_of_the_api_layers(
    kind: type[Client], which: str, servers: tuple[str, Scripted, str, Scripted], tmp_path: Path
) -> None:
    """Only scheme, host and port together make the API: no credentials, budget, cache or checks
    for an origin that differs in one of them (an image host, a redirect)."""
    api_url, api, other_url, other = servers
    elsewhere = _elsewhere(which, api_url, other_url)
    app = other if which == "port" else api
    # One request a window: a second booked request would wait 5 s and fail the count below.
    client = _client(kind, api_url, tmp_path, rate_limit=1, rate_limit_window=5)
    for _ in range(2):
        await _get(client, f"{elsewhere}/releases/1")
    await _get(client, f"{elsewhere}/database/search", params={"per_page": 500})
    network = client._stack
    while not isinstance(network, Forwarder):
        network = network.inner  # type: ignore[attr-defined]
    assert [url for url, _ in network.sent] == [
        f"{elsewhere}/releases/1",
        f"{elsewhere}/releases/1",
        f"{elsewhere}/database/search",
    ]
    assert not any("authorization" in headers for _, headers in network.sent)
    assert len(app.seen) == 3  # not cached, not refused
    assert _used(client) == 0
    # The same calls to the API itself: signed, cached, refused.
    await _get(client, "/releases/1")
    await _get(client, "/releases/1")
    with pytest.raises(InvalidArgumentError):
        await _get(client, "/database/search", params={"per_page": 500})
    assert (len(api.seen) - (3 if app is api else 0), _used(client)) == (1, 1)
    assert "authorization" in network.sent[-1][1]


def _peak_while(read: Any) -> tuple[int, int]:
    """(bytes read, peak traced memory) while `read()` runs."""
    tracemalloc.start()
    try:
        size = read()
        return size, tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def test_a_streamed_get_holds_memory_flat(
    servers: tuple[str, Scripted, str, Scripted], tmp_path: Path
) -> None:
    """No layer reads a streamed body (the retry layer reads only what the caller buffers)."""
    url, _, _, _ = servers
    with Discogs(USER_AGENT, token=FAKE_TOKEN, base_url=url) as client:
        http = client.get_httpx_client()

        def streamed() -> int:
            with http.stream("GET", "/big") as response:
                return sum(len(chunk) for chunk in response.iter_bytes())

        size, peak = _peak_while(streamed)
        assert size == BIG
        assert peak < 4 * 1024 * 1024, f"peak {peak / 2**20:.1f} MiB for a {BIG >> 20} MiB body"
        # The measure sees a body held whole: a plain GET of the same holds it all.
        size, peak = _peak_while(lambda: len(http.get("/big").content))
        assert (size, peak >= BIG) == (BIG, True)


async def test_a_streamed_get_holds_memory_flat_in_asyncio(
    servers: tuple[str, Scripted, str, Scripted],
) -> None:
    url, _, _, _ = servers
    async with AsyncDiscogs(USER_AGENT, token=FAKE_TOKEN, base_url=url) as client:
        tracemalloc.start()
        try:
            size = 0
            async with client.get_async_httpx_client().stream("GET", "/big") as response:
                async for chunk in response.aiter_bytes():
                    size += len(chunk)
            peak = tracemalloc.get_traced_memory()[1]
        finally:
            tracemalloc.stop()
    assert size == BIG
    assert peak < 4 * 1024 * 1024, f"peak {peak / 2**20:.1f} MiB for a {BIG >> 20} MiB body"


async def test_a_cancelled_download_leaves_nothing_behind(tmp_path: Path) -> None:
    """A flow's cleanup runs when its task is cancelled: the stream closes, no part file stays."""
    started, stop = asyncio.Event(), threading.Event()

    async def trickle(scope: dict[str, Any], receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            return
        kind = [(b"content-type", b"text/csv")]
        await send({"type": "http.response.start", "status": 200, "headers": kind})
        for _ in range(200):  # 10 s at most, far longer than the test waits
            if stop.is_set():
                return
            await send({"type": "http.response.body", "body": CHUNK, "more_body": True})
            await asyncio.sleep(0.05)
        await send({"type": "http.response.body", "body": b""})

    with serve(trickle) as url:
        async with AsyncDiscogs(USER_AGENT, token=FAKE_TOKEN, base_url=url) as client:

            def progress(done: int, total: int | None) -> None:
                started.set()

            task = asyncio.create_task(
                download_export_async(client, 1, tmp_path, progress=progress)
            )
            await asyncio.wait_for(started.wait(), timeout=5)
            assert [p.suffix for p in tmp_path.iterdir()] == [".part"]
            task.cancel()
            with pytest.raises(asyncio.CancelledError):
                await task
            pool = client.get_async_httpx_client()._transport
            while not isinstance(pool, httpx.AsyncHTTPTransport):
                pool = pool.inner  # type: ignore[attr-defined]
            # The half-read connection was closed, not left checked out of the pool.
            assert pool._pool.connections == []
            stop.set()
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("kind", [Discogs, AsyncDiscogs])
async def test_a_refused_download_closes_its_stream(kind: type[Client], tmp_path: Path) -> None:
    """A 200 that is not CSV (a maintenance page) raises, and the half-read stream is closed."""
    page = Scripted()

    async def html(scope: dict[str, Any], receive: Any, send: Any) -> None:
        if scope["type"] == "http":
            page.seen.append((scope["method"], scope["path"], {}))
            kind = [(b"content-type", b"text/html")]
            await send({"type": "http.response.start", "status": 200, "headers": kind})
            await send({"type": "http.response.body", "body": CHUNK * 16})

    with serve(html) as url:
        client = kind(USER_AGENT, token=FAKE_TOKEN, base_url=url)
        if isinstance(client, AsyncDiscogs):
            with pytest.raises(DecodeError, match="text/csv"):
                await download_export_async(client, 1, tmp_path)
        else:
            with pytest.raises(DecodeError, match="text/csv"):
                download_export(client, 1, tmp_path)
        network = client._stack
        while isinstance(network, Layer):
            network = network.inner
        pool = network._pool  # type: ignore[union-attr]
        assert [c for c in pool.connections if not c.is_idle()] == []
        assert len(page.seen) == 1
    assert list(tmp_path.iterdir()) == []
