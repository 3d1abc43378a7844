"""`Discogs` and `AsyncDiscogs`: configured clients that every generated operation accepts.

Both subclass the generated `AuthenticatedClient`, so `get_release.sync(release_id=1, client=d)`
type-checks; they replace its httpx client with one built on the project's transport stack and
a hook that turns every non-2xx answer into a typed error.
"""

from __future__ import annotations

import ipaddress
import os
from typing import Any, Literal, Self, get_args

import httpx

from discogs_api_client.client import AuthenticatedClient

from .auth import DiscogsTokenAuth
from .errors import ConfigurationError, raise_for_status, raise_for_status_async
from .transport import build_async_transport, build_transport

__all__ = ["DEFAULT_BASE_URL", "AsyncDiscogs", "Discogs", "OutputFormat"]

DEFAULT_BASE_URL = "https://api.discogs.com"
DEFAULT_TIMEOUT = httpx.Timeout(30.0, connect=10.0)

OutputFormat = Literal["discogs", "html", "plaintext"]

# User-Agent prefixes of HTTP libraries and tools: Discogs asks each application to name itself.
_STOCK_AGENTS = (
    "python-httpx",
    "python-requests",
    "python-urllib",
    "aiohttp",
    "curl/",
    "wget/",
    "mozilla/",
    "okhttp",
    "go-http-client",
    "java/",
    "postmanruntime",
)


def _check_user_agent(user_agent: object) -> str:
    agent = user_agent.strip() if isinstance(user_agent, str) else ""
    example = "'MyDiscogsApp/1.0 +https://example.com'"
    if not agent:
        raise ConfigurationError(
            "user_agent is required: Discogs answers requests without an identifying User-Agent "
            f"with an empty body. Pass a unique one such as {example}."
        )
    if any(char in agent for char in "\r\n\x00"):
        raise ConfigurationError("user_agent must be a single line of text.")
    if agent.lower().startswith(_STOCK_AGENTS):
        raise ConfigurationError(
            f"user_agent {agent!r} is a stock library string; Discogs asks every application to "
            f"identify itself uniquely, for example {example}."
        )
    return agent


def _check_base_url(base_url: str, has_credentials: bool) -> httpx.URL:
    try:
        url = httpx.URL(base_url)
    except (httpx.InvalidURL, TypeError) as exc:
        raise ConfigurationError(f"base_url {base_url!r} is not a URL: {exc}") from None
    if url.scheme not in ("http", "https") or not url.host:
        raise ConfigurationError(
            f"base_url must be an http(s) URL with a host, such as {DEFAULT_BASE_URL!r}; "
            f"got {base_url!r}."
        )
    if url.scheme == "http" and has_credentials and not _is_loopback(url.host):
        raise ConfigurationError(
            "credentials may only be sent over https (Discogs Auth requires it); plain http is "
            f"allowed for loopback test servers only, not {url.host!r}."
        )
    return url


def _is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def _accept_header(output_format: str) -> str:
    if output_format not in get_args(OutputFormat):
        choices = ", ".join(repr(name) for name in get_args(OutputFormat))
        raise ConfigurationError(f"output_format must be one of {choices}; got {output_format!r}.")
    return f"application/vnd.discogs.v2.{output_format}+json"


