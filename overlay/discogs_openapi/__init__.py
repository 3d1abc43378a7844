"""discogs_openapi: the handwritten layer over the generated `discogs_api_client`.

from discogs_openapi import Discogs
from discogs_api_client.api.database import get_release

with Discogs("MyDiscogsApp/1.0 +https://example.com") as client:
    release = get_release.sync(249504, client=client)
"""

from importlib.metadata import PackageNotFoundError, version

from .auth import DiscogsKeySecretAuth, DiscogsTokenAuth
from .client import DEFAULT_BASE_URL, AsyncDiscogs, Discogs, OutputFormat
from .errors import (
    APIError,
    AuthenticationError,
    BadRequestError,
    ConfigurationError,
    CSVFileError,
    DecodeError,
    DiscogsError,
    DownloadError,
    MethodNotAllowedError,
    NotFoundError,
    NotModifiedError,
    PermissionDeniedError,
    RateLimitError,
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

try:
    __version__ = version("discogs-openapi")
except PackageNotFoundError:  # running from a source tree that is not installed
    __version__ = "0+unknown"

__all__ = [
    "DEFAULT_BASE_URL",
    "APIError",
    "AsyncDiscogs",
    "AuthenticationError",
    "BadRequestError",
    "CSVFileError",
    "ConfigurationError",
    "DecodeError",
    "Discogs",
    "DiscogsError",
    "DiscogsKeySecretAuth",
    "DiscogsTokenAuth",
    "DownloadError",
    "MethodNotAllowedError",
    "NotFoundError",
    "NotModifiedError",
    "OutputFormat",
    "PermissionDeniedError",
    "RateLimitError",
    "ServerError",
    "UnexpectedStatus",
    "UnprocessableEntityError",
    "__version__",
    "download_export",
    "download_export_async",
    "upload_inventory",
    "upload_inventory_async",
]
