"""Images a response pointed to (`image.uri`, `thumb`, `cover_image`), streamed to disk.

path = download_image(client, release.images[0].uri, "covers/")

Discogs signs its image URLs, so the URL is sent exactly as given. It goes through the client's
httpx client (timeouts, retries of failures, redirects within limits, typed errors), but the
stack signs and throttles only requests to the API's origin (`layer.Origin.owns`): no
credentials reach the image host, and images do not count against the API's rate-limit budget.
"""

from __future__ import annotations

import functools
import mimetypes
from pathlib import Path
from typing import Unpack

import httpx

from .client import AsyncDiscogs, Discogs
from .destination import Destination, Place, Progress, save
from .errors import ConfigurationError, DecodeError
from .files import CHUNK_SIZE, DownloadOptions
from .flow import Flow, run, run_async

__all__ = ["download_image", "download_image_async"]

# The endings a saved image may have; any other name gets the one its Content-Type implies.
IMAGE_ENDINGS = (".jpeg", ".jpg", ".png", ".gif", ".webp")


def download_image(
    client: Discogs, url: str, destination: Destination, **options: Unpack[DownloadOptions]
) -> Path:
    """Stream the image at `url` (as a response gave it) to `destination`, a file or a folder.

    Saved like `download_export`: atomically, one chunk in memory, no file replaced unless
    `overwrite=True`; in a folder it is named after the URL's last segment. An answer that is
    not an image raises `DecodeError`, and nothing is saved.
    """
    return run(_image(client, url, destination, **options))


async def download_image_async(
    client: AsyncDiscogs, url: str, destination: Destination, **options: Unpack[DownloadOptions]
) -> Path:
    """The asyncio form of `download_image`."""
    return await run_async(_image(client, url, destination, **options))


def _image(
    client: Discogs | AsyncDiscogs,
    url: str,
    destination: Destination,
    *,
    progress: Progress | None = None,
    chunk_size: int = CHUNK_SIZE,
    overwrite: bool = False,
) -> Flow[Path]:
    name = _checked(url)
    place = Place(destination, overwrite, fallback="image")
    accept = functools.partial(_accept_image, name=name)
    return (yield from save(client, url, place, accept, progress, chunk_size))


def _checked(url: object) -> str:
    """The URL's last path segment, once it is seen to be an absolute http(s) URL."""
    try:
        parsed = httpx.URL(url) if isinstance(url, str) else None
    except httpx.InvalidURL:
        parsed = None
    if parsed is None or parsed.scheme not in ("http", "https") or not parsed.host:
        raise ConfigurationError(
            f"url must be an image's absolute http(s) URL as a response gave it (such as "
            f"image.uri); got {url!r}."
        )
    return parsed.path.rstrip("/").rpartition("/")[2]


def _accept_image(response: httpx.Response, name: str) -> tuple[str, tuple[str, ...]]:
    kind = response.headers.get("content-type", "").split(";")[0].strip().lower()
    if not kind.startswith("image/"):
        # An error page answered with 200 must not be saved as the picture.
        raise DecodeError(response, ValueError(f"expected an image, got {kind or 'no type'}"))
    implied = mimetypes.guess_extension(kind) or ".jpeg"
    return name, (implied, *IMAGE_ENDINGS)
