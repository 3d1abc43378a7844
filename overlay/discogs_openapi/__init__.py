"""discogs_openapi: the handwritten layer over the generated `discogs_api_client`.

from discogs_openapi import Discogs
from discogs_api_client.api.database import get_release

with Discogs("MyDiscogsApp/1.0 +https://example.com") as client:
    release = get_release.sync(249504, client=client)
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

# Names are imported on first use (PEP 562), so `import discogs_openapi` stays cheap and the
# generated models, oauthlib and pyrate-limiter load only when something needs them.
_EXPORTS = {
    "APIError": "errors",
    "AUTHORIZE_URL": "oauth",
    "AccessToken": "oauth",
    "AsyncDiscogs": "client",
    "AuthenticationError": "errors",
    "BadRequestError": "errors",
    "BodyTooLargeError": "errors",
    "CSVFileError": "errors",
    "ClientClosedError": "errors",
    "ClientEventLoopError": "errors",
    "ClientForkedError": "errors",
    "ClientStateError": "errors",
    "ClientUsageError": "errors",
    "ConfigurationError": "errors",
    "CredentialsRequiredError": "errors",
    "DeadlineExceededError": "errors",
    "DEFAULT_BASE_URL": "client",
    "DecodeError": "errors",
    "Discogs": "client",
    "DiscogsError": "errors",
    "DiscogsKeySecretAuth": "auth",
    "DiscogsTokenAuth": "auth",
    "DownloadError": "errors",
    "ErrorDetail": "errors",
    "InvalidArgumentError": "errors",
    "MethodNotAllowedError": "errors",
    "NetworkError": "errors",
    "NotFoundError": "errors",
    "NotModifiedError": "errors",
    "OAuth1Auth": "auth",
    "OAuthFlow": "oauth",
    "OAuthRejectedError": "errors",
    "OutputFormat": "client",
    "PermissionDeniedError": "errors",
    "Problem": "errors",
    "RateLimitError": "errors",
    "RateLimitStoreError": "errors",
    "RedirectError": "errors",
    "RedirectRefusedError": "errors",
    "RateLimitView": "throttle",
    "RequestToken": "oauth",
    "RetriesExhaustedError": "errors",
    "RetryPolicy": "retry",
    "ServerError": "errors",
    "Settings": "client",
    "SignatureMethod": "auth",
    "TooManyRedirectsError": "errors",
    "UnexpectedStatus": "errors",
    "UnprocessableEntityError": "errors",
    "download_export": "files",
    "problems": "errors",
    "download_export_async": "files",
    "download_image": "images",
    "download_image_async": "images",
    "export_inventory": "files",
    "export_inventory_async": "files",
    "upload_inventory": "files",
    "upload_inventory_async": "files",
}

if TYPE_CHECKING:
    from .auth import DiscogsKeySecretAuth, DiscogsTokenAuth, OAuth1Auth, SignatureMethod
    from .client import DEFAULT_BASE_URL, AsyncDiscogs, Discogs, OutputFormat, Settings
    from .errors import (
        APIError,
        AuthenticationError,
        BadRequestError,
        BodyTooLargeError,
        ClientClosedError,
        ClientEventLoopError,
        ClientForkedError,
        ClientStateError,
        ClientUsageError,
        ConfigurationError,
        CredentialsRequiredError,
        CSVFileError,
        DeadlineExceededError,
        DecodeError,
        DiscogsError,
        DownloadError,
        ErrorDetail,
        InvalidArgumentError,
        MethodNotAllowedError,
        NetworkError,
        NotFoundError,
        NotModifiedError,
        OAuthRejectedError,
        PermissionDeniedError,
        Problem,
        RateLimitError,
        RateLimitStoreError,
        RedirectError,
        RedirectRefusedError,
        RetriesExhaustedError,
        ServerError,
        TooManyRedirectsError,
        UnexpectedStatus,
        UnprocessableEntityError,
        problems,
    )
    from .files import (
        download_export,
        download_export_async,
        export_inventory,
        export_inventory_async,
        upload_inventory,
        upload_inventory_async,
    )
    from .images import download_image, download_image_async
    from .oauth import AUTHORIZE_URL, AccessToken, OAuthFlow, RequestToken
    from .retry import RetryPolicy
    from .throttle import RateLimitView

__all__ = [
    "AUTHORIZE_URL",
    "DEFAULT_BASE_URL",
    "APIError",
    "AccessToken",
    "AsyncDiscogs",
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
    "Discogs",
    "DiscogsError",
    "DiscogsKeySecretAuth",
    "DiscogsTokenAuth",
    "DownloadError",
    "ErrorDetail",
    "InvalidArgumentError",
    "MethodNotAllowedError",
    "NetworkError",
    "NotFoundError",
    "NotModifiedError",
    "OAuth1Auth",
    "OAuthFlow",
    "OAuthRejectedError",
    "OutputFormat",
    "PermissionDeniedError",
    "Problem",
    "RateLimitError",
    "RateLimitStoreError",
    "RateLimitView",
    "RedirectError",
    "RedirectRefusedError",
    "RequestToken",
    "RetriesExhaustedError",
    "RetryPolicy",
    "ServerError",
    "Settings",
    "SignatureMethod",
    "TooManyRedirectsError",
    "UnexpectedStatus",
    "UnprocessableEntityError",
    "__version__",
    "download_export",
    "download_export_async",
    "download_image",
    "download_image_async",
    "export_inventory",
    "export_inventory_async",
    "problems",
    "upload_inventory",
    "upload_inventory_async",
]


def __getattr__(name: str) -> Any:
    if name == "__version__":
        from importlib.metadata import PackageNotFoundError, version

        try:
            value: Any = version("discogs-openapi")
        except PackageNotFoundError:  # a source tree that is not installed
            value = "0+unknown"
    elif name in _EXPORTS:
        value = getattr(importlib.import_module(f".{_EXPORTS[name]}", __name__), name)
    else:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)
