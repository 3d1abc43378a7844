"""Hostile answers end in a result or a typed error: bombs, bodies that do not decode, redirects
the client must not follow forever, and pagination data that is not numbers.

One loopback server serves the module: each test scripts its answers by path and reads back what
arrived (method, path, headers, body). The fault matrix (`test_faults.py`) has these faults over
every kind of call; here are their limits, their messages and the memory they take.
"""

from __future__ import annotations

import functools
import gzip
import json
import struct
import tracemalloc
import zlib
from collections.abc import Awaitable, Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
import pytest
from bodies import release_json
from fault_server import Quiet

from conftest import FAKE_TOKEN, USER_AGENT
from discogs_api_client.api.database import get_artist_releases, get_release
from discogs_api_client.api.marketplace import create_listing
from discogs_api_client.models import ListingFields
from discogs_openapi import (
    AsyncDiscogs,
    BodyTooLargeError,
    ConfigurationError,
    DecodeError,
    Discogs,
    DiscogsError,
    NetworkError,
    NotFoundError,
    TooManyRedirectsError,
    download_export,
    download_export_async,
)
from discogs_openapi.layer import Layer
from replay_server import read_request, serve

RELEASE = release_json(title="T")
CREATED = b'{"listing_id": 7, "resource_url": "https://api.discogs.com/marketplace/listings/7"}'
LISTING = ListingFields(release_id=1, condition="Mint (M)", price=9.5, status="For Sale")
GZIP = (b"content-encoding", b"gzip")
MiB = 1 << 20
BOMB_SIZE = 256 * MiB  # decoded; about 260 KB as sent


