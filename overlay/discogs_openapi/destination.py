"""Where a download is saved: a safe name, a temporary file beside it, and no file replaced.

`Place` checks a destination before any request is spent, turns the name a server suggests
(`Content-Disposition`, RFC 6266, or a URL's last segment) into one safe file name, and gives
the finished temporary file its name atomically, never over an existing file unless `overwrite`
was asked for. `save` streams an answer there, one chunk in memory at a time.
"""

from __future__ import annotations

import email.message
import email.utils
import os
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx

from .errors import ConfigurationError, DownloadError
from .flow import Chunks, Close, Flow, Next, Stream

__all__ = ["Destination", "PartFile", "Place", "Progress", "save", "suggested_name"]

Destination = str | os.PathLike[str]
Progress = Callable[[int, int | None], object]
"""Called as `progress(bytes_so_far, total_or_None)` after each chunk written."""
# Characters no saved file name gets: path separators, and those Windows forbids in names.
_FORBIDDEN = frozenset('/\\:*?"<>|')


class Place:
    """A download's destination: a file, or a folder the server's suggested name goes in."""

    def __init__(self, destination: Destination, overwrite: bool, fallback: str) -> None:
        target = Path(destination)
        if "\0" in str(target):
            raise ConfigurationError(f"the destination {str(target)!r} holds a NUL character.")
        self.file = None if os.path.isdir(target) else target
        self.folder = target if self.file is None else target.parent
        if not os.path.isdir(self.folder):
            raise ConfigurationError(
                f"cannot save to {str(target)!r}: the folder {str(self.folder)!r} does not exist."
            )
        self.overwrite = overwrite
        self.fallback = fallback
        self.longest = _longest_name(self.folder)
        if self.file is not None:
            if len(os.fsencode(self.file.name)) > self.longest:
                raise ConfigurationError(
                    f"the file name {self.file.name!r} is too long for its folder "
                    f"(at most {self.longest} bytes); choose a shorter one."
                )
            self._check_free(self.file)

    def path_for(self, suggested: str, endings: tuple[str, ...]) -> Path:
        """The file to save to, given the name the answer suggests; refused if taken.

        A suggested name keeps its ending if it is one of `endings`, else gets the first.
        """
        if self.file is not None:
            path = self.file
        else:
            path = self.folder / _safe_name(suggested, self.fallback, self.longest, endings)
        self._check_free(path)  # before the body is read: no transfer for a file it cannot keep
        return path

    def take(self, finished: Path, path: Path) -> None:
        """Give the finished file its name, never replacing a file unless asked to."""
        try:
            if self.overwrite:
                os.replace(finished, path)
            else:
                _link_new(finished, path)
        except OSError as error:
            self._check_free(path)  # what came under that name while the body was read
            raise DownloadError(
                f"could not save the download as {str(path)!r} ({error.strerror or error}); "
                "nothing was written under that name."
            ) from error

    def _check_free(self, path: Path) -> None:
        if os.path.isdir(path):
            raise DownloadError(
                f"{str(path)!r} is a folder, so the download cannot take its name; give a "
                "file path as the destination. Nothing was written there."
            )
        if not self.overwrite and os.path.lexists(path):
            raise DownloadError(
                f"{str(path)!r} already exists: pass overwrite=True to replace it, or give "
                "another destination. Nothing was written to it."
            )


class PartFile:
    """A temporary file in the destination's folder, removed on every way out."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.written = 0

    def __enter__(self) -> PartFile:
        try:
            descriptor, name = tempfile.mkstemp(dir=self.folder, prefix=".discogs-", suffix=".part")
        except OSError as error:
            raise ConfigurationError(
                f"cannot write in the folder {str(self.folder)!r} ({error.strerror or error}); "
                "nothing was downloaded."
            ) from None
        self.path = Path(name)
        self._file = os.fdopen(descriptor, "wb")
        return self

    def write(self, chunk: bytes) -> None:
        self._file.write(chunk)
        self.written += len(chunk)

    def finished(self) -> Path:
        self._file.close()
        return self.path

    def __exit__(self, *_: object) -> None:
        self._file.close()
        self.path.unlink(missing_ok=True)  # already gone once it has its name; else a leftover


def _link_new(finished: Path, path: Path) -> None:
    """Give `finished` the name `path` unless something has it: `FileExistsError` if so."""
    try:
        os.link(finished, path)  # atomic, and never replaces: whatever came meanwhile stays
    except FileExistsError:
        raise
    except OSError:
        # No hard links on this filesystem (FAT, some network shares): claim the name, then
        # move in. The name shows an empty file for that moment, but nothing is replaced.
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
        try:
            os.replace(finished, path)
        except OSError:
            os.unlink(path)
            raise


def _longest_name(folder: Path) -> int:
    """The longest file name the folder's filesystem takes, in bytes (255 if it cannot say)."""
    try:
        return min(os.pathconf(folder, "PC_NAME_MAX"), 255)
    except (AttributeError, OSError, ValueError):  # no pathconf on Windows
        return 255


