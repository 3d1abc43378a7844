"""Inventory files against hostile servers and awkward sources, sync and asyncio alike.

Uploads retried after a 429 must send the bytes that were checked, every time; downloads must
never replace a file unasked, must turn any name the server suggests into a safe one, and must
end every failure in `DownloadError` with no file left behind.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import tempfile
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from conftest import FAKE_TOKEN, USER_AGENT
from discogs_openapi import (
    AsyncDiscogs,
    ConfigurationError,
    Discogs,
    DownloadError,
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


# --- downloads: names, existing files, broken bodies ---------------------------------------


class Export:
    """Answers every request 200 with `body` as text/csv plus `headers`; keeps the paths asked."""

    def __init__(self, headers: dict[str, str], body: bytes) -> None:
        self.headers = {"Content-Type": "text/csv", **headers}
        self.body = body
        self.paths: list[str] = []

    async def __call__(self, scope: dict[str, Any], receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            return
        await read_request(scope, receive)
        self.paths.append(scope["path"])
        await _answer(send, 200, self.headers, self.body)


Exporting = Callable[..., tuple[str, Export]]
EXPORT_ID = 599632
DOWNLOAD_PATH = f"/inventory/export/{EXPORT_ID}/download"


@pytest.fixture
def exporting() -> Iterator[Exporting]:
    """Start export servers: `exporting(headers, body=BODY)` gives `(url, app)`."""
    with contextlib.ExitStack() as stack:

        def start(headers: dict[str, str], body: bytes = BODY) -> tuple[str, Export]:
            app = Export(headers, body)
            return stack.enter_context(serve(app)), app

        yield start


def _named(name: str) -> dict[str, str]:
    return {"Content-Disposition": f'attachment; filename="{name}"'}


def _listing(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


@pytest.mark.parametrize("mode", MODES)
def test_a_server_name_never_replaces_a_file_unless_overwrite(
    exporting: Exporting, tmp_path: Path, mode: str
) -> None:
    (tmp_path / "settings.py").write_text("SECRET_KEY = 'mine'\n")
    (tmp_path / "inventory.csv").write_text("last week's export\n")
    python_url, python_app = exporting(_named("settings.py"))
    # The export is a CSV, so it is saved as one, whatever name the server suggests.
    saved = _run(mode, python_url, download_export, EXPORT_ID, tmp_path)
    assert saved == tmp_path / "settings.py.csv"
    assert saved.read_bytes() == BODY
    assert (tmp_path / "settings.py").read_text() == "SECRET_KEY = 'mine'\n"
    assert python_app.paths == [DOWNLOAD_PATH]
    url, app = exporting(_named("inventory.csv"))
    with pytest.raises(DownloadError, match=r"inventory\.csv' already exists.*overwrite=True"):
        _run(mode, url, download_export, EXPORT_ID, tmp_path)
    assert (tmp_path / "inventory.csv").read_text() == "last week's export\n"
    assert _listing(tmp_path) == ["inventory.csv", "settings.py", "settings.py.csv"]
    assert app.paths == [DOWNLOAD_PATH]
    saved = _run(mode, url, download_export, EXPORT_ID, tmp_path, overwrite=True)
    assert saved == tmp_path / "inventory.csv"
    assert saved.read_bytes() == BODY
    assert _listing(tmp_path) == ["inventory.csv", "settings.py", "settings.py.csv"]
    assert app.paths == [DOWNLOAD_PATH] * 2


@pytest.mark.parametrize("mode", MODES)
def test_an_existing_destination_file_is_refused_before_any_request(
    exporting: Exporting, tmp_path: Path, mode: str
) -> None:
    target = tmp_path / "mine.csv"
    target.write_text("keep me\n")
    url, app = exporting({})
    with pytest.raises(DownloadError, match=r"mine\.csv' already exists.*overwrite=True"):
        _run(mode, url, download_export, EXPORT_ID, target)
    assert app.paths == []
    assert target.read_text() == "keep me\n"
    assert _run(mode, url, download_export, EXPORT_ID, target, overwrite=True) == target
    assert target.read_bytes() == BODY
    assert _listing(tmp_path) == ["mine.csv"]
    assert app.paths == [DOWNLOAD_PATH]


# The longest file name the temporary folders take (tmp_path is one of them).
LONGEST = min(os.pathconf(tempfile.gettempdir(), "PC_NAME_MAX"), 255)
DEFAULT_NAME = f"inventory-export-{EXPORT_ID}.csv"
QUOTED = 'attachment; filename="{}"'
ENCODED = "attachment; filename*=UTF-8''{}"  # RFC 6266's extended form, percent-encoded
HOSTILE_NAMES = {  # id: (Content-Disposition, the name saved)
    "300-characters": (QUOTED.format("a" * 300 + ".csv"), "a" * (LONGEST - 4) + ".csv"),
    "300-bytes-cut-between-characters": (
        ENCODED.format("%E2%82%AC" * 100 + ".csv"),
        "€" * ((LONGEST - 4) // 3) + ".csv",
    ),
    "nul-escape-newline-delete": (ENCODED.format("a%00b%1Bc%0Ad%7F.csv"), "a_b_c_d_.csv"),
    "dot-dot-slash-encoded": (ENCODED.format("..%2F..%2Fescape.csv"), "_.._escape.csv"),
    "dot-dot-slash": (QUOTED.format("../../escape.csv"), "_.._escape.csv"),
    "backslash": (ENCODED.format("sub%5Cdir.csv"), "sub_dir.csv"),
    "right-to-left-override": (ENCODED.format("x%E2%80%AEvsc.py"), "x_vsc.py.csv"),
    "dot-dot": (QUOTED.format(".."), DEFAULT_NAME),
    "empty": (QUOTED.format(""), DEFAULT_NAME),
    "dot-and-spaces": (QUOTED.format(" . "), DEFAULT_NAME),
    "no-name": ("attachment", DEFAULT_NAME),
    "rfc6266-utf8": (ENCODED.format("%E2%82%AC%20rates.csv"), "€ rates.csv"),
    "rfc6266-extended-wins": (QUOTED.format("old.csv") + "; filename*=UTF-8''new.csv", "new.csv"),
}


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize(
    ("disposition", "expected"), list(HOSTILE_NAMES.values()), ids=list(HOSTILE_NAMES)
)
def test_a_hostile_name_becomes_a_safe_one_in_the_folder(
    exporting: Exporting,
    tmp_path: Path,
    disposition: str,
    expected: str,
    mode: str,
) -> None:
    url, app = exporting({"Content-Disposition": disposition})
    saved = _run(mode, url, download_export, EXPORT_ID, tmp_path)
    assert saved == tmp_path / expected
    assert saved.read_bytes() == BODY
    assert _listing(tmp_path) == [expected]
    assert app.paths == [DOWNLOAD_PATH]


@pytest.mark.parametrize("mode", MODES)
def test_a_server_name_of_a_folder_is_refused_without_leftovers(
    exporting: Exporting, tmp_path: Path, mode: str
) -> None:
    (tmp_path / "reports.csv").mkdir()
    url, app = exporting(_named("reports.csv"))
    for overwrite in (False, True):
        with pytest.raises(DownloadError, match=r"reports\.csv' is a folder"):
            _run(mode, url, download_export, EXPORT_ID, tmp_path, overwrite=overwrite)
    assert _listing(tmp_path) == ["reports.csv"]
    assert list((tmp_path / "reports.csv").iterdir()) == []
    assert app.paths == [DOWNLOAD_PATH] * 2


@pytest.mark.parametrize("mode", MODES)
def test_a_name_too_long_for_the_folder_is_refused_before_any_request(
    exporting: Exporting, tmp_path: Path, mode: str
) -> None:
    url, app = exporting({})
    target = tmp_path / ("b" * 300 + ".csv")
    with pytest.raises(ConfigurationError, match="too long"):
        _run(mode, url, download_export, EXPORT_ID, target)
    assert app.paths == []
    assert _listing(tmp_path) == []


@pytest.mark.parametrize("mode", MODES)
def test_without_hard_links_a_clash_is_still_refused(
    exporting: Exporting, tmp_path: Path, mode: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    def no_links(*_: object) -> None:
        raise PermissionError(1, "Operation not permitted")  # as on FAT and some shares

    monkeypatch.setattr(os, "link", no_links)
    (tmp_path / "inventory.csv").write_text("last week's export\n")
    url, app = exporting(_named("inventory.csv"))
    with pytest.raises(DownloadError, match="already exists"):
        _run(mode, url, download_export, EXPORT_ID, tmp_path)
    assert (tmp_path / "inventory.csv").read_text() == "last week's export\n"
    saved = _run(mode, url, download_export, EXPORT_ID, tmp_path / "new.csv")
    assert saved.read_bytes() == BODY
    assert _listing(tmp_path) == ["inventory.csv", "new.csv"]
    assert app.paths == [DOWNLOAD_PATH] * 2


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("encoding", ["gzip", "deflate"])
def test_a_body_that_does_not_decode_is_a_download_error(
    exporting: Exporting, tmp_path: Path, encoding: str, mode: str
) -> None:
    url, app = exporting(
        {"Content-Encoding": encoding}, b"listing_id\n1\n, but not " + encoding.encode()
    )
    with pytest.raises(DownloadError, match="broke off after 0 bytes") as caught:
        _run(mode, url, download_export, EXPORT_ID, tmp_path / "inventory.csv")
    assert isinstance(caught.value.__cause__, httpx.DecodingError)
    chain: BaseException | None = caught.value
    while chain is not None:
        assert FAKE_TOKEN not in f"{chain} {chain!r}"
        chain = chain.__cause__ or chain.__context__
    assert _listing(tmp_path) == []
    assert app.paths == [DOWNLOAD_PATH]
