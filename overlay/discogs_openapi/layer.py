"""A layer of the transport stack, written once as a flow and usable by both httpx clients.

Each layer is an httpx transport, sync and asyncio at once: `flow` says what to do with one
request (see `flow.py`) and the two `handle_*` methods run it. Layers that are given the API's
`Origin` act on requests to the API alone (credentials, budget, cache, argument checks); every
other request (an image, a redirect to another host) passes them untouched.
"""

from __future__ import annotations

import functools
from typing import cast

import httpx

from .flow import Flow, Transport, Woven, run, run_async, send

__all__ = ["Layer", "Origin"]

_DEFAULT_PORTS = {"http": 80, "https": 443}


class Origin:
    """The API's scheme, host and port: the one test of "is this request for the API?"."""

    # A plain class, as are the stack's other internal records: a dataclass is built at import
    # (about a millisecond each), which the import-time budget (issue 16) has no room for.
    def __init__(self, url: httpx.URL) -> None:
        self.url = url
        # Worked out once: every layer asks for every request.
        self._own = _origin(url)

    def owns(self, url: httpx.URL) -> bool:
        return _origin(url) == self._own

    @property
    def prefix(self) -> str:
        """The base URL's path, which the API's paths follow (empty for the live API)."""
        return self.url.path.rstrip("/")

    @functools.cached_property
    def raw_prefix(self) -> str:
        """The base URL's path as sent (percent-encoded), without a trailing `/`."""
        return self.url.raw_path.partition(b"?")[0].decode("ascii", "replace").rstrip("/")


def _origin(url: httpx.URL) -> tuple[str, str, int | None]:
    return url.scheme, url.host, url.port or _DEFAULT_PORTS.get(url.scheme)


class Layer(Woven, httpx.BaseTransport, httpx.AsyncBaseTransport):
    """One layer over `inner`: subclasses write `flow`, passing requests on with `send`.

    Under another layer it runs through `route`, inside that layer's flow: its `handle_*`
    methods serve only the outermost layer (or a transport that is no layer, such as hishel's).
    """

    def __init__(self, inner: Transport, origin: Origin | None = None) -> None:
        self.inner = inner
        self.origin = origin

    def flow(self, request: httpx.Request) -> Flow[httpx.Response]:
        raise NotImplementedError

    def route(self, request: httpx.Request) -> Flow[httpx.Response]:
        if self.origin is None or self.origin.owns(request.url):
            return self.flow(request)
        return self.passed(request)

    def passed(self, request: httpx.Request) -> Flow[httpx.Response]:
        """The request, sent on to `inner` untouched."""
        return (yield from send(request, self.inner))

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        return run(self.route(request))

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        return await run_async(self.route(request))

    def close(self) -> None:
        cast(httpx.BaseTransport, self.inner).close()

    async def aclose(self) -> None:
        await cast(httpx.AsyncBaseTransport, self.inner).aclose()
