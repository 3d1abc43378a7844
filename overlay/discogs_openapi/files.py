"""Inventory files: CSV uploads checked before they are sent, and exports streamed to disk.

upload_id = upload_inventory(client, "add", "listings.csv")
path = download_export(client, export_id, "exports/", progress=print)
path = export_inventory(client, "exports/", waiting=print, progress=print)  # all three steps
"""

from __future__ import annotations

import csv
import io
import os
import re
import shutil
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from types import ModuleType
from typing import BinaryIO, Literal, TypedDict, Unpack, cast

import httpx

from discogs_api_client.api.inventory_export import get_inventory_export, request_inventory_export
from discogs_api_client.api.inventory_upload import (
    add_inventory_upload,
    change_inventory_upload,
    delete_inventory_upload,
)
from discogs_api_client.models import InventoryCsvUpload
from discogs_api_client.types import File

from .checks import seconds
from .client import AsyncDiscogs, Discogs
from .destination import Destination, Place, Progress, save, suggested_name
from .errors import ConfigurationError, CSVFileError, DecodeError, DownloadError
from .flow import Call, Flow, Sleep, run, run_async

__all__ = [
    "Destination",
    "DownloadOptions",
    "ExportOptions",
    "Progress",
    "UploadKind",
    "download_export",
    "download_export_async",
    "export_inventory",
    "export_inventory_async",
    "upload_inventory",
    "upload_inventory_async",
]

UploadKind = Literal["add", "change", "delete"]

CHUNK_SIZE = 64 * 1024
# Columns each kind of upload cannot do without (the documentation's field list).
_NEEDED_COLUMNS: dict[str, tuple[str, ...]] = {
    "add": ("release_id", "price", "media_condition"),
    "change": (),
    "delete": ("listing_id",),
}
_OPERATIONS: dict[str, ModuleType] = {
    "add": add_inventory_upload,
    "change": change_inventory_upload,
    "delete": delete_inventory_upload,
}
_FIELD_NAME = re.compile(r"[a-z][a-z0-9_]*")
# Enough of a file to hold its header row and the start of the first data row.
_HEAD_BYTES = 64 * 1024
# An upload is copied before it is sent: in memory up to this size, on disk beyond it.
_IN_MEMORY = 4 * 1024 * 1024

CsvSource = str | os.PathLike[str] | BinaryIO


# Uploads


def upload_inventory(client: Discogs, kind: UploadKind, source: CsvSource) -> int:
    """Upload a CSV file to add, change or delete listings; returns the upload's id.

    `source` is a path or a binary file object. The header row is checked first, so a missing
    or malformed file raises `CSVFileError` without spending a request.
    """
    return run(_upload(client, kind, source))


async def upload_inventory_async(client: AsyncDiscogs, kind: UploadKind, source: CsvSource) -> int:
    """The asyncio form of `upload_inventory`."""
    return await run_async(_upload(client, kind, source))


def _upload(client: Discogs | AsyncDiscogs, kind: UploadKind, source: CsvSource) -> Flow[int]:
    _check_kind(kind)
    with _opened(source) as (name, stream), _copied(name, stream) as copy:
        check_csv_head(kind, name, copy.read(_HEAD_BYTES))
        copy.seek(0)
        upload = File(payload=copy, file_name=name, mime_type="text/csv")
        arguments = {"client": client, "body": InventoryCsvUpload(upload=upload)}
        # The generated function answers the id at the end of `Location` (a DecodeError if none).
        upload_id: int = yield Call(_OPERATIONS[kind], arguments)
    return upload_id


def _check_kind(kind: str) -> None:
    if kind not in _NEEDED_COLUMNS:
        choices = ", ".join(repr(k) for k in _NEEDED_COLUMNS)
        raise ConfigurationError(f"kind must be one of {choices}; got {kind!r}.")


@contextmanager
def _opened(source: CsvSource) -> Iterator[tuple[str, BinaryIO]]:
    """The file's name and a binary stream of it, closed afterwards if we opened it."""
    if isinstance(source, (str, os.PathLike)):
        path = Path(source)
        if not path.is_file():
            what = "is a directory" if path.is_dir() else "does not exist"
            raise CSVFileError(f"the CSV file {str(path)!r} {what}; nothing was uploaded.")
        with path.open("rb") as stream:
            yield path.name, stream
        return
    if isinstance(source, io.TextIOBase) or not hasattr(source, "read"):
        raise CSVFileError(
            "source must be a path or a file opened in binary mode (open(name, 'rb')); "
            f"got {type(source).__name__}."
        )
    yield Path(str(getattr(source, "name", "") or "inventory.csv")).name, source


