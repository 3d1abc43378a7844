"""`Discogs` and `AsyncDiscogs`: configured clients that every generated operation accepts.

Both subclass the generated `AuthenticatedClient`, so `get_release.sync(release_id=1, client=d)`
type-checks; they replace its httpx client with one built on the project's transport stack and
a hook that turns every non-2xx answer into a typed error.
"""

from __future__ import annotations

import ipaddress
import os
from collections.abc import AsyncIterator, Iterator
from types import ModuleType
from typing import (
    Any,
    Generic,
    Literal,
    NoReturn,
    Self,
    SupportsIndex,
    TypedDict,
    TypeVar,
    Unpack,
    get_args,
)

import httpx

from discogs_api_client.client import AuthenticatedClient
from discogs_api_client.namespaces import AsyncNamespaces, Namespaces

from . import checks
from .access import AuthMode
from .auth import (
    DiscogsKeySecretAuth,
    DiscogsTokenAuth,
    OAuth1Auth,
    SignatureMethod,
    check_signature_method,
)
from .cache import CacheSettings, identity_of
from .deadline import check as check_deadline
from .errors import ClientUsageError, ConfigurationError
from .lifecycle import Lifecycle
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
    if not (agent.isascii() and agent.isprintable()):
        raise ConfigurationError(
            f"user_agent must be a single line of printable ASCII text, such as {example}."
        )
    if agent.lower().startswith(_STOCK_AGENTS):
        raise ConfigurationError(
            f"user_agent {agent!r} is a stock library string; Discogs asks every application to "
            f"identify itself uniquely, for example {example}."
        )
    return agent


def default_base_url() -> str:
    """`DISCOGS_BASE_URL` when set (a proxy, a test server), else the live API."""
    return os.environ.get("DISCOGS_BASE_URL") or DEFAULT_BASE_URL


