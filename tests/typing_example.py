"""Checked by `mypy --strict` in `make lint`: the success types stay precise through the overlay.

`assert_type` fails the type check if an operation's result is widened to include error models or
None. Never run; only type-checked.
"""

from __future__ import annotations

from pathlib import Path
from typing import assert_type

from discogs_api_client.api.database import get_release
from discogs_api_client.models import (
    Listing,
    MarketplaceStats,
    Money,
    OrderStatus,
    Release,
    ReleaseOffensiveFlag,
    ReleaseStats,
    SearchArtistResult,
    SearchLabelResult,
    SearchMasterResult,
    SearchReleaseResult,
    SearchResultsPage,
    Track,
)
from discogs_openapi import AsyncDiscogs, Discogs, download_export, upload_inventory


def sync_usage(client: Discogs) -> str:
    release = client.database.get_release(249504, curr_abbr="EUR")
    assert_type(release, Release)
    for track in release.tracklist:  # an absent list iterates as empty
        assert_type(track, Track)
    assert_type(client.database.delete_release_user_rating(249504, "memory"), None)
    stats = client.database.get_release_stats(249504)
    assert_type(stats, ReleaseStats | ReleaseOffensiveFlag)
    page = client.database.search_database(q="nirvana", type_="artist")
    assert_type(page, SearchResultsPage)
    first = page.results[0]
    assert_type(
        first, SearchArtistResult | SearchLabelResult | SearchMasterResult | SearchReleaseResult
    )
    # The generated module functions keep the same types.
    assert_type(get_release.sync(249504, client=client), Release)
    return release.title


async def async_usage(client: AsyncDiscogs) -> int:
    release = await client.database.get_release(249504)
    assert_type(release, Release)
    assert_type(await get_release.asyncio(249504, client=client), Release)
    return release.id


def marketplace_usage(client: Discogs) -> float:
    stats = client.marketplace.get_marketplace_stats(1)
    assert_type(stats, MarketplaceStats)
    assert_type(stats.lowest_price, Money | None)
    assert_type(client.marketplace.get_listing(172723812), Listing)
    # Response enums are open: the Literal for completion, or any other string as sent.
    assert_type(client.marketplace.get_order("1-1").status, OrderStatus | str)
    assert_type(client.inventory_export.request_inventory_export(), int)
    assert_type(upload_inventory(client, "add", "listings.csv"), int)
    assert_type(download_export(client, 599632, "exports/"), Path)
    return client.marketplace.get_fee(10.0).value