def check_csv_head(kind: str, name: str, head: bytes) -> None:
    """Raise `CSVFileError` unless `head` starts with a header row and at least one data row."""
    if not head.strip():
        raise CSVFileError(f"{name} is empty: an upload needs a header row and at least one row.")
    if head.startswith(b"\xef\xbb\xbf"):
        raise CSVFileError(
            f"{name} starts with a byte-order mark; save it as UTF-8 without one (Discogs reads "
            "the mark as part of the first column's name)."
        )
    try:
        text = head.decode("utf-8")
    except UnicodeDecodeError as exc:
        if exc.start < len(head) - 3:  # a character cut at the chunk's end is fine
            raise CSVFileError(f"{name} is not UTF-8 text (byte {exc.start}).") from None
        text = head[: exc.start].decode("utf-8")
    rows = csv.reader(io.StringIO(text, newline=""))
    header = next(rows, [])
    bad = [column for column in header if not _FIELD_NAME.fullmatch(column.strip())]
    if bad or not header:
        raise CSVFileError(
            f"{name} has no header row: its first row must name the columns in lower case, "
            f"such as 'release_id,price,media_condition'; found {','.join(header)[:80]!r}."
        )
    missing = [column for column in _NEEDED_COLUMNS[kind] if column not in header]
    if missing:
        raise CSVFileError(f"{name} lacks the column(s) a {kind!r} upload needs: {missing}.")
    if not any(any(cell.strip() for cell in row) for row in rows):
        raise CSVFileError(f"{name} has a header row but no rows to upload.")


class _Spool(tempfile.SpooledTemporaryFile[bytes]):
    """A copy held in memory up to `_IN_MEMORY` bytes, then in a temporary file on disk."""

    def fileno(self) -> int:
        # httpx measures a file by its descriptor when it has one, and asking a spool for its
        # descriptor moves it to disk; without one, httpx measures it by seeking.
        raise io.UnsupportedOperation("a spool has no descriptor until it is on disk")


@contextmanager
def _copied(name: str, stream: BinaryIO) -> Iterator[BinaryIO]:
    """The stream from its current position to its end, copied, so that every attempt sends
    the bytes that were checked: a retry after a 429 re-reads the file, httpx rewinds it to
    byte 0 (not to where the caller left it), and a pipe cannot be re-read at all."""
    with _Spool(max_size=_IN_MEMORY) as copy:
        try:
            shutil.copyfileobj(stream, copy, CHUNK_SIZE)
        except TypeError:  # a stream of text: str cannot go into a byte spool
            raise CSVFileError(
                f"{name} must be opened in binary mode (open(name, 'rb')); nothing was uploaded."
            ) from None
        except OSError as error:
            raise CSVFileError(
                f"could not read {name} ({error.strerror or error}); nothing was uploaded."
            ) from error
        copy.seek(0)
        yield cast(BinaryIO, copy)


# Downloads


class DownloadOptions(TypedDict, total=False):
    """The keyword arguments of `download_export` and `download_export_async`."""

    progress: Progress | None
    """Called as `progress(bytes_so_far, total_or_None)` after each chunk written."""
    chunk_size: int
    """Bytes read at a time (64 KiB by default): the memory a download holds."""
    overwrite: bool
    """Replace a file already under the destination's name (by default `DownloadError`)."""


def download_export(
    client: Discogs, export_id: int, destination: Destination, **options: Unpack[DownloadOptions]
) -> Path:
    """Stream a finished export's CSV to `destination` (a file, or a directory to name it in).

    Memory stays at one chunk whatever the file's size. The data goes to a temporary file beside
    the destination that takes its name only once complete, so a failed transfer raises
    `DownloadError` and leaves no file behind. An existing file is never replaced unless
    `overwrite=True`: a named destination that exists fails before any request, a name chosen
    by the server that exists fails without touching it (`DownloadError` either way). The name
    a server suggests is made safe: one name in the folder, ending `.csv`, short enough.
    """
    return run(_download(client, export_id, destination, **options))


async def download_export_async(
    client: AsyncDiscogs,
    export_id: int,
    destination: Destination,
    **options: Unpack[DownloadOptions],
) -> Path:
    """The asyncio form of `download_export` (file writes stay synchronous: they are local)."""
    return await run_async(_download(client, export_id, destination, **options))


