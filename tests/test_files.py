"""Inventory files over HTTP: CSV uploads checked locally first, exports streamed to disk."""

from __future__ import annotations

import io
import json
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any, BinaryIO

import pytest

from conftest import FAKE_TOKEN, RECORDINGS_DIR, USER_AGENT
from discogs_api_client.api.inventory_export import get_inventory_export
from discogs_openapi import (
    AsyncDiscogs,
    ConfigurationError,
    CSVFileError,
    DecodeError,
    Discogs,
    DownloadError,
    NotFoundError,
    NotModifiedError,
    download_export,
    download_export_async,
    upload_inventory,
    upload_inventory_async,
)
from replay_server import CsvStream, ReplayApp, load_recordings, serve


def _recorded_csv(operation: str) -> str:
    data = json.loads((RECORDINGS_DIR / operation / "200-example.json").read_text())
    text: str = data["request"]["multipart"]["upload"]["text"]
    return text


ADD_CSV = _recorded_csv("addInventoryUpload")
CHANGE_CSV = _recorded_csv("changeInventoryUpload")
DELETE_CSV = _recorded_csv("deleteInventoryUpload")
EXPORT_ID = 599632


@pytest.fixture
def client(replay_url: str) -> Iterator[Discogs]:
    with Discogs(USER_AGENT, token=FAKE_TOKEN, base_url=replay_url) as discogs:
        yield discogs


def _uploads(app: ReplayApp) -> list[str]:
    return [path for method, path, _ in app.requests if path.startswith("/inventory/upload")]


# --- uploads -------------------------------------------------------------------------------


def test_upload_from_a_path_returns_the_id_from_location(
    client: Discogs, replay_app: ReplayApp, tmp_path: Path
) -> None:
    csv_file = tmp_path / "listings.csv"
    csv_file.write_text(ADD_CSV)
    before = len(_uploads(replay_app))
    assert upload_inventory(client, "add", csv_file) == 599632
    assert _uploads(replay_app)[before:] == ["/inventory/upload/add"]


def test_upload_from_a_binary_file_object(client: Discogs) -> None:
    assert upload_inventory(client, "change", io.BytesIO(CHANGE_CSV.encode())) == 599632


class _Unseekable(io.RawIOBase):
    """A pipe-like stream: readable once, no seeking."""

    def __init__(self, data: bytes) -> None:
        self._data = io.BytesIO(data)

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        chunk = self._data.read(len(buffer))
        buffer[: len(chunk)] = chunk
        return len(chunk)


def test_upload_from_a_stream_that_cannot_seek_sends_every_byte(client: Discogs) -> None:
    # The replay server answers 200 only when the file's text equals the recording's.
    stream: BinaryIO = io.BufferedReader(_Unseekable(DELETE_CSV.encode()), buffer_size=8)
    assert upload_inventory(client, "delete", stream) == 599632


@pytest.mark.parametrize(
    ("kind", "content", "complaint"),
    [
        ("add", b"", "is empty"),
        ("add", b"123,1.50,Mint (M),Comments\n456,2.50,Good (G),More\n", "no header row"),
        ("add", b"Release_ID,Price\n1,2\n", "no header row"),
        ("add", b"release_id,price,media_condition\n", "no rows to upload"),
        ("add", b"\xef\xbb\xbfrelease_id,price,media_condition\n1,2,Mint (M)\n", "byte-order mark"),
        ("add", b"release_id,price\n1,2.50\n", "media_condition"),
        ("delete", b"release_id\n1\n", "listing_id"),
        ("add", b"release_id,price,media_condition\n\xff\xfe,2,Mint (M)\n", "not UTF-8"),
    ],
)
def test_a_file_that_is_not_csv_shaped_spends_no_request(
    client: Discogs, replay_app: ReplayApp, kind: Any, content: bytes, complaint: str
) -> None:
    before = len(replay_app.requests)
    with pytest.raises(CSVFileError, match=complaint):
        upload_inventory(client, kind, io.BytesIO(content))
    assert len(replay_app.requests) == before


def test_a_missing_file_spends_no_request(
    client: Discogs, replay_app: ReplayApp, tmp_path: Path
) -> None:
    before = len(replay_app.requests)
    with pytest.raises(CSVFileError, match="does not exist"):
        upload_inventory(client, "add", tmp_path / "nowhere.csv")
    with pytest.raises(CSVFileError, match="is a directory"):
        upload_inventory(client, "add", tmp_path)
    with pytest.raises(CSVFileError, match="binary mode"):
        upload_inventory(client, "add", io.StringIO(ADD_CSV))  # type: ignore[arg-type]
    with pytest.raises(ConfigurationError, match="kind must be one of"):
        upload_inventory(client, "replace", io.BytesIO(ADD_CSV.encode()))  # type: ignore[arg-type]
    assert len(replay_app.requests) == before


