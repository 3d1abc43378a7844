"""The transport stack: every layer between the generated functions and the network.

Requests flow down this stack, outermost first:

    ErrorLayer (an answer other than 2xx raises its typed error; the call's deadline starts)
    AccessLayer (refuse, unsent, what the spec rules out: credentials, arguments)
    -> CacheLayer (optional: GETs answered from hishel's cache spend nothing below)
      -> RetryLayer (429s waited out; failures retried when repeating is safe)
        -> ThrottleLayer (hold each request until the moving window has room)
          -> AuthLayer (sign a copy of the request)
            -> httpx.HTTPTransport or httpx.AsyncHTTPTransport (the network)

Every attempt of a retry is throttled and then signed as it is sent. Each layer is written once
(`layer.py`) and serves the sync and the asyncio client alike, so `build` is the one place the
order is decided, for both; only the network at the bottom differs.
"""

from __future__ import annotations

import httpx

from .access import AccessLayer, AuthMode
from .auth import AuthLayer
from .cache import CacheLayer, CacheSettings
from .deadline import CallDeadline
from .errors import ErrorLayer
from .layer import Layer, Origin
from .retry import RetryLayer, RetryPolicy
from .throttle import Throttle, ThrottleLayer

__all__ = ["build"]


def build(
    network: httpx.BaseTransport | httpx.AsyncBaseTransport,
    api: httpx.URL,
    *,
    auth: httpx.Auth | None,
    mode: AuthMode,
    retry: RetryPolicy,
    throttle: Throttle | None = None,
    cache: CacheSettings | None = None,
    deadline: float | None = None,
) -> Layer:
    """The stack over `network`, from the inside out; layers that are off are left out."""
    origin = Origin(api)
    layer: httpx.BaseTransport | httpx.AsyncBaseTransport = network
    if auth is not None:
        layer = AuthLayer(layer, origin, auth)
    if throttle is not None:
        layer = ThrottleLayer(layer, origin, throttle)
    layer = RetryLayer(layer, retry)
    if cache is not None:
        layer = CacheLayer(layer, origin, cache)
    call_deadline = None if deadline is None else CallDeadline(deadline)
    return ErrorLayer(AccessLayer(layer, origin, mode), call_deadline)
