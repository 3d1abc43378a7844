"""discogs_openapi: the handwritten layer over the generated `discogs_api_client`.

from discogs_openapi import Discogs
from discogs_api_client.api.database import get_release

with Discogs("MyDiscogsApp/1.0 +https://example.com") as client:
    release = get_release.sync(249504, client=client)
"""

from importlib.metadata import PackageNotFoundError, version

from .auth import DiscogsKeySecretAuth, DiscogsTokenAuth, OAuth1Auth, SignatureMethod
from .client import DEFAULT_BASE_URL, AsyncDiscogs, Discogs, OutputFormat, Settings
from .errors import (
    APIError,
    AuthenticationError,
    BadRequestError,
    ConfigurationError,
    CredentialsRequiredError,
    CSVFileError,
    DecodeError,
    DiscogsError,
    DownloadError,
    MethodNotAllowedError,
    NotFoundError,
    NotModifiedError,
    OAuthRejectedError,
    PermissionDeniedError,
    RateLimitError,
    RetriesExhaustedError,
    ServerError,
    UnexpectedStatus,
    UnprocessableEntityError,
)
from .files import (
    download_export,
    download_export_async,
    upload_inventory,
    upload_inventory_async,
)
from .logs import install as _install_log_filters
from .oauth import AUTHORIZE_URL, AccessToken, OAuthFlow, RequestToken
from .retry import RetryPolicy
from .throttle import RateLimitView

_install_log_filters()

try:
    __version__ = version("discogs-openapi")
except PackageNotFoundError:  # running from a source tree that is not installed
    __version__ = "0+unknown"

__all__ = [
    "AUTHORIZE_URL",
    "DEFAULT_BASE_URL",
    "APIError",
    "AccessToken",
    "AsyncDiscogs",
    "AuthenticationError",
    "BadRequestError",
    "CSVFileError",
    "ConfigurationError",
    "CredentialsRequiredError",
    "DecodeError",
    "Discogs",
    "DiscogsError",
    "DiscogsKeySecretAuth",
    "DiscogsTokenAuth",
    "DownloadError",
    "MethodNotAllowedError",
    "NotFoundError",
    "NotModifiedError",
    "OAuth1Auth",
    "OAuthFlow",
    "OAuthRejectedError",
    "OutputFormat",
    "PermissionDeniedError",
    "RateLimitError",
    "RateLimitView",
    "RequestToken",
    "RetriesExhaustedError",
    "RetryPolicy",
    "ServerError",
    "Settings",
    "SignatureMethod",
    "UnexpectedStatus",
    "UnprocessableEntityError",
    "__version__",
    "download_export",
    "download_export_async",
    "upload_inventory",
    "upload_inventory_async",
]
