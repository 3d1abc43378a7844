"""`Discogs` and `AsyncDiscogs`: configured clients that every generated operation accepts.

Both subclass the generated `AuthenticatedClient`, so `get_release.sync(release_id=1, client=d)`
type-checks; they replace its httpx client with one built on the project's transport stack and
a hook that turns every non-2xx answer into a typed error.
"""

from __future__ import annotations

import hashlib
import ipaddress
import os
from collections.abc import AsyncIterator, Iterator
from types import ModuleType
from typing import Any, Generic, Literal, Self, TypedDict, TypeVar, Unpack, get_args

import httpx

from discogs_api_client.client import AuthenticatedClient

from .access import AuthMode
from .auth import (
    SIGNATURE_METHODS,
    DiscogsKeySecretAuth,
    DiscogsTokenAuth,
    OAuth1Auth,
    SignatureMethod,
)
from .cache import CacheSettings
from .errors import ConfigurationError
from .logs import install as install_log_filters
from .retry import BUFFERED, RetryPolicy
from .throttle import RateLimitView, Throttle
from .transport import build

__all__ = ["DEFAULT_BASE_URL", "AsyncDiscogs", "Discogs", "OutputFormat", "Settings"]

DEFAULT_BASE_URL = "https://api.discogs.com"
DEFAULT_TIMEOUT = httpx.Timeout(30.0, connect=10.0)
DEFAULT_RATE_LIMIT_WINDOW = 60.0  # seconds: Discogs' moving window

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


def default_base_url() -> str:
    """`DISCOGS_BASE_URL` when set (a proxy, a test server), else the live API."""
    return os.environ.get("DISCOGS_BASE_URL") or DEFAULT_BASE_URL


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


_ENVIRONMENT = {
    "token": "DISCOGS_TOKEN",
    "consumer_key": "DISCOGS_CONSUMER_KEY",
    "consumer_secret": "DISCOGS_CONSUMER_SECRET",
    "oauth_token": "DISCOGS_OAUTH_TOKEN",
    "oauth_token_secret": "DISCOGS_OAUTH_TOKEN_SECRET",
    "base_url": "DISCOGS_BASE_URL",
}


class Settings(TypedDict, total=False):
    """The keyword arguments `Discogs` and `AsyncDiscogs` share.

    Credentials, at most one kind: `token`; `consumer_key` + `consumer_secret`; or those two plus
    `oauth_token` + `oauth_token_secret` for OAuth 1.0a, signed with `signature_method`. `auth`
    takes any other `httpx.Auth` instead (it is not checked against the spec).

    Throttling is on by default: `rate_limit` requests (60 with credentials, 25 without) per
    `rate_limit_window` seconds (60), adjusted from the API's headers; `rate_limit_path` (a SQLite
    file) or `rate_limit_url` (`redis://…`) shares the budget with other processes or hosts.

    `base_url` defaults to `DISCOGS_BASE_URL` when set (a proxy, a test server), else the API.

    `cache_path` turns on the GET cache (`discogs-openapi[cache]`) in that SQLite file, entries
    kept `cache_ttl` seconds (default 600).

    `max_body_size` (bytes, default 64 MiB) caps an answer's body once decoded, for every answer
    read whole: a larger one (a gzip bomb) raises `BodyTooLargeError` as soon as it passes the
    limit. Streamed export downloads go to disk a chunk at a time and are not capped.
    """

    token: str | None
    consumer_key: str | None
    consumer_secret: str | None
    oauth_token: str | None
    oauth_token_secret: str | None
    signature_method: SignatureMethod
    auth: httpx.Auth | None
    base_url: str
    timeout: float | httpx.Timeout
    output_format: OutputFormat
    retry: RetryPolicy
    throttle: bool
    rate_limit: int
    rate_limit_window: float
    rate_limit_path: str | None
    rate_limit_url: str | None
    cache_path: str | os.PathLike[str] | None
    cache_ttl: float | None
    max_body_size: int


_CREDENTIALS = ("token", "consumer_key", "consumer_secret", "oauth_token", "oauth_token_secret")


