"""The transport stack: every layer between the generated functions and the network.

Requests flow down this stack, outermost first:

    ErrorLayer (an answer other than 2xx, or an httpx error, raises its typed error; the
    call's deadline starts)
    AccessLayer (refuse, unsent, what the spec rules out: credentials, arguments)
    -> RedirectLayer (follow redirects, a bounded number; a write's body never elsewhere)
      -> CacheLayer (optional: GETs answered from hishel's cache spend nothing below)
        -> RetryLayer (429s waited out; failures retried when repeating is safe)
          -> BodyLayer (bodies read whole decoded and capped at max_body_size as they come)
            -> ThrottleLayer (hold each request until the moving window has room)
              -> AuthLayer (sign a copy of the request)
                -> httpx.HTTPTransport or httpx.AsyncHTTPTransport (the network)

Every attempt of a retry is throttled and then signed as it is sent, and so is every hop of a
redirect; the body a retry reads is already capped. Each layer is written once
(`layer.py`) and serves the sync and the asyncio client alike, so `build` is the one place the
order is decided, for both; only the network at the bottom differs.
"""

from __future__ import annotations

import httpx

from .access import AccessLayer, AuthMode
from .auth import AuthLayer
from .body import BodyLayer, max_body_size
from .cache import CacheLayer, CacheSettings
from .deadline import CallDeadline
from .errors import ErrorLayer
from .layer import Layer, Origin
from .redirect import RedirectLayer
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
    body_limit: object = None,
) -> Layer:
    """The stack over `network`, from the inside out; layers that are off are left out.

    `body_limit` is the `max_body_size` setting (None for the default), checked here.
    """
    origin = Origin(api)
    layer: httpx.BaseTransport | httpx.AsyncBaseTransport = network
    if auth is not None:
        layer = AuthLayer(layer, origin, auth)
    if throttle is not None:
        layer = ThrottleLayer(layer, origin, throttle)
    layer = RetryLayer(BodyLayer(layer, max_body_size(body_limit)), retry)
    if cache is not None:
        layer = CacheLayer(layer, origin, cache)
    call_deadline = None if deadline is None else CallDeadline(deadline)
    return ErrorLayer(AccessLayer(RedirectLayer(layer, origin), origin, mode), call_deadline)
