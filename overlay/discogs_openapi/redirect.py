"""Redirects, followed by the stack itself: a bounded number, and a write's body never elsewhere.

The httpx clients do not follow redirects (`follow_redirects=False`); this layer does, below the
argument checks (the server chose the new URL, not the caller), so each hop passes the cache,
the retries, the throttle and, for the API's origin alone, the credentials. Its rules:

- a read (GET, HEAD) follows at most `MAX_READ_REDIRECTS` redirects, a write (any other method)
  `MAX_WRITE_REDIRECTS`: a 307 loop sends a write's body twice at most. A longer chain ends in
  `TooManyRedirectsError`, carrying the last redirect;
- a write redirected to another origin is not followed (`RedirectRefusedError`): its body never
  goes to a third party;
- 303, 302 (but after HEAD) and 301 after a POST become a GET without the body, as httpx does;
- an `Authorization` header a caller set goes to the API's origin only;
- a `Location` that is not an http(s) URL ends in `RedirectError`.
"""

from __future__ import annotations

import httpx

from .errors import REDIRECT_STOP, RedirectError, RedirectRefusedError, TooManyRedirectsError
from .flow import Discard, Flow, Transport, send
from .layer import Layer, Origin

__all__ = ["MAX_READ_REDIRECTS", "MAX_WRITE_REDIRECTS", "RedirectLayer"]

MAX_READ_REDIRECTS = 5
MAX_WRITE_REDIRECTS = 1
_READS = frozenset({"GET", "HEAD"})
Stop = tuple[type[RedirectError], str]


class RedirectLayer(Layer):
    """Follows redirects through `inner` under the rules above; `api` is the API's origin."""

    def __init__(self, inner: Transport, api: Origin) -> None:
        super().__init__(inner)  # every request's redirects, whatever its origin
        self.api = api

    def flow(self, request: httpx.Request) -> Flow[httpx.Response]:
        first, followed = request.method, 0
        while True:
            response = yield from send(request, self.inner)
            if not response.has_redirect_location:
                return response
            location = response.headers["location"]
            target = _target(request.url, location)
            stop = self._stop(request, first, location, target, followed)
            if stop is not None or target is None:
                # The error layer above raises it, once it has read the body.
                response.extensions[REDIRECT_STOP] = stop
                return response
            hop = self._hop(request, response.status_code, target)
            yield Discard(response)
            request, followed = hop, followed + 1

    def _stop(
        self,
        request: httpx.Request,
        first: str,
        location: str,
        target: httpx.URL | None,
        followed: int,
    ) -> Stop | None:
        """Why this redirect is not followed, or None to follow it (`first`: the first method)."""
        if target is None:
            shown = location.split("?")[0][:200]  # a query could hold anything: not shown
            return RedirectError, f"a redirect to {shown!r}, which is not an http(s) URL."
        if request.method not in _READS and not self.api.owns(target):
            return RedirectRefusedError, (
                f"a redirect to {target.copy_with(query=None)}; a {request.method} is not "
                "re-sent to another host, so nothing was sent there."
            )
        allowed = MAX_READ_REDIRECTS if first in _READS else MAX_WRITE_REDIRECTS
        if followed >= allowed:
            return TooManyRedirectsError, (
                f"still a redirect after {followed} followed; a {first} follows at most "
                f"{allowed}, so the server is likely redirecting in a loop."
            )
        return None

    def _hop(self, request: httpx.Request, status: int, target: httpx.URL) -> httpx.Request:
        """The request that follows a redirect to `target` (httpx's rules, credentials aside)."""
        method = request.method
        if (status in (302, 303) and method != "HEAD") or (status == 301 and method == "POST"):
            method = "GET"
        headers = request.headers.copy()
        headers.pop("Cookie", None)
        if not self.api.owns(target):
            headers.pop("Authorization", None)
        if target.netloc != request.url.netloc:
            headers["Host"] = target.netloc.decode("ascii")
        stream: httpx.SyncByteStream | httpx.AsyncByteStream | None = request.stream
        if method != request.method:
            headers.pop("Content-Length", None)
            headers.pop("Transfer-Encoding", None)
            stream = None  # an empty body
        return httpx.Request(
            method, target, headers=headers, stream=stream, extensions=request.extensions
        )


def _target(url: httpx.URL, location: str) -> httpx.URL | None:
    """Where `location` points from `url`, or None if it is not an http(s) URL."""
    try:
        target = httpx.URL(location)
        if target.scheme and not target.host:  # "https:/path": httpx reads it as this host
            target = target.copy_with(host=url.host)
        if target.is_relative_url:
            target = url.join(target)
    except httpx.InvalidURL:
        return None
    return target if target.scheme in ("http", "https") and target.host else None