def _download(
    client: Discogs | AsyncDiscogs,
    export_id: int,
    destination: Destination,
    *,
    progress: Progress | None = None,
    chunk_size: int = CHUNK_SIZE,
    overwrite: bool = False,
) -> Flow[Path]:
    _check_export_id(export_id)
    # A mistake in the destination spends no request: it is checked, and written to, first.
    place = Place(destination, overwrite, fallback=f"inventory-export-{export_id}")
    url = f"/inventory/export/{export_id}/download"
    return (yield from save(client, url, place, _accept_csv, progress, chunk_size))


def _check_export_id(export_id: object) -> None:
    if isinstance(export_id, bool) or not isinstance(export_id, int) or export_id < 1:
        raise ConfigurationError(f"export_id must be a positive integer; got {export_id!r}.")


def _accept_csv(response: httpx.Response) -> tuple[str, tuple[str, ...]]:
    kind = response.headers.get("content-type", "").split(";")[0].strip().lower()
    if kind != "text/csv":
        # A maintenance page answered with 200 must not be saved as the inventory.
        raise DecodeError(response, ValueError(f"expected a text/csv body, got {kind or 'none'}"))
    return suggested_name(response.headers.get("content-disposition", "")), (".csv",)


# Export, wait, download


Waiting = Callable[[str, float], object]
"""Called as `waiting(status, seconds_waited)` after each look at an unfinished export."""

EXPORT_TIMEOUT = 600.0  # seconds: a large inventory takes minutes to export
FIRST_POLL = 2.0  # seconds before the first look; each wait is half as long again as the last
LONGEST_POLL = 30.0
_FAILED = ("fail", "error", "cancel")  # statuses (their start) that will never become success


class ExportOptions(DownloadOptions, total=False):
    """The keyword arguments of `export_inventory` and `export_inventory_async`."""

    timeout: float
    """Seconds to wait for the export to finish (600 by default); then `DownloadError`."""
    poll_interval: float
    """Seconds before the first look at the export (2); later waits grow to at most 30."""
    waiting: Waiting | None
    """Called as `waiting(status, seconds_waited)` after each look while it is not finished."""


def export_inventory(
    client: Discogs, destination: Destination, **options: Unpack[ExportOptions]
) -> Path:
    """Export the whole inventory and save it as CSV: request, wait until finished, download.

    Every wait is bounded by `timeout`; an export that fails, or is not finished in time,
    raises `DownloadError` naming its id (a late one can still be fetched with
    `download_export`). The download is `download_export`'s: streamed, atomic, no file replaced
    unless `overwrite=True`; `destination` is checked before the export is requested.
    """
    return run(_export(client, destination, **options))


async def export_inventory_async(
    client: AsyncDiscogs, destination: Destination, **options: Unpack[ExportOptions]
) -> Path:
    """The asyncio form of `export_inventory`."""
    return await run_async(_export(client, destination, **options))


def _export(
    client: Discogs | AsyncDiscogs,
    destination: Destination,
    *,
    timeout: float = EXPORT_TIMEOUT,
    poll_interval: float = FIRST_POLL,
    waiting: Waiting | None = None,
    **options: Unpack[DownloadOptions],
) -> Flow[Path]:
    if client._cache is not None:
        # The cache would answer every poll with the first status it stored (it keeps entries
        # for cache_ttl seconds whatever the request says), so the export would never finish.
        raise ConfigurationError(
            "export_inventory polls the export's status, which a client with cache_path= answers "
            "from its cache; use a client without cache_path= for exports."
        )
    limit = seconds("timeout", timeout, default=f"{EXPORT_TIMEOUT:g} seconds")
    pause = seconds("poll_interval", poll_interval, default=f"{FIRST_POLL:g} seconds")
    # A file that is taken, or a folder that is missing, is seen before the export is asked for.
    Place(destination, options.get("overwrite", False), fallback="inventory-export")
    export_id: int = yield Call(request_inventory_export, {"client": client})
    started = time.monotonic()
    while True:
        waited = time.monotonic() - started
        yield Sleep(min(pause, max(limit - waited, 0.0)))
        export = yield Call(get_inventory_export, {"client": client, "export_id": export_id})
        status = str(export.status)
        waited = time.monotonic() - started
        if status == "success":
            return (yield from _download(client, export_id, destination, **options))
        if status.lower().startswith(_FAILED):
            raise DownloadError(
                f"inventory export {export_id} ended with status {status!r}; nothing was "
                "downloaded. Request a new one."
            )
        if waited >= limit:
            raise DownloadError(
                f"inventory export {export_id} was not finished after {waited:.0f} s (status "
                f"{status!r}); download it later with download_export(client, {export_id}, ...), "
                "or pass a longer timeout=."
            )
        if waiting is not None:
            waiting(status, waited)
        pause = min(pause * 1.5, LONGEST_POLL)