def _check_base_url(base_url: object, has_credentials: bool) -> httpx.URL:
    url = checks.http_url("base_url", base_url)
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
    """The keyword arguments `Discogs` and `AsyncDiscogs` share; any other is refused.

    Credentials, at most one kind: `token`; `consumer_key` + `consumer_secret`; or those two plus
    `oauth_token` + `oauth_token_secret` for OAuth 1.0a, signed with `signature_method`. Each is
    stripped of surrounding whitespace (a line break read from a file); control characters or
    non-ASCII text inside one are refused. `auth` takes any other `httpx.Auth` instead (it is not
    checked against the spec).

    `timeout` is seconds (a finite number > 0) or an `httpx.Timeout` with every field set:
    30 s, connect 10 s, by default.

    Throttling is on by default: `rate_limit` requests (60 with credentials, 25 without) per
    `rate_limit_window` seconds (60), adjusted from the API's headers; `rate_limit_path` (a SQLite
    file in a folder that exists) or `rate_limit_url` (`redis://…`) shares the budget with other
    processes or hosts.

    `base_url` defaults to `DISCOGS_BASE_URL` when set (a proxy, a test server), else the API; it
    may not hold a user name, password, query or fragment.

    `cache_path` turns on the GET cache (`discogs-openapi[cache]`) in that SQLite file (in a
    folder that exists), entries kept `cache_ttl` seconds (default 600; None keeps them). Entries
    belong to the credentials that fetched them; with `auth=` the client cannot tell whose
    answers it gets, so the cache needs `cache_identity`: a name for that user (such as their
    Discogs username) that no other user of the same cache file shares.

    `timeout` bounds each step (connect, each read); `deadline` bounds each call in all, in
    seconds: its attempts, retry and throttle waits and the reading of its body, ending in
    `DeadlineExceededError` (or `RateLimitError` for a throttle wait that would not fit). The
    default, `RetryPolicy.longest_call(timeout)` (460 s with the defaults), leaves room for every
    attempt and wait the retry policy allows; None turns it off. A streamed response (a
    download) is bounded until its headers arrive; its body then has the per-read timeout only.

    `strict` (default False, or `DISCOGS_STRICT` when set to 1 or 0) decides what a 2xx body that
    differs from the API description does: by default the model comes back with what could be
    read (`problems(model)` says what did not match, and each kind is logged once at WARNING);
    strict clients raise `DecodeError` instead. Bodies that are not the JSON asked for at all
    (HTML, truncated JSON, a list for an object) raise `DecodeError` either way.

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
    rate_limit_path: str | os.PathLike[str] | None
    rate_limit_url: str | None
    cache_path: str | os.PathLike[str] | None
    cache_ttl: float | None
    cache_identity: str | None
    deadline: float | None
    max_body_size: int
    strict: bool


_CREDENTIALS = ("token", "consumer_key", "consumer_secret", "oauth_token", "oauth_token_secret")


def _check_names(settings: Settings) -> None:
    unknown = sorted(set(settings) - Settings.__optional_keys__)
    if unknown:
        known = ", ".join(sorted(Settings.__optional_keys__))
        raise ConfigurationError(
            f"unknown settings {', '.join(unknown)}; the settings are {known}."
        )


_Credentials = tuple[str | None, ...]
"""The credential values, in `_CREDENTIALS` order, as they are sent (None where not given)."""


def _credentials(settings: Settings) -> tuple[httpx.Auth | None, AuthMode, _Credentials]:
    """The auth the settings ask for, its mode and the values; `ConfigurationError` for a muddle."""
    values: dict[str, str | None] = {}
    for name in _CREDENTIALS:
        value: object = settings.get(name)
        if value is not None and not (isinstance(value, str) and value.strip()):
            raise ConfigurationError(f"{name} must be a non-empty string, or None to leave it out.")
        values[name] = None if value is None else checks.header_text(name, value)
    given = {name for name, value in values.items() if value is not None}
    method = check_signature_method(settings.get("signature_method", "PLAINTEXT"))
    ordered = tuple(values.values())
    custom = settings.get("auth")
    if custom is not None:
        if not isinstance(custom, httpx.Auth):
            raise ConfigurationError(
                f"auth must be an httpx.Auth instance; got {type(custom).__name__}."
            )
        if given:
            raise ConfigurationError("pass either auth= or credential arguments, not both.")
        return custom, "custom", ordered
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
        return DiscogsTokenAuth(token), "token", ordered
    if key is None or secret is None:
        return None, "none", ordered
    if oauth <= given:
        auth = OAuth1Auth(
            key,
            secret,
            values["oauth_token"],
            values["oauth_token_secret"],
            signature_method=method,
        )
        return auth, "oauth", ordered
    return DiscogsKeySecretAuth(key, secret), "key_secret", ordered


def _timeout(settings: Settings) -> httpx.Timeout:
    """The timeout asked for: every field a finite number of seconds, so no wait is unbounded."""
    timeout = settings.get("timeout", DEFAULT_TIMEOUT)
    if not isinstance(timeout, httpx.Timeout):
        return httpx.Timeout(checks.seconds("timeout", timeout, default="30 s, connect 10 s"))
    for field in ("connect", "read", "write", "pool"):
        checks.seconds(f"timeout.{field}", getattr(timeout, field), default="30 s, connect 10 s")
    return timeout


def _throttle(settings: Settings, *, has_credentials: bool) -> Throttle | None:
    """The throttle the settings ask for (on unless `throttle=False`); all settings checked."""
    on = settings.get("throttle", True)
    if not isinstance(on, bool):
        raise ConfigurationError(f"throttle must be True or False; got {on!r}.")
    limit = checks.count(
        "rate_limit",
        settings.get("rate_limit", 60 if has_credentials else 25),
        meaning="requests per rate limit window",
    )
    window = checks.seconds(
        "rate_limit_window",
        settings.get("rate_limit_window", DEFAULT_RATE_LIMIT_WINDOW),
        default="the rate limit window Discogs uses, 60 s",
    )
    path, url = settings.get("rate_limit_path"), settings.get("rate_limit_url")
    if path is not None and url is not None:
        raise ConfigurationError(
            "share the budget through rate_limit_path or rate_limit_url, not both."
        )
    # Checked here: the file lock pyrate-limiter takes would create missing folders.
    path = None if path is None else checks.file_path("rate_limit_path", path)
    if url is None and (path is None or not on):
        return Throttle(limit, window) if on else None
    if url is None:
        import sqlite3  # a shared file only: not loaded with the client

        try:
            return Throttle(limit, window, path=path)
        except sqlite3.Error as error:
            raise ConfigurationError(
                f"rate_limit_path {path!r} cannot hold the budget: {error}; name a new file or "
                "one this client made."
            ) from None
    # Never echoed: a Redis URL often holds a password.
    if not isinstance(url, str) or not url.startswith(("redis://", "rediss://", "unix://")):
        raise ConfigurationError(
            "rate_limit_url must be a Redis URL: redis://host:port/db, rediss://… or unix://…."
        )
    try:
        from redis.exceptions import RedisError
    except ImportError:
        raise ConfigurationError(
            "rate_limit_url needs redis: pip install 'discogs-openapi[redis]'."
        ) from None
    if not on:
        return None
    try:
        return Throttle(limit, window, url=url)
    except RedisError as error:
        # The server is reached at once; redis names its host and port, never the password.
        raise ConfigurationError(f"rate_limit_url: Redis could not be used: {error}") from None


def _identity(mode: AuthMode, values: _Credentials, settings: Settings) -> str | None:
    """Whose answers these are, as a hash; None with a custom auth and no `cache_identity`."""
    named = settings.get("cache_identity")
    if named is None:
        return None if mode == "custom" else identity_of(mode, *values)
    if mode != "custom":
        raise ConfigurationError(
            "cache_identity is for auth= only: with token= or consumer and OAuth values the "
            "cache already keeps each credential's answers apart."
        )
    if not (isinstance(named, str) and named.strip()):
        raise ConfigurationError(
            "cache_identity must be a non-empty string that names this user, such as their "
            "Discogs username."
        )
    return identity_of(mode, named)


def _cache(settings: Settings, identity: str | None) -> CacheSettings | None:
    path = settings.get("cache_path")
    ttl = settings.get("cache_ttl", 600.0)
    if ttl is not None:
        ttl = checks.seconds("cache_ttl", ttl, default="600 s, or None to keep entries")
    if path is None:
        return None
    # Checked here: hishel would create missing folders, and put a .gitignore in them.
    path = checks.file_path("cache_path", path)
    if identity is None:
        raise ConfigurationError(
            "cache_path with auth= needs cache_identity: a name for whose answers these are "
            "(such as the Discogs username), so that one user's cached answers are never served "
            "to another."
        )
    try:
        import hishel  # noqa: F401  (checked here so the error names the extra)
    except ImportError:
        raise ConfigurationError(
            "cache_path needs hishel: pip install 'discogs-openapi[cache]'."
        ) from None
    return CacheSettings(path, identity, ttl)


_SWITCH = {"1": True, "true": True, "0": False, "false": False}


def _strict(settings: Settings) -> bool:
    """The `strict` setting, else `DISCOGS_STRICT` (1/true or 0/false), else False."""
    if "strict" in settings:
        strict = settings["strict"]
        if not isinstance(strict, bool):
            raise ConfigurationError(f"strict must be True or False; got {strict!r}.")
        return strict
    variable = os.environ.get("DISCOGS_STRICT", "").strip().lower()
    if variable and variable not in _SWITCH:
        raise ConfigurationError(
            f"DISCOGS_STRICT must be 1 or true (strict decoding) or 0 or false; got {variable!r}."
        )
    return _SWITCH.get(variable, False)


def _accept_header(output_format: str) -> str:
    if output_format not in get_args(OutputFormat):
        choices = ", ".join(repr(name) for name in get_args(OutputFormat))
        raise ConfigurationError(f"output_format must be one of {choices}; got {output_format!r}.")
    return f"application/vnd.discogs.v2.{output_format}+json"


Network = TypeVar("Network", httpx.BaseTransport, httpx.AsyncBaseTransport)


class _Unused:
    """An auth attribute of the generated base class that these clients do not use (`token`,
    `prefix`, `auth_header_name`): reading it is an AttributeError, and `dir` leaves it out.

    Credentials are a layer of the transport stack; the base class reads these only to build
    its own httpx client, which these clients replace. Its generated `__init__` still stores a
    value, in the base class's slot, where nothing reads it.
    """

    def __set_name__(self, owner: type, name: str) -> None:
        self.name = name
        self.slot = getattr(AuthenticatedClient, name)

    def __get__(self, instance: object, owner: type | None = None) -> NoReturn:
        raise AttributeError(
            f"{(owner or type(instance)).__name__} has no {self.name!r}: credentials are given "
            "once (token=, consumer_key= ...) and sent by the transport stack, never read back; "
            "`auth_mode` says which kind is in use.",
            name=self.name,
            obj=instance,
        )

    def __set__(self, instance: object, value: str) -> None:
        self.slot.__set__(instance, value)


_UNUSED = frozenset({"token", "prefix", "auth_header_name"})
_CONFIGURED = "is configured at construction: create a new one with the settings you want."


class _DiscogsBase(AuthenticatedClient, Generic[Network]):
    """Settings, validation and the transport stack, shared by the sync and asyncio clients."""

    token = _Unused()
    prefix = _Unused()
    auth_header_name = _Unused()
    # A client is a resource (connections, budget): equal to itself only, and unhashable as it
    # always was (setting __eq__ here leaves __hash__ None).
    __eq__ = object.__eq__

    def __dir__(self) -> list[str]:
        return [name for name in super().__dir__() if name not in _UNUSED]

    def __init__(
        self, user_agent: str, *, transport: Network | None = None, **settings: Unpack[Settings]
    ) -> None:
        install_log_filters()
        _check_names(settings)
        agent = _check_user_agent(user_agent)
        auth, mode, values = _credentials(settings)
        base_url = settings.get("base_url") or default_base_url()
        api = _check_base_url(base_url, has_credentials=auth is not None)
        output_format = settings.get("output_format", "discogs")
        headers = {"User-Agent": agent, "Accept": _accept_header(output_format)}
        timeout = _timeout(settings)
        # The generated client's own token header is unused: auth is a layer of the transport.
        super().__init__(base_url=str(api), token="", prefix="", headers=headers, timeout=timeout)
        self._api = api
        self._auth = auth
        self._mode: AuthMode = mode
        self._retry = settings.get("retry", RetryPolicy())
        if not isinstance(self._retry, RetryPolicy):
            raise ConfigurationError("retry must be a RetryPolicy.")
        deadline = (
            check_deadline(settings["deadline"])
            if "deadline" in settings
            else self._retry.longest_call(timeout)
        )
        self._strict = _strict(settings)
        # The cache is checked first: the throttle may open a SQLite file.
        self._cache = _cache(settings, _identity(mode, values, settings))
        self._throttle = _throttle(settings, has_credentials=auth is not None)
        self._stack = build(
            transport or self._network(),
            api,
            auth=auth,
            mode=mode,
            retry=self._retry,
            throttle=self._throttle,
            cache=self._cache,
            deadline=deadline,
            body_limit=settings.get("max_body_size"),
        )
        self._description = f"user_agent={agent!r}, base_url={str(api)!r}, auth={mode!r}"
        self._life = Lifecycle(type(self).__name__)
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
        if self._throttle is None:
            return None
        self._life.check_process()  # a forked child must not touch the parent's budget handles
        return self._throttle.view()

    @property
    def strict(self) -> bool:
        """Whether a 2xx body that differs from the API description raises `DecodeError`."""
        return self._strict

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
        self._refuse(_CONFIGURED)

    def with_cookies(self, cookies: dict[str, str]) -> Self:
        self._refuse(_CONFIGURED)

    def with_timeout(self, timeout: httpx.Timeout) -> Self:
        self._refuse(_CONFIGURED)

    def __reduce_ex__(self, protocol: SupportsIndex) -> NoReturn:
        # copy.copy, copy.deepcopy and pickle all come here: a copy would share (or lose) the
        # connections, budget and credentials.
        name = type(self).__name__
        self._refuse(
            "cannot be copied or pickled: it holds connections, locks and credentials. Pass this "
            f"client itself around, or create a new {name}(...) where you need one (in a child "
            "process, create it there)."
        )

    def _refuse(self, why: str) -> NoReturn:
        raise ClientUsageError(f"{type(self).__name__} {why}")

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self._description})"

    __str__ = __repr__


class _Client(httpx.Client):
    def __init__(self, life: Lifecycle, **settings: Any) -> None:
        super().__init__(**settings)
        self._life = life

    def send(
        self, request: httpx.Request, *, stream: bool = False, **options: Any
    ) -> httpx.Response:
        self._life.check()  # every request passes here, whoever holds this httpx client
        # Tells the stack whether the caller reads the whole body (see `retry.BUFFERED`).
        request.extensions[BUFFERED] = not stream
        return super().send(request, stream=stream, **options)


class _AsyncClient(httpx.AsyncClient):
    def __init__(self, life: Lifecycle, **settings: Any) -> None:
        super().__init__(**settings)
        self._life = life

    async def send(
        self, request: httpx.Request, *, stream: bool = False, **options: Any
    ) -> httpx.Response:
        self._life.check_loop()
        request.extensions[BUFFERED] = not stream
        return await super().send(request, stream=stream, **options)


class Discogs(_DiscogsBase[httpx.BaseTransport], Namespaces):
    """A synchronous Discogs client: the API by tag (`client.database.get_release(249504)`), or
    `client=` of the generated `sync` functions.

    Keyword arguments are the `Settings`; `transport` replaces the network layer at the bottom of
    the stack (for tests and proxies).
    """

    def _network(self) -> httpx.BaseTransport:
        return httpx.HTTPTransport()

    def _connect(self) -> None:
        self.set_httpx_client(_Client(self._life, **self._httpx_settings()))

    def paginate(self, operation: ModuleType, /, **options: Any) -> Iterator[Any]:
        """Yield the items of a paginated operation across its pages; see `pagination.paginate`.

        `client.paginate(get_artist_releases, artist_id=108713, per_page=100, max_items=500,
        progress=callback)`; other keyword arguments go to the operation.
        """
        from .pagination import paginate

        return paginate(self, operation, **options)

    def get_async_httpx_client(self) -> httpx.AsyncClient:
        self._refuse(
            "is synchronous (`with`, the sync functions): use AsyncDiscogs with the asyncio "
            "functions and `async with`."
        )

    def __enter__(self) -> Self:
        # Entering again is fine while open (httpx refuses it once a request was sent).
        self._life.check()
        return self

    def __exit__(self, *args: object) -> None:
        self.close()

    def close(self) -> None:
        """Close the connections; the client refuses requests afterwards (closing again is fine)."""
        if self._life.close():
            self.get_httpx_client().close()


class AsyncDiscogs(_DiscogsBase[httpx.AsyncBaseTransport], AsyncNamespaces):
    """An asyncio Discogs client: the API by tag, as coroutines
    (`await client.database.get_release(249504)`), or `client=` of the `asyncio` functions.
    """

    def _network(self) -> httpx.AsyncBaseTransport:
        return httpx.AsyncHTTPTransport()

    def _connect(self) -> None:
        self.set_async_httpx_client(_AsyncClient(self._life, **self._httpx_settings()))

    def paginate(self, operation: ModuleType, /, **options: Any) -> AsyncIterator[Any]:
        """An async iterator over the items of a paginated operation; see `Discogs.paginate`."""
        from .pagination import paginate_async

        return paginate_async(self, operation, **options)

    def get_httpx_client(self) -> httpx.Client:
        self._refuse(
            "is for asyncio (`async with`, the asyncio functions): use Discogs with the sync "
            "functions and `with`."
        )

    async def __aenter__(self) -> Self:
        self._life.check_loop()
        return self

    async def __aexit__(self, *args: object) -> None:
        await self.aclose()

    async def aclose(self) -> None:
        """Close the connections, in the event loop that used them (closing again is fine)."""
        if self._life.close():
            self._life.bind_loop("they cannot be closed from this one; it is marked closed")
            await self.get_async_httpx_client().aclose()