def test_an_answer_without_location_or_id_is_a_decode_error(answering: Any) -> None:
    url, app = answering(200, b"", "application/json")
    with (
        Discogs(USER_AGENT, token=FAKE_TOKEN, base_url=url) as discogs,
        pytest.raises(DecodeError, match="end of the Location header"),
    ):
        upload_inventory(discogs, "add", io.BytesIO(ADD_CSV.encode()))
    assert [(method, target) for method, target, _ in app.requests] == [
        ("POST", "/inventory/upload/add")
    ]


def test_an_id_in_the_body_without_location_is_a_decode_error(answering: Any) -> None:
    # The documented answer has no body: the id is in `Location` only (one rule for every
    # write that answers with Location, in the generated functions).
    url, _ = answering(200, b'{"id": 42}', "application/json")
    with (
        Discogs(USER_AGENT, token=FAKE_TOKEN, base_url=url) as discogs,
        pytest.raises(DecodeError, match="Location"),
    ):
        upload_inventory(discogs, "add", io.BytesIO(ADD_CSV.encode()))


async def test_upload_async(replay_url: str, tmp_path: Path) -> None:
    csv_file = tmp_path / "add.csv"
    csv_file.write_text(ADD_CSV)
    async with AsyncDiscogs(USER_AGENT, token=FAKE_TOKEN, base_url=replay_url) as discogs:
        assert await upload_inventory_async(discogs, "add", csv_file) == 599632
        with pytest.raises(CSVFileError):
            await upload_inventory_async(discogs, "add", io.BytesIO(b"just,data\n1,2\n"))


# --- downloads -----------------------------------------------------------------------------


def _big_csv(megabytes: int) -> str:
    header = "listing_id,artist,title,release_id,status,price\r\n"
    rows = []
    size, number = len(header), 0
    while size < megabytes * 1024 * 1024:
        row = f"{700000000 + number},Artist {number},Title {number},{number + 1},For Sale,9.99\r\n"
        rows.append(row)
        size += len(row)
        number += 1
    return header + "".join(rows)


@pytest.fixture(scope="module")
def big_export(
    tmp_path_factory: pytest.TempPathFactory, replay_app: ReplayApp
) -> Iterator[tuple[str, str]]:
    """A replay server whose only export download is a 6 MB CSV; yields (url, csv)."""
    text = _big_csv(6)
    folder = tmp_path_factory.mktemp("recordings") / "downloadInventoryExport"
    folder.mkdir()
    example = RECORDINGS_DIR / "downloadInventoryExport" / "200-example.json"
    recording = json.loads(example.read_text())
    recording["response"]["text"] = text
    (folder / "200-big.json").write_text(json.dumps(recording))
    # The routes the shared replay app parsed from the spec, and this recording.
    with serve(ReplayApp(replay_app.routes, load_recordings(folder.parent))) as url:
        yield url, text


def test_multi_megabyte_export_streams_in_chunks(
    big_export: tuple[str, str], tmp_path: Path
) -> None:
    url, text = big_export
    calls: list[tuple[int, int | None]] = []
    target = tmp_path / "inventory.csv"
    with Discogs(USER_AGENT, token=FAKE_TOKEN, base_url=url) as discogs:
        saved = download_export(
            discogs,
            EXPORT_ID,
            target,
            progress=lambda done, total: calls.append((done, total)),
            chunk_size=256 * 1024,
        )
    size = len(text.encode())
    assert saved == target
    assert target.read_bytes() == text.encode()
    assert len(calls) >= size // (256 * 1024)
    assert all(total == size for _, total in calls)
    steps = [done for done, _ in calls]
    assert steps == sorted(steps)
    assert steps[-1] == size
    assert max(b - a for a, b in zip([0, *steps], steps, strict=False)) <= 256 * 1024
    assert sorted(p.name for p in tmp_path.iterdir()) == ["inventory.csv"]


async def test_multi_megabyte_export_streams_async(
    big_export: tuple[str, str], tmp_path: Path
) -> None:
    url, text = big_export
    async with AsyncDiscogs(USER_AGENT, token=FAKE_TOKEN, base_url=url) as discogs:
        saved = await download_export_async(discogs, EXPORT_ID, tmp_path / "a.csv")
    assert saved.read_bytes() == text.encode()


