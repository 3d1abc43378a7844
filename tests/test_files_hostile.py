"""Inventory files against hostile servers and awkward sources, sync and asyncio alike.

Uploads retried after a 429 must send the bytes that were checked, every time; downloads must
never replace a file unasked, must turn any name the server suggests into a safe one, and must
end every failure in `DownloadError` with no file left behind.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from conftest import FAKE_TOKEN, USER_AGENT
from discogs_openapi import (
    AsyncDiscogs,
    Discogs,
    download_export,
    download_export_async,
    upload_inventory,
    upload_inventory_async,
)
from replay_server import _request_body, read_request, serve

MODES = ["sync", "asyncio"]
CSV = b"release_id,price,media_condition,comments\n" + b"".join(
    b"%d,9.50,Mint (M),row %d\n" % (n, n) for n in range(1, 2000)
)
PREAMBLE = b"# exported by a spreadsheet; the CSV starts on the next line\n"
BODY = b"listing_id,artist,title\n1,Someone,Something\n"
_ASYNC: dict[Callable[..., Any], Callable[..., Any]] = {
    upload_inventory: upload_inventory_async,
    download_export: download_export_async,
}


def _run(
    mode: str, url: str, operation: Callable[..., Any], *arguments: Any, **options: Any
) -> Any:
    """`operation` with a `Discogs` client, or its asyncio twin with an `AsyncDiscogs` one."""
    if mode == "sync":
        with Discogs(USER_AGENT, token=FAKE_TOKEN, base_url=url) as client:
            return operation(client, *arguments, **options)

    async def call() -> Any:
        async with AsyncDiscogs(USER_AGENT, token=FAKE_TOKEN, base_url=url) as client:
            return await _ASYNC[operation](client, *arguments, **options)

    return asyncio.run(call())


async def _answer(send: Any, status: int, headers: dict[str, str], body: bytes) -> None:
    listed = [(k.encode("latin-1"), v.encode("latin-1")) for k, v in headers.items()]
    await send({"type": "http.response.start", "status": status, "headers": listed})
    await send({"type": "http.response.body", "body": body})


# --- uploads retried after a 429 ----------------------------------------------------------


class RateLimitedUploads:
    """Answers the first upload 429 (`Retry-After: 0`), later ones 200; keeps each CSV part."""

    def __init__(self) -> None:
        self.paths: list[str] = []
        self.parts: list[str | None] = []

    async def __call__(self, scope: dict[str, Any], receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            return
        body, headers = await read_request(scope, receive)
        self.paths.append(scope["path"])
        self.parts.append(_request_body(headers.get("content-type", ""), body).get("upload"))
        if len(self.parts) == 1:
            await _answer(
                send, 429, {"Retry-After": "0", "Content-Type": "application/json"}, b"{}"
            )
        else:
            location = "https://api.discogs.com/inventory/upload/599632"
            await _answer(send, 200, {"Location": location}, b"")


@pytest.fixture
def uploads() -> Iterator[tuple[str, RateLimitedUploads]]:
    app = RateLimitedUploads()
    with serve(app) as url:
        yield url, app


@contextlib.contextmanager
def _source(kind: str, folder: Path, content: bytes) -> Iterator[Any]:
    """`content` as a path, as a file positioned after a preamble, or as the read end of a pipe."""
    if kind != "pipe":
        path = folder / "listings.csv"
        path.write_bytes(content if kind == "path" else PREAMBLE + content)
        if kind == "path":
            yield path
            return
        with path.open("rb") as stream:
            stream.readline()  # the caller skips the preamble: the CSV starts here
            yield stream
        return
    reader, writer = os.pipe()

    def feed() -> None:
        with contextlib.suppress(BrokenPipeError), os.fdopen(writer, "wb") as pipe:
            pipe.write(content)

    thread = threading.Thread(target=feed, daemon=True)
    thread.start()
    try:
        with os.fdopen(reader, "rb") as stream:
            yield stream
    finally:
        thread.join(timeout=10)
    assert not thread.is_alive(), "the pipe's writer never finished"


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("kind", ["pipe", "positioned", "path"])
def test_a_retried_upload_sends_the_checked_bytes_again(
    uploads: tuple[str, RateLimitedUploads], tmp_path: Path, kind: str, mode: str
) -> None:
    url, app = uploads
    with _source(kind, tmp_path, CSV) as source:
        assert _run(mode, url, upload_inventory, "add", source) == 599632
    assert app.paths == ["/inventory/upload/add"] * 2
    # Both attempts carry the CSV from the caller's position: no preamble, nothing missing.
    assert app.parts == [CSV.decode()] * 2


@pytest.mark.parametrize("mode", MODES)
def test_a_retried_upload_bigger_than_memory_allows_is_sent_whole_twice(
    uploads: tuple[str, RateLimitedUploads], tmp_path: Path, mode: str
) -> None:
    url, app = uploads
    rows = b"".join(b"%d,1.00,Good (G),%s\n" % (n, b"x" * 40) for n in range(100_000))
    big = b"release_id,price,media_condition,comments\n" + rows  # ~6 MiB: spooled to disk
    with _source("pipe", tmp_path, big) as source:
        assert _run(mode, url, upload_inventory, "add", source) == 599632
    assert len(app.parts) == 2
    assert app.parts[0] == app.parts[1] == big.decode()
