"""Typed errors: one class per HTTP status under a common base.

`DiscogsError` (the base), `DecodeError` and `UnexpectedStatus` come from the generated package,
so one `except DiscogsError` catches everything either package raises.
"""

from __future__ import annotations

import json

import httpx

from discogs_api_client.errors import DecodeError, DiscogsError, UnexpectedStatus

from .flow import Flow, Read, send
from .layer import Layer

__all__ = [
    "APIError",
    "AuthenticationError",
    "BadRequestError",
    "CSVFileError",
    "ConfigurationError",
    "CredentialsRequiredError",
    "DecodeError",
    "DiscogsError",
    "DownloadError",
    "ErrorLayer",
    "InvalidArgumentError",
    "MethodNotAllowedError",
    "NetworkError",
    "NotFoundError",
    "NotModifiedError",
    "OAuthRejectedError",
    "PermissionDeniedError",
    "RateLimitError",
    "RateLimitStoreError",
    "RedirectRefusedError",
    "RetriesExhaustedError",
    "ServerError",
    "UnexpectedStatus",
    "UnprocessableEntityError",
]

# Set by the transport on a write's redirect to another origin, which it leaves unfollowed.
REDIRECT_REFUSED = "x-discogs-openapi-redirect-refused"

# Query parameters that carry credentials in Discogs' query-string auth; never shown.
_SECRET_PARAMS = frozenset({"token", "key", "secret", "oauth_token", "oauth_signature"})


class ConfigurationError(DiscogsError, ValueError):
    """Arguments the client cannot work with; raised before any request is sent."""


class NetworkError(DiscogsError):
    """The request got no answer: the connection failed, broke or timed out (see `__cause__`)."""

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


class CredentialsRequiredError(ConfigurationError):
    """The operation needs credentials this client does not have (the spec says which)."""


class InvalidArgumentError(ConfigurationError):
    """An argument the spec rules out (out of range, not one of the allowed values, empty)."""


class CSVFileError(DiscogsError, ValueError):
    """A file given for an inventory upload is missing or not CSV-shaped; nothing was sent."""


class DownloadError(DiscogsError):
    """A download broke off; no file was left under the destination's name."""


class APIError(DiscogsError):
    """The API answered with a status other than 2xx."""

    status_code: int
    message: str
    method: str
    url: str

    def __init__(self, response: httpx.Response) -> None:
        self.response = response
        self.status_code = response.status_code
        self.method = response.request.method
        self.url = redact_url(response.request.url)
        self.message = _message_of(response)
        attempts = response.extensions.get("discogs_attempts")
        after = f" (after {attempts})" if attempts else ""
        super().__init__(
            f"{self.method} {self.url} answered {self.status_code}{after}: {self.message}"
        )


class NotModifiedError(APIError):
    """304: the resource has not changed since `If-Modified-Since`; keep the copy you have."""


class RedirectRefusedError(APIError):
    """3xx to another host for a write: not followed, so the body never goes to a third party."""

    def __init__(self, response: httpx.Response) -> None:
        super().__init__(response)
        target = response.headers.get(REDIRECT_REFUSED, "another host")
        self.args = (
            f"{self.method} {self.url} was redirected to {target}; a {self.method} is not "
            "re-sent to another host, so nothing was sent there.",
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
    """429: the rate-limit window is full."""


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
    if REDIRECT_REFUSED in response.headers:
        return RedirectRefusedError(response)
    if response.status_code >= 500:
        return ServerError(response)
    return _BY_STATUS.get(response.status_code, APIError)(response)


class ErrorLayer(Layer):
    """The outermost layer: any answer other than 2xx (a redirect being followed aside) raises."""

    def flow(self, request: httpx.Request) -> Flow[httpx.Response]:
        response = yield from send(request, self.inner)
        if not response.is_success and not response.has_redirect_location:
            response.request = request  # httpx sets it only once the stack has answered
            yield Read(response)
            raise error_for(response)
        return response


def redact_url(url: httpx.URL) -> str:
    """The URL as text, with any credential in its query string replaced by `***`."""
    if not url.query:
        return str(url)
    params = [
        (name, "***" if name.lower() in _SECRET_PARAMS else value)
        for name, value in url.params.multi_items()
    ]
    return str(url.copy_with(params=params))


def _message_of(response: httpx.Response) -> str:
    """Discogs' `message`, or a description of a body that has none (HTML pages, empty bodies)."""
    content_type = response.headers.get("content-type", "")
    try:
        body = json.loads(response.content)
    except (ValueError, UnicodeDecodeError):
        body = None
    if isinstance(body, dict) and isinstance(body.get("message"), str):
        return str(body["message"])
    if not response.content:
        return "(empty body)"
    kind = content_type or "no content type"
    return f"(no JSON message: a {kind} body of {len(response.content)} bytes)"
