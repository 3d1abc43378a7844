"""Bodies decoded and capped as they are read: a gzip bomb stops at `max_body_size`.

httpx inflates each network chunk whole (a 64 KiB chunk of a bomb can be 64 MiB) and keeps the
rest coming. This layer decodes itself what is read whole, at most `STEP` bytes at a time,
counting as it goes: the bodies of calls that are not streamed, and the body of every answer
other than a 2xx. It asks only for the encodings it decodes (gzip, deflate). Over the limit, or
not decodable, a 2xx raises (`BodyTooLargeError`, `DecodeError`); another status's body is cut
there and its own error says why (`errors.BODY_NOTE`). Either way the connection is closed, not
read to its end. A streamed success (an export download) is left to its reader, which writes
it to disk a chunk at a time.
"""

from __future__ import annotations

import functools
import zlib
from collections.abc import AsyncIterator, Iterable, Iterator
from typing import cast

import httpx

from .errors import BODY_NOTE, BodyTooLargeError, ConfigurationError, DecodeError
from .flow import Flow, Transport, send
from .layer import Layer
from .retry import BUFFERED

__all__ = ["DEFAULT_MAX_BODY_SIZE", "BodyLayer", "max_body_size"]

DEFAULT_MAX_BODY_SIZE = 64 * 1024 * 1024
STEP = 64 * 1024  # the most one decoding step produces
_WBITS = {"gzip": 16 + zlib.MAX_WBITS, "x-gzip": 16 + zlib.MAX_WBITS, "deflate": zlib.MAX_WBITS}


def max_body_size(value: object) -> int:
    """The `max_body_size` setting, checked; None is the default (64 MiB)."""
    if value is None:
        return DEFAULT_MAX_BODY_SIZE
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        raise ConfigurationError(
            f"max_body_size must be a number of bytes >= 1 (the default is "
            f"{DEFAULT_MAX_BODY_SIZE}, 64 MiB); got {value!r}."
        )
    return value


class BodyLayer(Layer):
    """Puts a decoding, counting stream under each response that will be read whole."""

    def __init__(self, inner: Transport, limit: int) -> None:
        super().__init__(inner)  # every origin: an image or a redirect's target is capped too
        self.limit = limit

    def flow(self, request: httpx.Request) -> Flow[httpx.Response]:
        buffered = bool(request.extensions.get(BUFFERED))
        if buffered:
            _ask_for_what_we_decode(request)
        response = yield from send(request, self.inner)
        if buffered or not response.is_success:
            response.request = request
            response.stream = _Capped(response, self.limit)
        return response


def _ask_for_what_we_decode(request: httpx.Request) -> None:
    """Keep only the encodings this layer decodes in `Accept-Encoding` (httpx adds br and zstd
    when their packages are installed)."""
    asked = request.headers.get("accept-encoding", "")
    kept = _decodable(asked)
    if kept != asked:
        request.headers["Accept-Encoding"] = kept


@functools.lru_cache(maxsize=64)
def _decodable(asked: str) -> str:
    """`asked` without the encodings this layer cannot decode (a client asks the same each time)."""
    parts = [part.strip() for part in asked.split(",")]
    kept = [part for part in parts if _name(part) in (*_WBITS, "identity")]
    return asked if kept == parts else ", ".join(kept) or "identity"


def _name(coding: str) -> str:
    return coding.split(";")[0].strip().lower()


