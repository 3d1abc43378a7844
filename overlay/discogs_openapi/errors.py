"""Typed errors: one class per HTTP status under a common base.

`DiscogsError` (the base), `DecodeError` and `UnexpectedStatus` come from the generated package,
so one `except DiscogsError` catches everything either package raises; so do `Problem` and
`problems`, what a decoded answer did not match in the API description.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from typing import TYPE_CHECKING

import httpx

from discogs_api_client.decoding import Problem, problems
from discogs_api_client.errors import DecodeError, DiscogsError, UnexpectedStatus

from .flow import Flow, Read, Transport, send
from .layer import Layer

if TYPE_CHECKING:
    from .deadline import CallDeadline

__all__ = [
    "APIError",
    "AuthenticationError",
    "BadRequestError",
    "BodyTooLargeError",
    "CSVFileError",
    "ClientClosedError",
    "ClientEventLoopError",
    "ClientForkedError",
    "ClientStateError",
    "ClientUsageError",
    "ConfigurationError",
    "CredentialsRequiredError",
    "DeadlineExceededError",
    "DecodeError",
    "DiscogsError",
    "DownloadError",
    "ErrorDetail",
    "ErrorLayer",
    "InvalidArgumentError",
    "MethodNotAllowedError",
    "NetworkError",
    "NotFoundError",
    "NotModifiedError",
    "OAuthRejectedError",
    "PermissionDeniedError",
    "Problem",
    "RateLimitError",
    "RateLimitStoreError",
    "RedirectError",
    "RedirectRefusedError",
    "RetriesExhaustedError",
    "ServerError",
    "TooManyRedirectsError",
    "UnexpectedStatus",
    "UnprocessableEntityError",
    "problems",
]

REDIRECT_STOP = "discogs_openapi.redirect_stop"
"""A response extension the redirect layer sets on a redirect it did not follow: the
`RedirectError` class to raise and the reason."""
BODY_NOTE = "discogs_openapi.body_note"
"""A response extension the body layer sets on an error answer whose body it cut short."""

# Query parameters that carry credentials in Discogs' query-string auth; never shown.
_SECRET_PARAMS = frozenset({"token", "key", "secret", "oauth_token", "oauth_signature"})
# How much of a 422's `detail` list the error's message shows (all of it stays in `detail`).
_SHOWN_DETAILS = 3
_SHOWN_DETAIL_CHARS = 120


class ConfigurationError(DiscogsError, ValueError):
    """Arguments the client cannot work with; raised before any request is sent."""


class NetworkError(DiscogsError):
    """The request got no usable answer: the connection failed, broke or timed out, or httpx
    could not complete it (see `__cause__`)."""

    def __init__(self, message: str, attempts: str = "1 attempt") -> None:
        self.attempts = attempts
        super().__init__(message)


class RateLimitStoreError(NetworkError):
    """The shared rate-limit budget (a SQLite file or a Redis server) could not be used in time:
    another process holds its lock, or the store cannot be reached. Nothing was sent."""

    def __init__(self, message: str) -> None:
        super().__init__(message, "no attempt")


class RetriesExhaustedError(NetworkError):
    """A request failed on every attempt the retry policy allowed (connection errors, timeouts)."""

    def __init__(self, summary: str, error: Exception) -> None:
        super().__init__(f"gave up after {summary}: {error}", summary)


class DeadlineExceededError(NetworkError):
    """The call ran past its deadline (the client's `deadline`): attempts, waits and body."""


class CredentialsRequiredError(ConfigurationError):
    """The operation needs credentials this client does not have (the spec says which)."""


class InvalidArgumentError(ConfigurationError):
    """An argument the spec rules out (out of range, not one of the allowed values, empty)."""


class ClientUsageError(DiscogsError, TypeError):
    """A use the client does not support (a copy, a pickle, new settings); nothing was sent."""


class ClientStateError(DiscogsError, RuntimeError):
    """The client cannot send from here any more; nothing was sent. Create a new one."""


class ClientClosedError(ClientStateError):
    """The client was closed (`close()`, `aclose()` or the end of its `with` block)."""


class ClientForkedError(ClientStateError):
    """The client was made in another process, before a fork: its connections are that one's."""


class ClientEventLoopError(ClientStateError):
    """An `AsyncDiscogs` used in a second event loop: its connections belong to the first."""


class CSVFileError(DiscogsError, ValueError):
    """A file given for an inventory upload is missing or not CSV-shaped; nothing was sent."""


class DownloadError(DiscogsError):
    """A download failed (it broke off, or its name is taken); no file was left behind."""


@dataclass(frozen=True)
class ErrorDetail:
    """One validation error a 422's `detail` lists (undocumented; seen live): where, as the path
    of names and indexes into the request (`("path", "folder_id")`), what is wrong, and its kind.
    What the API left out, or sent as another type, is `()` or `""`."""

    loc: tuple[str | int, ...] = ()
    msg: str = ""
    type: str = ""

    def __str__(self) -> str:
        where = ".".join(str(part) for part in self.loc)
        what = self.msg or self.type
        return f"{where}: {what}" if where and what else where or what


class APIError(DiscogsError):
    """The API answered with a status other than 2xx. `detail` holds the validation errors the
    body listed (a 422's), empty when there are none."""

    status_code: int
    message: str
    method: str
    url: str
    detail: tuple[ErrorDetail, ...]

    def __init__(self, response: httpx.Response) -> None:
        self.response = response
        self.status_code = response.status_code
        self.method = response.request.method
        self.url = redact_url(response.request.url)
        self.message, self.detail = _read_body(response)
        attempts = response.extensions.get("discogs_attempts")
        after = f" (after {attempts})" if attempts else ""
        super().__init__(
            f"{self.method} {self.url} answered {self.status_code}{after}: {self.message}"
        )


class NotModifiedError(APIError):
    """304: the resource has not changed since `If-Modified-Since`; keep the copy you have."""


class RedirectError(APIError):
    """A redirect that was not followed: its `Location` is not an http(s) URL (or a subclass)."""

    def __init__(self, response: httpx.Response, reason: str = "it was not followed") -> None:
        super().__init__(response)
        self.reason = reason
        self.args = (f"{self.method} {self.url} answered {self.status_code}: {reason}",)


class RedirectRefusedError(RedirectError):
    """3xx to another host for a write: not followed, so the body never goes to a third party."""


class TooManyRedirectsError(RedirectError):
    """Still a redirect after as many as the request may follow (`redirect.py`): a loop."""


class BodyTooLargeError(DecodeError):
    """A success whose decoded body is larger than the client's `max_body_size`.

    Reading stopped there (a gzip bomb is never inflated whole) and the connection was closed.
    """

    def __init__(self, response: httpx.Response, limit: int) -> None:
        self.limit = limit
        super().__init__(response, ValueError(f"larger than max_body_size={limit}"))
        self.args = (
            f"{response.request.method} {response.request.url.copy_with(query=None)} answered "
            f"{self.status_code} with a body larger than max_body_size={limit} bytes once "
            "decoded; it was not read further. Pass a larger max_body_size= to the client if "
            "such an answer is expected.",
        )


class BadRequestError(APIError):
    """400: the request was malformed."""


class AuthenticationError(APIError):
    """401: the operation needs credentials, and none or invalid ones were sent."""


class OAuthRejectedError(AuthenticationError):
    """401 from the access-token step: the request token or the verifier was not accepted."""

    def __init__(self, response: httpx.Response) -> None:
        super().__init__(response)
        self.args = (
            f"{self.args[0]} (the request token or the verifier was not accepted; they expire "
            "after 15 minutes: start the flow again with a new request token)",
        )


class PermissionDeniedError(APIError):
    """403: the credentials do not allow this (or a CDN challenge page)."""


class NotFoundError(APIError):
    """404: the resource does not exist."""


class MethodNotAllowedError(APIError):
    """405: the resource does not support this HTTP method."""


class UnprocessableEntityError(APIError):
    """422: the request's content was not acceptable."""


class RateLimitError(APIError):
    """429: the rate-limit window is full.

    Also raised before sending, when the throttle would wait longer than the call may
    (`RetryPolicy.max_wait`, the deadline): then `sent` is False, `wait` is how long it would have
    waited, and `response` is made here, a 429 with `Retry-After` (the wait, rounded up), so
    code written for the API's 429 works unchanged.
    """

    sent: bool = True
    wait: float | None = None

    @classmethod
    def unsent(cls, request: httpx.Request, wait: float, why: str) -> RateLimitError:
        """The error for a request the throttle held back and did not send."""
        message = (
            f"not sent: the throttle would wait {wait:.2f} s for a free slot in the rate-limit "
            f"window, {why}. Raise it to wait, or try again later"
        )
        retry_after = {"Retry-After": str(math.ceil(wait))}
        made = httpx.Response(429, headers=retry_after, json={"message": message}, request=request)
        error = cls(made)
        error.sent, error.wait = False, wait
        error.args = (f"{error.method} {error.url} {message}.",)
        return error


class ServerError(APIError):
    """5xx: something went wrong at Discogs, or the service is in maintenance."""


_BY_STATUS: dict[int, type[APIError]] = {
    304: NotModifiedError,
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    405: MethodNotAllowedError,
    422: UnprocessableEntityError,
    429: RateLimitError,
}


def error_for(response: httpx.Response) -> APIError:
    """The typed error for a non-2xx response whose body has been read."""
    stop: tuple[type[RedirectError], str] | None = response.extensions.get(REDIRECT_STOP)
    if stop is not None:
        kind, reason = stop
        return kind(response, reason)
    if response.status_code >= 500:
        return ServerError(response)
    return _BY_STATUS.get(response.status_code, APIError)(response)


class ErrorLayer(Layer):
    """The outermost layer: an answer other than 2xx raises its typed error, and so does any
    httpx error the layers below let through (a body that broke off while this layer read it):
    the one place where httpx's errors become the client's."""

    def __init__(self, inner: Transport, deadline: CallDeadline | None = None) -> None:
        super().__init__(inner)
        self.deadline = deadline

    def flow(self, request: httpx.Request) -> Flow[httpx.Response]:
        if self.deadline is not None:
            self.deadline.start(request)  # the call's clock starts as it enters the stack
        try:
            response = yield from send(request, self.inner)
            if not response.is_success:
                response.request = request  # httpx sets it only once the stack has answered
                yield Read(response)
                raise error_for(response)
        except (httpx.HTTPError, httpx.InvalidURL, httpx.StreamError) as error:
            raise _unanswered(request, error) from error
        return response


def _unanswered(request: httpx.Request, error: Exception) -> NetworkError:
    reason = f"{type(error).__name__}: {error}" if str(error) else type(error).__name__
    where = f"{request.method} {request.url.copy_with(query=None)}"
    return NetworkError(f"{where} got no usable answer ({reason})")


def redact_url(url: httpx.URL) -> str:
    """The URL as text, with any credential in its query string replaced by `***`."""
    if not url.query:
        return str(url)
    params = [
        (name, "***" if name.lower() in _SECRET_PARAMS else value)
        for name, value in url.params.multi_items()
    ]
    return str(url.copy_with(params=params))


def _read_body(response: httpx.Response) -> tuple[str, tuple[ErrorDetail, ...]]:
    """Discogs' `message` with a short form of its `detail` list, and that list; or a description
    of a body that has no message (HTML pages, empty bodies, bodies too deep to decode or cut
    short by the body layer). Never raises: what does not fit is described or left out."""
    note = response.extensions.get(BODY_NOTE)
    if note:
        return f"({note})", ()
    try:
        body = json.loads(response.content)
    except (ValueError, UnicodeDecodeError, RecursionError):
        body = None
    fields = body if isinstance(body, dict) else {}
    details = _details(fields.get("detail"))
    message = fields.get("message")
    if not isinstance(message, str):
        if details:
            return _summary(details), details
        if not response.content:
            return "(empty body)", ()
        kind = response.headers.get("content-type", "") or "no content type"
        return f"(no JSON message: a {kind} body of {len(response.content)} bytes)", ()
    return (f"{message} ({_summary(details)})" if details else message), details


def _details(value: object) -> tuple[ErrorDetail, ...]:
    """The entries of a `detail` list, each keeping the keys that have the expected type."""
    if not isinstance(value, list):
        return ()
    found = []
    for entry in value:
        if not isinstance(entry, dict):
            continue
        loc = entry.get("loc")
        parts = loc if isinstance(loc, list) else [loc]
        detail = ErrorDetail(
            tuple(p for p in parts if isinstance(p, str | int) and not isinstance(p, bool)),
            _text(entry.get("msg")),
            _text(entry.get("type")),
        )
        if detail != ErrorDetail():
            found.append(detail)
    return tuple(found)


def _text(value: object) -> str:
    return value if isinstance(value, str) else ""


def _summary(details: tuple[ErrorDetail, ...]) -> str:
    """The first details on one line each cut short, and how many more there are."""
    shown = []
    for detail in details[:_SHOWN_DETAILS]:
        text = " ".join(str(detail).split())
        cut = len(text) > _SHOWN_DETAIL_CHARS
        shown.append(text[: _SHOWN_DETAIL_CHARS - 1] + "…" if cut else text)
    more = len(details) - len(shown)
    return "; ".join(shown) + (f"; {more} more in .detail" if more else "")
