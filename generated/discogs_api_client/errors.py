"""Errors raised by the API functions.

`DiscogsError` is the base of every error this client raises; the `discogs_openapi` package
adds one class per HTTP status under it.
"""

import httpx


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

    Raised for HTML maintenance pages served with 200, truncated JSON, or a body missing a
    field the spec marks as required. The response stays available as `response`.
    """

    def __init__(self, response: httpx.Response, cause: Exception):
        self.response = response
        self.status_code = response.status_code
        self.content_type = response.headers.get("content-type", "")
        request = response.request
        where = f"{request.method} {request.url.copy_with(query=None)}"
        reason = f"missing field {cause}" if isinstance(cause, KeyError) else str(cause)
        super().__init__(
            f"{where} answered {response.status_code} ({self.content_type or 'no content type'}) "
            f"with a body that does not match the API description: {reason}"
        )


__all__ = ["DecodeError", "DiscogsError", "UnexpectedStatus"]
