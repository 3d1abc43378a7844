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
from typing import Any

import httpx

__all__ = ["AsyncCacheLayer", "CacheLayer", "CacheSettings"]


@dataclass(frozen=True)
class CacheSettings:
    """Where the cache lives, whose it is, and how long entries last."""

    path: str | os.PathLike[str]
    identity: str = field(repr=False)
    ttl: float | None


def _extensions(request: httpx.Request, identity: str, ttl: float | None) -> dict[str, Any]:
    digest = hashlib.sha256(f"{identity}\n{request.method}\n{request.url}".encode()).hexdigest()
    return {"key": digest, "ttl": ttl}


def _cacheable(request: httpx.Request, api: httpx.URL) -> bool:
    return request.method == "GET" and request.url.netloc == api.netloc


class CacheLayer(httpx.BaseTransport):
    """GETs to the API through a hishel cache; everything else straight to `inner`."""

    def __init__(
        self,
        inner: httpx.BaseTransport,
        api: httpx.URL,
        settings: CacheSettings,
    ) -> None:
        from hishel import SqliteStorage  # lazy: an optional dependency
        from hishel.httpx import CacheTransport

        self._inner = inner
        self._api = api
        self._identity = settings.identity
        self._ttl = settings.ttl
        storage = SqliteStorage(database_path=Path(settings.path), default_ttl=settings.ttl)
        self._cached = CacheTransport(next_transport=inner, storage=storage)

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        if not _cacheable(request, self._api):
            return self._inner.handle_request(request)
        request.extensions["caching"] = _extensions(request, self._identity, self._ttl)
        return self._cached.handle_request(request)

    def close(self) -> None:
        self._cached.close()


class AsyncCacheLayer(httpx.AsyncBaseTransport):
    """The asyncio twin of `CacheLayer`."""

    def __init__(
        self,
        inner: httpx.AsyncBaseTransport,
        api: httpx.URL,
        settings: CacheSettings,
    ) -> None:
        from hishel import AsyncSqliteStorage
        from hishel.httpx import AsyncCacheTransport

        self._inner = inner
        self._api = api
        self._identity = settings.identity
        self._ttl = settings.ttl
        storage = AsyncSqliteStorage(database_path=Path(settings.path), default_ttl=settings.ttl)
        self._cached = AsyncCacheTransport(next_transport=inner, storage=storage)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        if not _cacheable(request, self._api):
            return await self._inner.handle_async_request(request)
        request.extensions["caching"] = _extensions(request, self._identity, self._ttl)
        return await self._cached.handle_async_request(request)

    async def aclose(self) -> None:
        await self._cached.aclose()