class _Capped(httpx.SyncByteStream, httpx.AsyncByteStream):
    """A response's body, decoded and counted; replaces its stream, so httpx reads it as is."""

    def __init__(self, response: httpx.Response, limit: int) -> None:
        self._raw = response.stream
        self._body = _Body(response, limit)
        # What httpx would decode is decoded here: it must read the result as it stands.
        if self._body.codings:
            del response.headers["content-encoding"]
            response.headers.pop("content-length", None)

    def __iter__(self) -> Iterator[bytes]:
        try:
            for chunk in cast(httpx.SyncByteStream, self._raw):
                yield from self._body.feed(chunk)
                if self._body.cut:
                    return
            yield from self._body.feed(b"", final=True)
        except Exception:
            self.close()  # unread: the connection goes, not back to the pool
            raise

    async def __aiter__(self) -> AsyncIterator[bytes]:
        try:
            async for chunk in cast(httpx.AsyncByteStream, self._raw):
                for piece in self._body.feed(chunk):
                    yield piece
                if self._body.cut:
                    return
            for piece in self._body.feed(b"", final=True):
                yield piece
        except Exception:
            await self.aclose()
            raise

    def close(self) -> None:
        cast(httpx.SyncByteStream, self._raw).close()

    async def aclose(self) -> None:
        await cast(httpx.AsyncByteStream, self._raw).aclose()


class _Body:
    """The decoding and counting of one body, for either world: `feed` it the raw chunks."""

    def __init__(self, response: httpx.Response, limit: int) -> None:
        self.response = response
        self.limit = limit
        self.size = 0
        self.cut = False
        header = response.headers.get("content-encoding", "")
        self.codings = [name for part in header.split(",") if (name := _name(part))]
        self._unknown = [name for name in self.codings if name not in (*_WBITS, "identity")]
        self._inflaters = [_Inflater(name) for name in reversed(self.codings) if name in _WBITS]

    def feed(self, chunk: bytes, *, final: bool = False) -> Iterator[bytes]:
        """The decoded pieces of `chunk` (and of what is buffered, if `final`), STEP at most."""
        try:
            if self._unknown:
                raise _Unknown(f"{', '.join(self._unknown)} was not asked for")
            pieces: Iterable[bytes] = [chunk]
            for inflater in self._inflaters:
                pieces = inflater.pieces(pieces, final)
            for piece in pieces:
                self.size += len(piece)
                if self.size > self.limit:
                    too_large = BodyTooLargeError(self.response, self.limit)
                    self._stop(too_large, f"a body over max_body_size={self.limit} bytes decoded")
                    return
                yield piece
        except (zlib.error, _Unknown) as error:
            why = f"its Content-Encoding {', '.join(self.codings)!r} does not decode ({error})"
            self._stop(
                DecodeError(self.response, ValueError(why)),
                f"a body that could not be decoded: {why}",
            )

    def _stop(self, error: DecodeError, note: str) -> None:
        """Raise `error` for a success; for another status, cut the body, with `note` for its
        error's message."""
        if self.response.is_success:
            raise error
        self.cut = True
        self.response.extensions[BODY_NOTE] = note


class _Unknown(ValueError):
    """A Content-Encoding this layer does not decode."""


class _Inflater:
    """One gzip or deflate decoder, giving out at most STEP bytes per step."""

    def __init__(self, coding: str) -> None:
        self._zlib = zlib.decompressobj(_WBITS[coding])
        # "deflate" is meant to be zlib-wrapped, but some servers send it raw (httpx tries both).
        self._raw_deflate_next = coding == "deflate"
        self._fed = False

    def pieces(self, chunks: Iterable[bytes], final: bool) -> Iterator[bytes]:
        for chunk in chunks:
            self._fed = self._fed or bool(chunk)
            yield from self._inflate(chunk)
        if final:
            yield self._zlib.flush()
            if self._fed and not self._zlib.eof:  # httpx would hand on what came, silently
                raise zlib.error("the body ends before its compressed stream does")

    def _inflate(self, data: bytes) -> Iterator[bytes]:
        while True:
            try:
                out = self._zlib.decompress(data, STEP)
            except zlib.error:
                if not self._raw_deflate_next:
                    raise
                self._zlib = zlib.decompressobj(-zlib.MAX_WBITS)
                out = self._zlib.decompress(data, STEP)
            self._raw_deflate_next = self._raw_deflate_next and not data  # decided by the first
            data = self._zlib.unconsumed_tail
            if out:
                yield out
            if not data and len(out) < STEP:  # a full step may leave output pending
                return