class _DiscogsBase(AuthenticatedClient):
    """Settings and validation shared by the sync and asyncio clients."""

    def __init__(
        self,
        user_agent: str,
        *,
        token: str | None = None,
        base_url: str = DEFAULT_BASE_URL,
        timeout: float | httpx.Timeout = DEFAULT_TIMEOUT,
        output_format: OutputFormat = "discogs",
    ) -> None:
        agent = _check_user_agent(user_agent)
        if token is not None and not (isinstance(token, str) and token.strip()):
            raise ConfigurationError("token must be a non-empty string, or None for no token.")
        api = _check_base_url(base_url, has_credentials=token is not None)
        headers = {"User-Agent": agent, "Accept": _accept_header(output_format)}
        timeout = timeout if isinstance(timeout, httpx.Timeout) else httpx.Timeout(timeout)
        # The generated client's own token header is unused: auth is a layer of the transport.
        super().__init__(base_url=str(api), token="", prefix="", headers=headers, timeout=timeout)
        self._api = api
        self._auth: httpx.Auth | None = DiscogsTokenAuth(token) if token is not None else None
        self._description = f"user_agent={agent!r}, base_url={str(api)!r}, auth={self.auth_mode!r}"

    @property
    def auth_mode(self) -> str:
        """Which credentials this client sends: `"none"` or `"token"`."""
        return "none" if self._auth is None else "token"

    @classmethod
    def from_env(cls, **overrides: Any) -> Self:
        """A client configured from `DISCOGS_USER_AGENT`, `DISCOGS_TOKEN` and `DISCOGS_BASE_URL`.

        Keyword arguments override what the environment says.
        """
        settings: dict[str, Any] = {}
        if token := os.environ.get("DISCOGS_TOKEN"):
            settings["token"] = token
        if base_url := os.environ.get("DISCOGS_BASE_URL"):
            settings["base_url"] = base_url
        settings.update(overrides)
        user_agent = settings.pop("user_agent", os.environ.get("DISCOGS_USER_AGENT", ""))
        if not user_agent:
            raise ConfigurationError(
                "DISCOGS_USER_AGENT is not set: export a unique User-Agent for your application, "
                "such as 'MyDiscogsApp/1.0 +https://example.com', or pass user_agent=."
            )
        return cls(user_agent, **settings)

    def _httpx_settings(self) -> dict[str, Any]:
        return {
            "base_url": self._base_url,
            "headers": self._headers,
            "timeout": self._timeout,
            # Redirects are not followed: a redirect could lead credentials to another host.
            "follow_redirects": False,
        }

    def with_headers(self, headers: dict[str, str]) -> Self:
        raise TypeError(f"{type(self).__name__} is configured at construction; create a new one.")

    def with_cookies(self, cookies: dict[str, str]) -> Self:
        raise TypeError(f"{type(self).__name__} is configured at construction; create a new one.")

    def with_timeout(self, timeout: httpx.Timeout) -> Self:
        raise TypeError(f"{type(self).__name__} is configured at construction; create a new one.")

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self._description})"

    __str__ = __repr__


class Discogs(_DiscogsBase):
    """A synchronous Discogs client; use it as `client=` with the generated `sync` functions.

    `transport` replaces the network layer at the bottom of the stack (for tests and proxies).
    """

    def __init__(
        self,
        user_agent: str,
        *,
        token: str | None = None,
        base_url: str = DEFAULT_BASE_URL,
        timeout: float | httpx.Timeout = DEFAULT_TIMEOUT,
        output_format: OutputFormat = "discogs",
        transport: httpx.BaseTransport | None = None,
    ) -> None:
        super().__init__(
            user_agent, token=token, base_url=base_url, timeout=timeout, output_format=output_format
        )
        self.set_httpx_client(
            httpx.Client(
                **self._httpx_settings(),
                transport=build_transport(self._api, self._auth, transport),
                event_hooks={"response": [raise_for_status]},
            )
        )

    def get_async_httpx_client(self) -> httpx.AsyncClient:
        raise TypeError("Discogs is synchronous: use AsyncDiscogs with the asyncio functions.")

    def close(self) -> None:
        """Close the connections."""
        self.get_httpx_client().close()


class AsyncDiscogs(_DiscogsBase):
    """An asyncio Discogs client; use it as `client=` with the generated `asyncio` functions."""

    def __init__(
        self,
        user_agent: str,
        *,
        token: str | None = None,
        base_url: str = DEFAULT_BASE_URL,
        timeout: float | httpx.Timeout = DEFAULT_TIMEOUT,
        output_format: OutputFormat = "discogs",
        transport: httpx.AsyncBaseTransport | None = None,
    ) -> None:
        super().__init__(
            user_agent, token=token, base_url=base_url, timeout=timeout, output_format=output_format
        )
        self.set_async_httpx_client(
            httpx.AsyncClient(
                **self._httpx_settings(),
                transport=build_async_transport(self._api, self._auth, transport),
                event_hooks={"response": [raise_for_status_async]},
            )
        )

    def get_httpx_client(self) -> httpx.Client:
        raise TypeError("AsyncDiscogs is for asyncio: use Discogs with the sync functions.")

    async def aclose(self) -> None:
        """Close the connections."""
        await self.get_async_httpx_client().aclose()
