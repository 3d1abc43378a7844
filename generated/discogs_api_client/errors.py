"""Errors raised by the API functions.

`DiscogsError` is the base of every error this client raises; the `discogs_openapi` package
adds one class per HTTP status under it.
"""

from typing import TYPE_CHECKING

import httpx

if TYPE_CHECKING:
    from .decoding import Problem


class DiscogsError(Exception):
    """Base class of every error raised by this client."""


class UnexpectedStatus(DiscogsError):
    """A status the operation does not document as a success.

    Only seen with a bare generated client: the `discogs_openapi` clients raise a typed
    `APIError` for every non-2xx answer before the body is parsed.
    """

    def __init__(self, status_code: int, content: bytes):
        self.status_code = status_code
        self.content = content
        super().__init__(f"Unexpected status code: {status_code}")


class DecodeError(DiscogsError):
    """A success response whose body is not the JSON the operation documents.

    Raised for HTML maintenance pages served with 200, truncated JSON or a list where an object
    belongs, whatever the client; and, from a strict client, for a body that differs from the
    API description anywhere (`problems` lists where, as `decoding.Problem`s). The response
    stays available as `response`.
    """

    def __init__(
        self,
        response: httpx.Response,
        cause: Exception | None = None,
        *,
        operation: str | None = None,
        problems: tuple["Problem", ...] = (),
    ):
        self.response = response
        self.status_code = response.status_code
        self.content_type = response.headers.get("content-type", "")
        self.operation = operation
        self.problems = problems
        request = response.request
        where = f"{request.method} {request.url.copy_with(query=None)}"
        if operation:
            where = f"{operation}: {where}"
        if problems:
            more = f" (and {len(problems) - 1} more: see .problems)" if len(problems) > 1 else ""
            reason = f"{problems[0]}{more}"
        elif isinstance(cause, KeyError):
            reason = f"missing field {cause}"
        else:
            reason = str(cause)
        super().__init__(
            f"{where} answered {response.status_code} ({self.content_type or 'no content type'}) "
            f"with a body that does not match the API description: {reason}"
        )


__all__ = ["DecodeError", "DiscogsError", "UnexpectedStatus"]
