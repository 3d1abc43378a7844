"""Authentication strategies, each an `httpx.Auth` that signs one request.

The transport stack applies them per attempt (see `transport.py`), so a retried request is
signed afresh. Secrets are kept out of every `repr`.
"""

from __future__ import annotations

from collections.abc import Generator

import httpx

__all__ = ["DiscogsKeySecretAuth", "DiscogsTokenAuth"]


class DiscogsTokenAuth(httpx.Auth):
    """Discogs personal access token: `Authorization: Discogs token=…`."""

    def __init__(self, token: str) -> None:
        self._header = f"Discogs token={token}"

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        request.headers["Authorization"] = self._header
        yield request

    def __repr__(self) -> str:
        return "DiscogsTokenAuth(token=***)"


class DiscogsKeySecretAuth(httpx.Auth):
    """An application's consumer key and secret: `Authorization: Discogs key=…, secret=…`."""

    def __init__(self, consumer_key: str, consumer_secret: str) -> None:
        self._header = f"Discogs key={consumer_key}, secret={consumer_secret}"

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        request.headers["Authorization"] = self._header
        yield request

    def __repr__(self) -> str:
        return "DiscogsKeySecretAuth(consumer_key=***, consumer_secret=***)"
