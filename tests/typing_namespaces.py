"""Checked by `mypy --strict` in `make lint` and tests/test_namespaces.py: the namespaces and
their iterators keep the generated functions' types. Never run; only type-checked."""

from __future__ import annotations

from typing import assert_type

from discogs_api_client.models import ArtistRelease, Identity, Release
from discogs_openapi import AsyncDiscogs, Discogs


def sync_usage(client: Discogs) -> list[str]:
    release = client.database.get_release(249504, curr_abbr="EUR")
    assert_type(release, Release)
    assert_type(client.oauth.get_identity(), Identity)
    titles = []
    for item in client.database.iter_artist_releases(108713, per_page=50, max_items=10):
        assert_type(item, ArtistRelease)
        titles.append(item.title)
    return titles


async def async_usage(client: AsyncDiscogs) -> list[str]:
    release = await client.database.get_release(249504)
    assert_type(release, Release)
    return [item.title async for item in client.database.iter_artist_releases(108713, max_pages=1)]
