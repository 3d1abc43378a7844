"""An optional HTTP cache for GET requests to the API, on hishel (`discogs-openapi[cache]`).

It sits on top of the stack, so a cached answer spends no rate-limit budget and no retry. An
entry's key is a hash of an unambiguous encoding (JSON) of all that can change the answer: whose
it is (the credentials' identity, itself a hash, never the secret), the method, the URL and the
headers that pick the representation (`Accept`, `Accept-Language`). Only successful GETs to the
API host are stored, for `ttl` seconds, in the SQLite file named: never anywhere else.
"""

from __future__ import annotations

import hashlib
import json
import os
from typing import TYPE_CHECKING, Any, cast

import httpx

from .flow import Flow, Transport, send
from .layer import Layer, Origin

if TYPE_CHECKING:
    import sqlite3

__all__ = ["CacheLayer", "CacheSettings", "identity_of"]

# Request headers that select which representation of a resource the API answers with.
_SELECTING = ("accept", "accept-language")


def _digest(parts: list[str | float | None]) -> str:
    # JSON keeps the parts apart whatever they hold: no separator can be forged.
    return hashlib.sha256(json.dumps(parts).encode()).hexdigest()


def identity_of(*parts: str | None) -> str:
    """A hash naming whose answers these are: the auth mode and every credential value."""
    return _digest(["identity", *parts])


class CacheSettings:
    """Where the cache lives, whose it is, and how long entries last."""

    __slots__ = ("identity", "path", "ttl")

    # Not a dataclass: see layer.Origin. (The default repr shows none of it, the identity too.)
    def __init__(self, path: str | os.PathLike[str], identity: str, ttl: float | None) -> None:
        self.path = path
        self.identity = identity
        self.ttl = ttl


def _extensions(request: httpx.Request, identity: str, ttl: float | None) -> dict[str, Any]:
    selecting = [request.headers.get(name) for name in _SELECTING]
    key = _digest([identity, request.method, str(request.url), *selecting])
    return {"key": key, "ttl": ttl}


class CacheLayer(Layer):
    """GETs to the API through hishel's cache, which wraps `inner`; everything else to `inner`."""

    def __init__(
        self,
        inner: Transport,
        origin: Origin,
        settings: CacheSettings,
    ) -> None:
        super().__init__(inner, origin)
        self.settings = settings
        self._cached = _Cached(inner, settings)

    def flow(self, request: httpx.Request) -> Flow[httpx.Response]:
        if request.method != "GET":
            return (yield from send(request, self.inner))
        request.extensions["caching"] = _extensions(
            request, self.settings.identity, self.settings.ttl
        )
        return (yield from send(request, self._cached))

    def close(self) -> None:
        self._cached.close()

    async def aclose(self) -> None:
        await self._cached.aclose()


class _Cached(httpx.BaseTransport, httpx.AsyncBaseTransport):
    """hishel's cache over `inner`: its sync or its asyncio transport, whichever is asked for."""

    def __init__(self, inner: Transport, settings: CacheSettings) -> None:
        self._inner = inner
        self._settings = settings
        self._made: dict[str, Any] = {}

    def _connect(self) -> sqlite3.Connection:
        # Opened here, not by hishel: given a path, hishel creates missing folders, writes a
        # .gitignore into the folder, and moves a bare file name under .cache/hishel/.
        import sqlite3  # with a cache only: not loaded with the client

        path = os.fspath(self._settings.path)
        return sqlite3.connect(path, check_same_thread=False, isolation_level=None)

    def _hishel(self, transport: str) -> Any:
        if transport not in self._made:
            import hishel  # lazy: an optional dependency
            import hishel.httpx

            store: Any
            if transport == "CacheTransport":
                store = hishel.SqliteStorage(
                    connection=self._connect(), default_ttl=self._settings.ttl
                )
            else:
                import anysqlite  # hishel's asyncio SQLite, installed with it

                store = hishel.AsyncSqliteStorage(
                    connection=anysqlite.Connection(self._connect()),
                    default_ttl=self._settings.ttl,
                )
            made = getattr(hishel.httpx, transport)(next_transport=self._inner, storage=store)
            self._made[transport] = made
        return self._made[transport]

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        cached = self._hishel("CacheTransport")
        return cast(httpx.Response, cached.handle_request(request))

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        cached = self._hishel("AsyncCacheTransport")
        return cast(httpx.Response, await cached.handle_async_request(request))

    def close(self) -> None:
        # hishel closes its storage and the transport it wraps, which is `inner`.
        self._made.get("CacheTransport", self._inner).close()

    async def aclose(self) -> None:
        await self._made.get("AsyncCacheTransport", self._inner).aclose()