def _credentials(settings: Settings) -> tuple[httpx.Auth | None, AuthMode]:
    """The auth the settings ask for and its mode; `ConfigurationError` for a muddled mix."""
    values: dict[str, str | None] = {}
    for name in _CREDENTIALS:
        value: object = settings.get(name)
        if value is not None and not (isinstance(value, str) and value.strip()):
            raise ConfigurationError(f"{name} must be a non-empty string, or None to leave it out.")
        values[name] = value if isinstance(value, str) else None
    given = {name for name, value in values.items() if value is not None}
    method = settings.get("signature_method", "PLAINTEXT")
    if method not in SIGNATURE_METHODS:
        raise ConfigurationError(
            f"signature_method must be one of {', '.join(SIGNATURE_METHODS)}; got {method!r}."
        )
    custom = settings.get("auth")
    if custom is not None:
        if given:
            raise ConfigurationError("pass either auth= or credential arguments, not both.")
        return custom, "custom"
    oauth = {"oauth_token", "oauth_token_secret"}
    pair = {"consumer_key", "consumer_secret"}
    if "token" in given and len(given) > 1:
        raise ConfigurationError(
            "token= cannot be combined with consumer or OAuth values: pass a personal token, or "
            "a consumer key and secret (with OAuth tokens to act for a user), not both."
        )
    if given & pair and not pair <= given:
        raise ConfigurationError("consumer_key and consumer_secret go together: pass both.")
    if given & oauth and not (oauth <= given and pair <= given):
        raise ConfigurationError(
            "OAuth needs all four values: consumer_key, consumer_secret, oauth_token and "
            "oauth_token_secret."
        )
    if method != "PLAINTEXT" and not oauth <= given:
        raise ConfigurationError("signature_method applies to OAuth credentials only.")
    token, key, secret = values["token"], values["consumer_key"], values["consumer_secret"]
    if token is not None:
        return DiscogsTokenAuth(token), "token"
    if key is None or secret is None:
        return None, "none"
    if oauth <= given:
        return (
            OAuth1Auth(
                key,
                secret,
                values["oauth_token"],
                values["oauth_token_secret"],
                signature_method=method,
            ),
            "oauth",
        )
    return DiscogsKeySecretAuth(key, secret), "key_secret"


def _throttle(settings: Settings, *, has_credentials: bool) -> Throttle | None:
    """The throttle the settings ask for (on unless `throttle=False`)."""
    if not settings.get("throttle", True):
        return None
    limit = settings.get("rate_limit", 60 if has_credentials else 25)
    window = settings.get("rate_limit_window", DEFAULT_RATE_LIMIT_WINDOW)
    path, url = settings.get("rate_limit_path"), settings.get("rate_limit_url")
    try:
        return Throttle(limit, window, path=path, url=url)
    except (TypeError, ValueError) as error:
        raise ConfigurationError(f"rate limit settings: {error}") from None


def _identity(mode: AuthMode, settings: Settings, auth: httpx.Auth | None) -> str:
    """Whose answers these are, as a hash: cache entries are never shared between credentials."""
    if mode == "custom":
        return f"custom-{id(auth)}"
    values = [str(settings.get(name) or "") for name in _CREDENTIALS]
    return hashlib.sha256("\n".join([mode, *values]).encode()).hexdigest()


def _cache(settings: Settings, identity: str) -> CacheSettings | None:
    path = settings.get("cache_path")
    if path is None:
        return None
    try:
        import hishel  # noqa: F401  (checked here so the error names the extra)
    except ImportError:
        raise ConfigurationError(
            "cache_path needs hishel: pip install 'discogs-openapi[cache]'."
        ) from None
    ttl = settings.get("cache_ttl", 600.0)
    if ttl is not None and ttl <= 0:
        raise ConfigurationError("cache_ttl must be seconds > 0, or None to keep entries.")
    return CacheSettings(path, identity, ttl)


def _accept_header(output_format: str) -> str:
    if output_format not in get_args(OutputFormat):
        choices = ", ".join(repr(name) for name in get_args(OutputFormat))
        raise ConfigurationError(f"output_format must be one of {choices}; got {output_format!r}.")
    return f"application/vnd.discogs.v2.{output_format}+json"


Network = TypeVar("Network", httpx.BaseTransport, httpx.AsyncBaseTransport)


