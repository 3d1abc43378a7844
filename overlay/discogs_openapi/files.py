"""Inventory files: CSV uploads checked before they are sent, and exports streamed to disk.

upload_id = upload_inventory(client, "add", "listings.csv")
path = download_export(client, export_id, "exports/", progress=print)
"""

from __future__ import annotations

import csv
import io
import json
import os
import re
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from types import ModuleType
from typing import BinaryIO, Literal, TypedDict, Unpack

import httpx

from discogs_api_client.api.inventory_upload import (
    add_inventory_upload,
    change_inventory_upload,
    delete_inventory_upload,
)
from discogs_api_client.models import InventoryCsvUpload
from discogs_api_client.types import File, Response

from .client import AsyncDiscogs, Discogs
from .errors import ConfigurationError, CSVFileError, DecodeError, DownloadError
from .flow import Call, Chunks, Close, Flow, Next, Stream, run, run_async

__all__ = [
    "Destination",
    "DownloadOptions",
    "Progress",
    "UploadKind",
    "download_export",
    "download_export_async",
    "upload_inventory",
    "upload_inventory_async",
]

UploadKind = Literal["add", "change", "delete"]
Progress = Callable[[int, int | None], object]
"""Called as `progress(bytes_so_far, total_or_None)` after each chunk written."""

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

CsvSource = str | os.PathLike[str] | BinaryIO
Destination = str | os.PathLike[str]


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
    with _opened(source) as (name, stream):
        body = _checked_body(kind, name, stream)
        response = yield Call(_OPERATIONS[kind], {"client": client, "body": body}, detailed=True)
    return _upload_id(response, kind)


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


def _checked_body(kind: str, name: str, stream: BinaryIO) -> InventoryCsvUpload:
    head = stream.read(_HEAD_BYTES)
    if not isinstance(head, bytes):
        raise CSVFileError("source must be opened in binary mode (open(name, 'rb')).")
    check_csv_head(kind, name, head)
    payload = _rewound(stream, head)
    return InventoryCsvUpload(upload=File(payload=payload, file_name=name, mime_type="text/csv"))


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


def _rewound(stream: BinaryIO, head: bytes) -> BinaryIO:
    """The stream from its first byte again, without reading the rest into memory."""
    if stream.seekable():
        stream.seek(-len(head), io.SEEK_CUR)
        return stream
    return io.BufferedReader(_Prepended(head, stream))


class _Prepended(io.RawIOBase):
    """A read-only stream of `head` followed by the rest of a stream that cannot seek."""

    def __init__(self, head: bytes, rest: BinaryIO) -> None:
        self._head = memoryview(head)
        self._rest = rest

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: memoryview) -> int:  # type: ignore[override]
        if self._head:
            size = min(len(buffer), len(self._head))
            buffer[:size] = self._head[:size]
            self._head = self._head[size:]
            return size
        data = self._rest.read(len(buffer))
        buffer[: len(data)] = data
        return len(data)


def _upload_id(response: Response[None], kind: str) -> int:
    """The upload's id: the end of its `Location`, else an `id` in the body."""
    match = re.search(r"/(\d+)/?$", response.headers.get("location", ""))
    if match is not None:
        return int(match.group(1))
    try:
        found = json.loads(response.content)["id"]
    except (ValueError, KeyError, TypeError, RecursionError):  # JSON nested too deep too
        found = None
    if isinstance(found, int) and not isinstance(found, bool):
        return found
    request = httpx.Request("POST", f"/inventory/upload/{kind}")
    raw = httpx.Response(
        response.status_code, headers=response.headers, content=response.content, request=request
    )
    raise DecodeError(raw, ValueError("no upload id in the Location header or the body"))


# Downloads


class DownloadOptions(TypedDict, total=False):
    """The keyword arguments of `download_export` and `download_export_async`."""

    progress: Progress | None
    """Called as `progress(bytes_so_far, total_or_None)` after each chunk written."""
    chunk_size: int
    """Bytes read at a time (64 KiB by default): the memory a download holds."""


