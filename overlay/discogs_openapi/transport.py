"""The transport stack: every layer between the generated functions and the network.

Requests flow down this stack, outermost first:

    AccessTransport (refuse, unsent, what the spec rules out: credentials, arguments)
    -> CacheLayer (optional: GETs answered from hishel's cache spend nothing below)
      -> RetryTransport (429s waited out; failures retried when repeating is safe)
        -> ThrottleTransport (hold each request until the moving window has room)
          -> AuthTransport (sign a copy of the request, for the API host only)
            -> httpx.HTTPTransport (the network)

Every attempt of a retry is throttled and then signed as it is sent. `build_transport` and
`build_async_transport` are the one place the order is decided.
"""

from __future__ import annotations

import httpx

from .access import AuthMode, check_access
from .cache import AsyncCacheLayer, CacheLayer, CacheSettings
from .errors import REDIRECT_REFUSED
from .retry import AsyncRetryTransport, RetryPolicy, RetryTransport
from .throttle import AsyncThrottleTransport, Throttle, ThrottleTransport

__all__ = [
    "AccessTransport",
    "AsyncAccessTransport",
    "AsyncAuthTransport",
    "AuthTransport",
    "build_async_transport",
    "build_transport",
]


def _unsigned_copy(request: httpx.Request) -> httpx.Request:
    # Sign a copy: the caller's request (which the cache stores and redirects reuse) keeps no
    # credentials.
    return httpx.Request(
        request.method,
        request.url,
        headers=request.headers.copy(),
        stream=request.stream,
        extensions=request.extensions,
    )


def _is_api_request(request: httpx.Request, api: httpx.URL) -> bool:
    # Credentials go only to the configured API origin: never to image hosts or redirects.
    return request.url.scheme == api.scheme and request.url.netloc == api.netloc


class AccessTransport(httpx.BaseTransport):
    """Refuses, unsent, what the spec rules out (see `access.py`); first, so nothing is spent."""

    def __init__(self, inner: httpx.BaseTransport, api: httpx.URL, mode: AuthMode) -> None:
        self._inner = inner
        self._api = api
        self._mode = mode

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        if not _is_api_request(request, self._api):
            return self._inner.handle_request(request)
        check_access(request, self._mode, self._api)
        return _hold_redirect(request, self._inner.handle_request(request), self._api)

    def close(self) -> None:
        self._inner.close()


def _hold_redirect(
    request: httpx.Request, response: httpx.Response, api: httpx.URL
) -> httpx.Response:
    """Leave a write's redirect to another origin unfollowed (httpx would re-send the body)."""
    if request.method in ("GET", "HEAD") or not response.has_redirect_location:
        return response
    target = request.url.join(response.headers["location"])
    if (target.scheme, target.netloc) == (api.scheme, api.netloc):
        return response
    response.headers[REDIRECT_REFUSED] = str(target.copy_with(query=None))
    del response.headers["location"]
    return response


class AsyncAccessTransport(httpx.AsyncBaseTransport):
    """The asyncio twin of `AccessTransport`."""

    def __init__(self, inner: httpx.AsyncBaseTransport, api: httpx.URL, mode: AuthMode) -> None:
        self._inner = inner
        self._api = api
        self._mode = mode

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        if not _is_api_request(request, self._api):
            return await self._inner.handle_async_request(request)
        check_access(request, self._mode, self._api)
        response = await self._inner.handle_async_request(request)
        return _hold_redirect(request, response, self._api)

    async def aclose(self) -> None:
        await self._inner.aclose()


class AuthTransport(httpx.BaseTransport):
    """Signs each request bound for the API host with `auth`, then sends it through `inner`."""

    def __init__(
        self,
        inner: httpx.BaseTransport,
        auth: httpx.Auth | None,
        api: httpx.URL,
    ) -> None:
        self._inner = inner
        self._auth = auth
        self._api = api

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        if not _is_api_request(request, self._api):
            return self._inner.handle_request(request)
        if self._auth is None:
            return self._inner.handle_request(request)
        flow = self._auth.sync_auth_flow(_unsigned_copy(request))
        signed = next(flow)
        while True:
            response = self._inner.handle_request(signed)
            try:
                signed = flow.send(response)
            except StopIteration:
                return response
            response.close()

    def close(self) -> None:
        self._inner.close()


class AsyncAuthTransport(httpx.AsyncBaseTransport):
    """The asyncio twin of `AuthTransport`."""

    def __init__(
        self,
        inner: httpx.AsyncBaseTransport,
        auth: httpx.Auth | None,
        api: httpx.URL,
    ) -> None:
        self._inner = inner
        self._auth = auth
        self._api = api

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        if not _is_api_request(request, self._api):
            return await self._inner.handle_async_request(request)
        if self._auth is None:
            return await self._inner.handle_async_request(request)
        flow = self._auth.async_auth_flow(_unsigned_copy(request))
        signed = await flow.__anext__()
        while True:
            response = await self._inner.handle_async_request(signed)
            try:
                signed = await flow.asend(response)
            except StopAsyncIteration:
                return response
            await response.aclose()

    async def aclose(self) -> None:
        await self._inner.aclose()


def build_transport(
    api: httpx.URL,
    *,
    auth: httpx.Auth | None,
    mode: AuthMode,
    retry: RetryPolicy,
    throttle: Throttle | None = None,
    cache: CacheSettings | None = None,
    network: httpx.BaseTransport | None = None,
) -> httpx.BaseTransport:
    """The sync stack, on top of `network` (a plain `httpx.HTTPTransport` by default)."""
    layer: httpx.BaseTransport = AuthTransport(network or httpx.HTTPTransport(), auth, api)
    if throttle is not None:
        layer = ThrottleTransport(layer, throttle, api)
    layer = RetryTransport(layer, retry)
    if cache is not None:
        layer = CacheLayer(layer, api, cache)
    return AccessTransport(layer, api, mode)


def build_async_transport(
    api: httpx.URL,
    *,
    auth: httpx.Auth | None,
    mode: AuthMode,
    retry: RetryPolicy,
    throttle: Throttle | None = None,
    cache: CacheSettings | None = None,
    network: httpx.AsyncBaseTransport | None = None,
) -> httpx.AsyncBaseTransport:
    """The asyncio stack, on top of `network` (a plain `httpx.AsyncHTTPTransport` by default)."""
    layer: httpx.AsyncBaseTransport = AsyncAuthTransport(
        network or httpx.AsyncHTTPTransport(), auth, api
    )
    if throttle is not None:
        layer = AsyncThrottleTransport(layer, throttle, api)
    layer = AsyncRetryTransport(layer, retry)
    if cache is not None:
        layer = AsyncCacheLayer(layer, api, cache)
    return AsyncAccessTransport(layer, api, mode)
