"""The smallest bodies the spec accepts, for tests whose servers answer by hand."""

from __future__ import annotations

import json
from typing import Any

# A release with only what the live API sends for every release (the spec's `required`).
RELEASE: dict[str, Any] = {
    "id": 1,
    "title": "Stockholm",
    "resource_url": "https://api.discogs.com/releases/1",
    "uri": "https://www.discogs.com/release/1",
    "status": "Accepted",
    "data_quality": "Needs Vote",
    "year": 0,
    "artists": [],
    "formats": [],
}


def release(**fields: Any) -> dict[str, Any]:
    """A minimal release with `fields` changed."""
    return {**RELEASE, **fields}


def release_json(**fields: Any) -> bytes:
    """`release(**fields)` as the JSON bytes a server sends."""
    return json.dumps(release(**fields)).encode()