def suggested_name(disposition: str) -> str:
    """The file name a `Content-Disposition` value suggests (RFC 6266: `filename*` first)."""
    header = email.message.Message()
    header["content-disposition"] = disposition
    params = header.get_params(failobj=[], header="content-disposition")
    # RFC 2231 decoding leaves `filename*` as ("filename", (charset, language, text)).
    names = sorted((v for k, v in params if k == "filename"), key=lambda v: isinstance(v, str))
    return email.utils.collapse_rfc2231_value(names[0]) if names else ""


def _safe_name(suggested: str, fallback: str, longest: int, endings: tuple[str, ...]) -> str:
    """`suggested` as one file name in the folder, with one of `endings`, at most `longest` bytes.

    Path separators, characters Windows forbids and unprintable ones (controls, NUL, the
    direction marks that can disguise an extension) become `_`; leading dots go (`..`, hidden
    files). The first ending (`.csv`) is added if none is there: a server does not get to write
    `conftest.py` or `.bashrc` into the folder.
    """
    name = "".join("_" if c in _FORBIDDEN or not c.isprintable() else c for c in suggested)
    name = name.strip(" ").lstrip(".").rstrip(". ")
    kept = [ending for ending in endings if name.lower().endswith(ending)]
    ending = kept[0] if kept else endings[0]
    stem, suffix = (name[: -len(ending)], name[-len(ending) :]) if kept else (name, ending)
    stem = os.fsencode(stem or fallback)[: longest - len(suffix)].decode("utf-8", "ignore")
    return stem + suffix


def save(
    client: Any,
    url: str,
    place: Place,
    accept: Callable[[httpx.Response], tuple[str, tuple[str, ...]]],
    progress: Progress | None,
    chunk_size: int,
) -> Flow[Path]:
    """Stream a GET of `url` through the client's httpx client into `place`; the path saved.

    `accept(response)` checks the answer's headers (raising if it is not what was asked for) and
    gives the name it suggests and the endings the file may have. The data goes to a temporary
    file beside the destination that takes its name only once complete: a transfer that breaks
    off raises `DownloadError` and leaves no file behind.
    """
    with PartFile(place.folder) as part:
        response: httpx.Response = yield Stream(client, url)
        try:
            path = place.path_for(*accept(response))
            total = _decoded_length(response)
            chunks = yield Chunks(response, chunk_size)
            try:
                while (chunk := (yield Next(chunks))) is not None:
                    part.write(chunk)
                    if progress is not None:
                        progress(part.written, total)
            except (httpx.HTTPError, OSError) as error:  # broken, undecodable, or a full disk
                raise _broke_off(path, part.written, total, error) from error
        finally:
            yield Close(response)
        if total is not None and part.written != total:
            raise _broke_off(path, part.written, total)  # fewer bytes came than announced
        place.take(part.finished(), path)
    return path


def _broke_off(
    path: Path, written: int, total: int | None, cause: Exception | None = None
) -> DownloadError:
    of = f" of {total}" if total is not None else ""
    why = f" ({type(cause).__name__}: {cause})" if cause is not None else ""
    return DownloadError(
        f"the download to {str(path)!r} broke off after {written}{of} bytes{why}; "
        "nothing was written under that name."
    )


def _decoded_length(response: httpx.Response) -> int | None:
    """The body's length as it will be written, if the server said."""
    # Content-Length counts encoded bytes; with a Content-Encoding it says nothing of ours.
    length = response.headers.get("content-length", "")
    encoded = response.headers.get("content-encoding", "identity") != "identity"
    return int(length) if length.isdigit() and not encoded else None