@functools.cache
def bomb() -> bytes:
    """A valid gzip body of BOMB_SIZE zero bytes: one full-flushed 1 MiB block, repeated."""
    zeros = bytes(MiB)
    deflate = zlib.compressobj(9, zlib.DEFLATED, -zlib.MAX_WBITS)
    block = deflate.compress(zeros) + deflate.flush(zlib.Z_FULL_FLUSH)
    crc = 0
    for _ in range(BOMB_SIZE // MiB):
        crc = zlib.crc32(zeros, crc)
    header = b"\x1f\x8b\x08\x00\x00\x00\x00\x00\x02\xff"
    trailer = struct.pack("<II", crc, BOMB_SIZE & 0xFFFFFFFF)
    return header + block * (BOMB_SIZE // MiB) + deflate.flush() + trailer


@dataclass
class Answer:
    status: int = 200
    body: bytes = RELEASE
    headers: list[tuple[bytes, bytes]] = field(default_factory=list)
    cut: bool = False  # announce 1000 bytes, send 10, drop the connection


@dataclass
class Seen:
    method: str
    path: str
    headers: dict[str, str]
    body: bytes


class Hostile(Quiet):
    """Answers each path as scripted in `answers` (else 200 with a release); records `seen`."""

    def __init__(self) -> None:
        super().__init__()
        self.answers: dict[str, Answer] = {}
        self.seen: list[Seen] = []

    async def respond(self, scope: dict[str, Any], receive: Any, send: Any) -> None:
        body, headers = await read_request(scope, receive)
        self.seen.append(Seen(scope["method"], scope["path"], headers, body))
        answer = self.answers.get(scope["path"], Answer())
        kind = (b"content-type", b"application/json")
        start = {"type": "http.response.start", "status": answer.status}
        if answer.cut:
            await send(start | {"headers": [kind, (b"content-length", b"1000")]})
            await send({"type": "http.response.body", "body": b'{"message"', "more_body": True})
            raise ConnectionResetError("the test server drops the connection mid-body")
        await send(start | {"headers": [kind, *answer.headers]})
        await send({"type": "http.response.body", "body": answer.body})


@pytest.fixture(scope="module")
def started() -> Iterator[tuple[Hostile, str]]:
    app = Hostile()
    with serve(app) as url:
        yield app, url


@pytest.fixture
def server(started: tuple[Hostile, str]) -> tuple[Hostile, str]:
    """The module's server with nothing scripted or seen, the last test's requests done."""
    app, url = started
    app.wait_quiet()
    app.answers.clear()
    app.seen.clear()
    return app, url


Client = Discogs | AsyncDiscogs
KINDS = [Discogs, AsyncDiscogs]


def _client(kind: type[Client], url: str, **settings: Any) -> Client:
    return kind(USER_AGENT, token=FAKE_TOKEN, base_url=url, **settings)


async def _release(client: Client) -> Any:
    if isinstance(client, AsyncDiscogs):
        return await get_release.asyncio(1, client=client)
    return get_release.sync(1, client=client)


async def _get(client: Client, url: str, **options: Any) -> httpx.Response:
    if isinstance(client, AsyncDiscogs):
        return await client.get_async_httpx_client().get(url, **options)
    return client.get_httpx_client().get(url, **options)


async def _download(client: Client, folder: Path) -> Path:
    if isinstance(client, AsyncDiscogs):
        return await download_export_async(client, 1, folder)
    return download_export(client, 1, folder)


async def _walk(client: Client) -> list[Any]:
    if isinstance(client, AsyncDiscogs):
        return [item async for item in client.paginate(get_artist_releases, artist_id=1)]
    return list(client.paginate(get_artist_releases, artist_id=1))


async def _close(client: Client) -> None:
    if isinstance(client, AsyncDiscogs):
        await client.aclose()
    else:
        client.close()


async def _traced(call: Callable[[], Awaitable[Any]]) -> tuple[BaseException, int]:
    """(the error `call` raised, the peak memory traced while it ran)."""
    tracemalloc.start()
    try:
        with pytest.raises(DiscogsError) as caught:
            await call()
        return caught.value, tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def _connections(client: Client) -> list[Any]:
    network: Any = client._stack
    while isinstance(network, Layer):
        network = network.inner
    return list(network._pool.connections)


# --- bodies: capped while decoded --------------------------------------------------------------


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize(("status", "error"), [(200, BodyTooLargeError), (404, NotFoundError)])
async def test_a_gzip_bomb_stops_at_max_body_size(
    kind: type[Client], status: int, error: type[Exception], server: tuple[Hostile, str]
) -> None:
    """Decoded a step at a time: memory stays near the limit, far below the bomb's size."""
    app, url = server
    app.answers["/releases/1"] = Answer(status, bomb(), [GZIP])
    client = _client(kind, url, max_body_size=MiB)
    raised, peak = await _traced(lambda: _release(client))
    assert type(raised) is error
    assert f"max_body_size={MiB}" in str(raised)
    assert peak < 8 * MiB, f"peak {peak / MiB:.1f} MiB for a {BOMB_SIZE // MiB} MiB bomb"
    assert [seen.path for seen in app.seen] == ["/releases/1"]  # not retried
    assert _connections(client) == []  # closed, not read to its end nor pooled
    await _close(client)


@pytest.mark.parametrize("kind", KINDS)
async def test_the_default_cap_is_64_mib(kind: type[Client], server: tuple[Hostile, str]) -> None:
    app, url = server
    app.answers["/releases/1"] = Answer(200, bomb(), [GZIP])
    client = _client(kind, url)
    raised, peak = await _traced(lambda: _release(client))
    assert isinstance(raised, BodyTooLargeError)
    assert raised.limit == 64 * MiB
    assert peak < 100 * MiB, f"peak {peak / MiB:.1f} MiB for a {BOMB_SIZE // MiB} MiB bomb"
    assert len(app.seen) == 1
    await _close(client)


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("encoded", [True, False], ids=["gzip", "identity"])
async def test_a_body_of_exactly_max_body_size_is_read(
    kind: type[Client], encoded: bool, server: tuple[Hostile, str]
) -> None:
    """The limit is the largest body read; one byte more is refused, encoded or not."""
    app, url = server
    limit = 4096
    padded = RELEASE + b" " * (limit - len(RELEASE))  # trailing spaces: still the same JSON
    for body, fits in ((padded, True), (padded + b" ", False)):
        headers = [GZIP] if encoded else []
        app.answers["/releases/1"] = Answer(200, gzip.compress(body) if encoded else body, headers)
        client = _client(kind, url, max_body_size=limit)
        if fits:
            assert (await _release(client)).id == 1
        else:
            with pytest.raises(BodyTooLargeError, match="max_body_size"):
                await _release(client)
        await _close(client)
    assert len(app.seen) == 2


@pytest.mark.parametrize("value", [0, -1, "64", True, 1.5])
def test_max_body_size_is_checked(value: object) -> None:
    with pytest.raises(ConfigurationError, match="max_body_size"):
        Discogs(USER_AGENT, max_body_size=value)  # type: ignore[arg-type]


@pytest.mark.parametrize("kind", KINDS)
async def test_a_body_that_is_not_the_gzip_it_claims(
    kind: type[Client], server: tuple[Hostile, str]
) -> None:
    """A 200 is a DecodeError naming the encoding; a 404 stays a NotFoundError saying why; a
    stream cut short is no longer taken for the whole body."""
    app, url = server
    client = _client(kind, url)
    app.answers["/releases/1"] = Answer(200, RELEASE, [GZIP])
    with pytest.raises(DecodeError, match="Content-Encoding 'gzip'"):
        await _release(client)
    app.answers["/releases/1"] = Answer(404, b'{"message": "Release not found."}', [GZIP])
    with pytest.raises(NotFoundError, match="could not be decoded"):
        await _release(client)
    # Whole JSON, but the gzip stream stops short of its end (as gzip.decompress says too).
    app.answers["/releases/1"] = Answer(200, gzip.compress(RELEASE)[:-8], [GZIP])
    with pytest.raises(DecodeError, match="ends before its compressed stream"):
        await _release(client)
    assert len(app.seen) == 3
    await _close(client)


def _deflate(data: bytes, wbits: int) -> bytes:
    deflate = zlib.compressobj(6, zlib.DEFLATED, wbits)
    return deflate.compress(data) + deflate.flush()


ENCODED = {
    "gzip": gzip.compress(RELEASE),
    "x-gzip": gzip.compress(RELEASE),
    "deflate": _deflate(RELEASE, zlib.MAX_WBITS),
    "deflate, gzip": gzip.compress(_deflate(RELEASE, -zlib.MAX_WBITS)),  # raw deflate inside
    "identity": RELEASE,
}


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("coding", ENCODED)
async def test_the_encodings_asked_for_still_decode(
    kind: type[Client], coding: str, server: tuple[Hostile, str]
) -> None:
    """The body layer decodes what httpx did; it asks only for those, and refuses others."""
    app, url = server
    app.answers["/releases/1"] = Answer(
        200, ENCODED[coding], [(b"content-encoding", coding.encode())]
    )
    client = _client(kind, url)
    assert (await _release(client)).title == "T"
    assert app.seen[-1].headers["accept-encoding"] == "gzip, deflate"
    # httpx adds br and zstd when their packages are installed: not asked for here.
    await _get(client, "/releases/1", headers={"Accept-Encoding": "br, zstd, gzip"})
    assert app.seen[-1].headers["accept-encoding"] == "gzip"
    app.answers["/releases/1"] = Answer(200, RELEASE, [(b"content-encoding", b"br")])
    with pytest.raises(DecodeError, match="br was not asked for"):
        await _release(client)
    await _close(client)


@pytest.mark.parametrize("kind", KINDS)
async def test_an_error_body_cut_mid_read_is_a_network_error(
    kind: type[Client], server: tuple[Hostile, str], tmp_path: Path
) -> None:
    """A streamed call's 404 whose body breaks off: read by the error layer, mapped there."""
    app, url = server
    app.answers["/inventory/export/1/download"] = Answer(404, cut=True)
    client = _client(kind, url)
    with pytest.raises(NetworkError):
        await _download(client, tmp_path)
    assert [seen.path for seen in app.seen] == ["/inventory/export/1/download"]
    assert list(tmp_path.iterdir()) == []
    await _close(client)


# --- redirects: followed by the stack, within limits -------------------------------------------


def _chain(app: Hostile, hops: int, status: int = 302) -> None:
    """/hop/0 redirects to /hop/1 ... up to /hop/<hops>, which answers a release."""
    for hop in range(hops):
        location = f"/hop/{hop + 1}".encode()
        app.answers[f"/hop/{hop}"] = Answer(status, b"", [(b"location", location)])


@pytest.mark.parametrize("kind", KINDS)
async def test_a_read_follows_five_redirects_and_no_more(
    kind: type[Client], server: tuple[Hostile, str]
) -> None:
    app, url = server
    client = _client(kind, url)
    _chain(app, 5)
    assert (await _get(client, "/hop/0")).json()["id"] == 1
    assert [seen.path for seen in app.seen] == [f"/hop/{hop}" for hop in range(6)]
    app.seen.clear()
    _chain(app, 6)
    with pytest.raises(TooManyRedirectsError, match="at most 5"):
        await _get(client, "/hop/0")
    assert [seen.path for seen in app.seen] == [f"/hop/{hop}" for hop in range(6)]
    await _close(client)


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize(
    ("status", "method", "then"),
    [
        (307, "POST", "POST"),
        (308, "POST", "POST"),
        (303, "POST", "GET"),
        (302, "POST", "GET"),
        (301, "POST", "GET"),
    ],
)
async def test_a_write_follows_one_redirect(
    kind: type[Client], status: int, method: str, then: str, server: tuple[Hostile, str]
) -> None:
    """307/308 re-send the body once; 303, and 301/302 after a POST, become a GET without it."""
    app, url = server
    location = [(b"location", b"/marketplace/listings/moved")]
    app.answers["/marketplace/listings"] = Answer(status, b"", location)
    app.answers["/marketplace/listings/moved"] = Answer(201, CREATED)
    client = _client(kind, url)
    if isinstance(client, AsyncDiscogs):
        created = await create_listing.asyncio(client=client, body=LISTING)
    else:
        created = create_listing.sync(client=client, body=LISTING)
    assert created.listing_id == 7
    first, landed = app.seen
    assert (first.method, landed.method) == (method, then)
    assert landed.path == "/marketplace/listings/moved"
    assert json.loads(first.body)["release_id"] == 1
    assert landed.body == (first.body if then == method else b"")
    assert landed.headers["authorization"] == f"Discogs token={FAKE_TOKEN}"  # same origin
    await _close(client)


@pytest.mark.parametrize("kind", KINDS)
async def test_credentials_go_to_the_api_origin_alone(
    kind: type[Client], server: tuple[Hostile, str]
) -> None:
    """API -> another origin -> the API again: the other origin gets no Authorization."""
    app, url = server
    other = url.replace("127.0.0.1", "localhost")
    app.answers["/a"] = Answer(302, b"", [(b"location", f"{other}/b".encode())])
    app.answers["/b"] = Answer(302, b"", [(b"location", f"{url}/releases/1".encode())])
    client = _client(kind, url)
    assert (await _get(client, "/a")).json()["id"] == 1
    assert [(seen.path, seen.headers.get("authorization")) for seen in app.seen] == [
        ("/a", f"Discogs token={FAKE_TOKEN}"),
        ("/b", None),
        ("/releases/1", f"Discogs token={FAKE_TOKEN}"),
    ]
    await _close(client)


# --- pagination data -----------------------------------------------------------------------------


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize(("field_name", "value"), [("pages", "5"), ("pages", {}), ("items", "x")])
async def test_pagination_that_is_not_counts_is_a_decode_error(
    kind: type[Client], field_name: str, value: object, server: tuple[Hostile, str]
) -> None:
    app, url = server
    pagination: dict[str, Any] = {"page": 1, "pages": 5, "per_page": 100, "items": 500, "urls": {}}
    pagination[field_name] = value
    item = {"id": 2, "title": "Curb", "type": "master", "resource_url": "", "artist": "N"}
    item.update(role="Main", year=1996)  # the rest of what every artist release carries
    page = {"pagination": pagination, "releases": [item]}
    app.answers["/artists/1/releases"] = Answer(200, json.dumps(page).encode())
    client = _client(kind, url)
    with pytest.raises(DecodeError, match=f"pagination.{field_name}"):
        await _walk(client)
    assert [seen.path for seen in app.seen] == ["/artists/1/releases"]
    await _close(client)