def download_export(
    client: Discogs, export_id: int, destination: Destination, **options: Unpack[DownloadOptions]
) -> Path:
    """Stream a finished export's CSV to `destination` (a file, or a directory to name it in).

    Memory stays at one chunk whatever the file's size. The data goes to a temporary file beside
    the destination that is renamed into place only once complete, so a failed transfer raises
    `DownloadError` and leaves no partial file under the destination's name.
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
) -> Flow[Path]:
    url = _download_url(export_id, destination)
    response: httpx.Response = yield Stream(client, url)
    try:
        with _PartFile(destination, export_id, response, progress) as part:
            chunks = yield Chunks(response, chunk_size)
            while (chunk := (yield Next(chunks))) is not None:
                part.write(chunk)
    finally:
        yield Close(response)
    return part.path


def _download_url(export_id: int, destination: str | os.PathLike[str]) -> str:
    """The export's download path, once the arguments are known good (no request is spent)."""
    if isinstance(export_id, bool) or not isinstance(export_id, int) or export_id < 1:
        raise ConfigurationError(f"export_id must be a positive integer; got {export_id!r}.")
    target = Path(destination)
    folder = target if target.is_dir() else target.parent
    if not folder.is_dir():
        raise ConfigurationError(
            f"cannot save to {str(target)!r}: the folder {str(folder)!r} does not exist."
        )
    return f"/inventory/export/{export_id}/download"


class _PartFile:
    """A temporary file beside the destination, renamed into place on a clean exit only."""

    def __init__(
        self,
        destination: str | os.PathLike[str],
        export_id: int,
        response: httpx.Response,
        progress: Progress | None,
    ) -> None:
        kind = response.headers.get("content-type", "").split(";")[0].strip().lower()
        if kind != "text/csv":
            # A maintenance page answered with 200 must not be saved as the inventory.
            raise DecodeError(
                response, ValueError(f"expected a text/csv body, got {kind or 'none'}")
            )
        target = Path(destination)
        if target.is_dir():
            target = target / _attachment_name(response, export_id)
        self.path = target
        self.written = 0
        # Content-Length counts encoded bytes; with a Content-Encoding it says nothing of ours.
        length = response.headers.get("content-length", "")
        encoded = response.headers.get("content-encoding", "identity") != "identity"
        self.total = int(length) if length.isdigit() and not encoded else None
        self._progress = progress

    def __enter__(self) -> _PartFile:
        descriptor, name = tempfile.mkstemp(
            dir=self.path.parent, prefix=f".{self.path.name}.", suffix=".part"
        )
        self._temporary = Path(name)
        self._file = os.fdopen(descriptor, "wb")
        return self

    def write(self, chunk: bytes) -> None:
        self._file.write(chunk)
        self.written += len(chunk)
        if self._progress is not None:
            self._progress(self.written, self.total)

    def interrupted(self, cause: Exception | None = None) -> DownloadError:
        of = f" of {self.total}" if self.total is not None else ""
        why = f" ({type(cause).__name__}: {cause})" if cause is not None else ""
        return DownloadError(
            f"the download to {str(self.path)!r} broke off after {self.written}{of} bytes{why}; "
            "nothing was written under that name."
        )

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, _: object
    ) -> None:
        self._file.close()
        short = kind is None and self.total is not None and self.written != self.total
        if kind is None and not short:
            os.replace(self._temporary, self.path)
            return
        self._temporary.unlink(missing_ok=True)
        if short:
            raise self.interrupted()  # fewer bytes came than the server announced
        if isinstance(error, httpx.TransportError):
            raise self.interrupted(error) from error


def _attachment_name(response: httpx.Response, export_id: int) -> str:
    """The file name `Content-Disposition` suggests, reduced to a safe base name."""
    disposition = response.headers.get("content-disposition", "")
    match = re.search(r'filename="?([^";]+)"?', disposition)
    name = Path(match.group(1).strip()).name if match else ""
    if not name or name.startswith("."):
        name = f"inventory-export-{export_id}.csv"
    return name