def test_a_folder_destination_takes_the_attachment_name(client: Discogs, tmp_path: Path) -> None:
    saved = download_export(client, EXPORT_ID, tmp_path)
    assert saved == tmp_path / "cburmeister-inventory-20180927-1259.csv"
    assert saved.read_text().startswith("listing_id,artist,title")


def test_an_unknown_export_is_a_typed_404_and_leaves_no_file(
    client: Discogs, tmp_path: Path
) -> None:
    with pytest.raises(NotFoundError):
        download_export(client, 999999999, tmp_path / "x.csv")
    assert list(tmp_path.iterdir()) == []


def test_bad_arguments_spend_no_request(
    client: Discogs, replay_app: ReplayApp, tmp_path: Path
) -> None:
    before = len(replay_app.requests)
    with pytest.raises(ConfigurationError, match="does not exist"):
        download_export(client, EXPORT_ID, tmp_path / "missing-folder" / "x.csv")
    with pytest.raises(ConfigurationError, match="positive integer"):
        download_export(client, 0, tmp_path / "x.csv")
    assert len(replay_app.requests) == before


@pytest.fixture(scope="module")
def breaking_url() -> Iterator[str]:
    """A server whose every transfer breaks off midway (it keeps no state between them)."""
    with serve(CsvStream(4 * 1024 * 1024, break_at=2 * 1024 * 1024)) as url:
        yield url


def test_an_interrupted_transfer_leaves_no_partial_file(breaking_url: str, tmp_path: Path) -> None:
    target = tmp_path / "inventory.csv"
    target.write_text("the previous export\n")
    calls: list[int] = []
    with (
        Discogs(USER_AGENT, token=FAKE_TOKEN, base_url=breaking_url) as discogs,
        pytest.raises(DownloadError, match="broke off after") as caught,
    ):
        download_export(
            discogs,
            EXPORT_ID,
            target,
            progress=lambda done, _: calls.append(done),
            overwrite=True,  # the earlier file is kept all the same, as the transfer breaks
        )
    assert "of 4194304 bytes" in str(caught.value)
    assert calls, "part of the body arrived before the break"
    assert target.read_text() == "the previous export\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["inventory.csv"]


async def test_an_interrupted_transfer_async(breaking_url: str, tmp_path: Path) -> None:
    async with AsyncDiscogs(USER_AGENT, token=FAKE_TOKEN, base_url=breaking_url) as discogs:
        with pytest.raises(DownloadError):
            await download_export_async(discogs, EXPORT_ID, tmp_path / "a.csv")
    assert list(tmp_path.iterdir()) == []


def test_the_download_benchmark_runs() -> None:
    script = Path(__file__).resolve().parent.parent / "scripts" / "bench_download.py"
    result = subprocess.run(
        [sys.executable, str(script), "--megabytes", "2"],
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    figures = {
        m["label"]: (float(m["peak"]), float(m["rate"]))
        for m in re.finditer(
            r"^(?P<label>\S.*?)\s+peak\s+(?P<peak>[\d.]+) MiB\s+(?P<rate>[\d.]+) MiB/s$",
            result.stdout,
            re.MULTILINE,
        )
    }
    assert list(figures) == ["download_export (streamed)", "httpx .get().content (peer)"]
    (ours, our_rate), (peer, peer_rate) = figures.values()
    assert our_rate > 0
    assert peer_rate > 0
    # The peer holds the whole 2 MiB body; streamed, it never is held whole.
    assert peer >= 2
    assert ours < 2
    ratio = re.search(r"streamed peak is (\d+\.\d+)x the peer's", result.stdout)
    assert ratio, result.stdout
    assert abs(float(ratio[1]) - ours / peer) <= 0.01


def test_an_unchanged_export_answers_a_typed_304(answering: Any) -> None:
    url, app = answering(304, b"", "application/json")
    since = "Thu, 27 Sep 2018 12:59:02 GMT"
    with (
        Discogs(USER_AGENT, token=FAKE_TOKEN, base_url=url) as discogs,
        pytest.raises(NotModifiedError) as caught,
    ):
        get_inventory_export.sync(EXPORT_ID, client=discogs, if_modified_since=since)
    assert caught.value.status_code == 304
    assert app.requests[0][2]["if-modified-since"] == since
