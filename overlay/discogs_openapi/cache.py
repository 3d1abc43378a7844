"""An optional HTTP cache for GET requests to the API, on hishel (`discogs-openapi[cache]`).

It sits on top of the stack, so a cached answer spends no rate-limit budget and no retry. Entries
are keyed by the credentials' identity (a hash, never the secret), the method and the URL: two
users never share an entry. Only successful GETs to the API host are stored, for `ttl` seconds.
"""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, cast

import httpx

from .flow import Flow, Transport, send
from .layer import Layer, Origin

__all__ = ["CacheLayer", "CacheSettings"]


@dataclass(frozen=True)
class CacheSettings:
    """Where the cache lives, whose it is, and how long entries last."""

    path: str | os.PathLike[str]
    identity: str = field(repr=False)
    ttl: float | None


def _extensions(request: httpx.Request, identity: str, ttl: float | None) -> dict[str, Any]:
    digest = hashlib.sha256(f"{identity}\n{request.method}\n{request.url}".encode()).hexdigest()
    return {"key": digest, "ttl": ttl}


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

    def _hishel(self, transport: str, storage: str) -> Any:
        if transport not in self._made:
            import hishel  # lazy: an optional dependency
            import hishel.httpx

            store = getattr(hishel, storage)(
                database_path=Path(self._settings.path), default_ttl=self._settings.ttl
            )
            made = getattr(hishel.httpx, transport)(next_transport=self._inner, storage=store)
            self._made[transport] = made
        return self._made[transport]

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        cached = self._hishel("CacheTransport", "SqliteStorage")
        return cast(httpx.Response, cached.handle_request(request))

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        cached = self._hishel("AsyncCacheTransport", "AsyncSqliteStorage")
        return cast(httpx.Response, await cached.handle_async_request(request))

    def close(self) -> None:
        # hishel closes its storage and the transport it wraps, which is `inner`.
        self._made.get("CacheTransport", self._inner).close()

    async def aclose(self) -> None:
        await self._made.get("AsyncCacheTransport", self._inner).aclose()