class _DiscogsBase(AuthenticatedClient, Generic[Network]):
    """Settings, validation and the transport stack, shared by the sync and asyncio clients."""

    def __init__(
        self, user_agent: str, *, transport: Network | None = None, **settings: Unpack[Settings]
    ) -> None:
        install_log_filters()
        agent = _check_user_agent(user_agent)
        auth, mode = _credentials(settings)
        base_url = settings.get("base_url") or default_base_url()
        api = _check_base_url(base_url, has_credentials=auth is not None)
        output_format = settings.get("output_format", "discogs")
        headers = {"User-Agent": agent, "Accept": _accept_header(output_format)}
        timeout = settings.get("timeout", DEFAULT_TIMEOUT)
        timeout = timeout if isinstance(timeout, httpx.Timeout) else httpx.Timeout(timeout)
        # The generated client's own token header is unused: auth is a layer of the transport.
        super().__init__(base_url=str(api), token="", prefix="", headers=headers, timeout=timeout)
        self._api = api
        self._auth = auth
        self._mode: AuthMode = mode
        self._retry = settings.get("retry", RetryPolicy())
        if not isinstance(self._retry, RetryPolicy):
            raise ConfigurationError("retry must be a RetryPolicy.")
        self._throttle = _throttle(settings, has_credentials=auth is not None)
        self._cache = _cache(settings, _identity(mode, settings, auth))
        self._stack = build(
            transport or self._network(),
            api,
            auth=auth,
            mode=mode,
            retry=self._retry,
            throttle=self._throttle,
            cache=self._cache,
            body_limit=settings.get("max_body_size"),
        )
        self._description = f"user_agent={agent!r}, base_url={str(api)!r}, auth={mode!r}"
        self._connect()

    def _network(self) -> Network:
        """The network transport when the caller gives none."""
        raise NotImplementedError

    def _connect(self) -> None:
        """Install the httpx client of this kind, on the stack."""
        raise NotImplementedError

    @property
    def rate_limit(self) -> RateLimitView | None:
        """The rate-limit budget as this client sees it, or None with `throttle=False`."""
        return None if self._throttle is None else self._throttle.view()

    @property
    def auth_mode(self) -> AuthMode:
        """Which credentials this client sends: none, token, key_secret, oauth or custom."""
        return self._mode

    @classmethod
    def from_env(cls, **overrides: Any) -> Self:
        """A client configured from the environment; keyword arguments override it.

        Reads `DISCOGS_USER_AGENT`, `DISCOGS_TOKEN`, `DISCOGS_CONSUMER_KEY`,
        `DISCOGS_CONSUMER_SECRET`, `DISCOGS_OAUTH_TOKEN`, `DISCOGS_OAUTH_TOKEN_SECRET` and
        `DISCOGS_BASE_URL`; empty variables count as unset.
        """
        settings: dict[str, Any] = {
            name: os.environ[variable]
            for name, variable in _ENVIRONMENT.items()
            if os.environ.get(variable)
        }
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
            # The stack follows redirects itself, within its limits (redirect.py).
            "follow_redirects": False,
            "transport": self._stack,
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


class _Client(httpx.Client):
    def send(
        self, request: httpx.Request, *, stream: bool = False, **options: Any
    ) -> httpx.Response:
        # Tells the stack whether the caller reads the whole body (see `retry.BUFFERED`).
        request.extensions[BUFFERED] = not stream
        return super().send(request, stream=stream, **options)


class _AsyncClient(httpx.AsyncClient):
    async def send(
        self, request: httpx.Request, *, stream: bool = False, **options: Any
    ) -> httpx.Response:
        request.extensions[BUFFERED] = not stream
        return await super().send(request, stream=stream, **options)


class Discogs(_DiscogsBase[httpx.BaseTransport]):
    """A synchronous Discogs client; use it as `client=` with the generated `sync` functions.

    Keyword arguments are the `Settings`; `transport` replaces the network layer at the bottom of
    the stack (for tests and proxies).
    """

    def _network(self) -> httpx.BaseTransport:
        return httpx.HTTPTransport()

    def _connect(self) -> None:
        self.set_httpx_client(_Client(**self._httpx_settings()))

    def paginate(self, operation: ModuleType, /, **options: Any) -> Iterator[Any]:
        """Yield the items of a paginated operation across its pages; see `pagination.paginate`.

        `client.paginate(get_artist_releases, artist_id=108713, per_page=100, max_items=500,
        progress=callback)`; other keyword arguments go to the operation.
        """
        from .pagination import paginate

        return paginate(self, operation, **options)

    def get_async_httpx_client(self) -> httpx.AsyncClient:
        raise TypeError("Discogs is synchronous: use AsyncDiscogs with the asyncio functions.")

    def close(self) -> None:
        """Close the connections."""
        self.get_httpx_client().close()


class AsyncDiscogs(_DiscogsBase[httpx.AsyncBaseTransport]):
    """An asyncio Discogs client; use it as `client=` with the generated `asyncio` functions."""

    def _network(self) -> httpx.AsyncBaseTransport:
        return httpx.AsyncHTTPTransport()

    def _connect(self) -> None:
        self.set_async_httpx_client(_AsyncClient(**self._httpx_settings()))

    def paginate(self, operation: ModuleType, /, **options: Any) -> AsyncIterator[Any]:
        """An async iterator over the items of a paginated operation; see `Discogs.paginate`."""
        from .pagination import paginate_async

        return paginate_async(self, operation, **options)

    def get_httpx_client(self) -> httpx.Client:
        raise TypeError("AsyncDiscogs is for asyncio: use Discogs with the sync functions.")

    async def aclose(self) -> None:
        """Close the connections."""
        await self.get_async_httpx_client().aclose()
