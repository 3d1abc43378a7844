"""Checked by `mypy --strict` in `make lint`: the success types stay precise through the overlay.

`assert_type` fails the type check if an operation's result is widened to include error models or
None. Never run; only type-checked.
"""

from __future__ import annotations

from pathlib import Path
from typing import assert_type

from discogs_api_client.api.database import (
    delete_release_user_rating,
    get_release,
    get_release_stats,
    search_database,
)
from discogs_api_client.api.marketplace import (
    get_fee,
    get_listing,
    get_marketplace_stats,
    get_order,
)
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
)
from discogs_openapi import AsyncDiscogs, Discogs, download_export, upload_inventory


def sync_usage(client: Discogs) -> str:
    release = get_release.sync(249504, client=client, curr_abbr="EUR")
    assert_type(release, Release)
    assert_type(delete_release_user_rating.sync(249504, "memory", client=client), None)
    stats = get_release_stats.sync(249504, client=client)
    assert_type(stats, ReleaseStats | ReleaseOffensiveFlag)
    page = search_database.sync(client=client, q="nirvana", type_="artist")
    assert_type(page, SearchResultsPage)
    first = page.results[0]
    assert_type(
        first, SearchArtistResult | SearchLabelResult | SearchMasterResult | SearchReleaseResult
    )
    return release.title


async def async_usage(client: AsyncDiscogs) -> int:
    release = await get_release.asyncio(249504, client=client)
    assert_type(release, Release)
    return release.id


def marketplace_usage(client: Discogs) -> float:
    stats = get_marketplace_stats.sync(1, client=client)
    assert_type(stats, MarketplaceStats)
    assert_type(stats.lowest_price, Money | None)
    assert_type(get_listing.sync(172723812, client=client), Listing)
    # Response enums are open: the Literal for completion, or any other string as sent.
    assert_type(get_order.sync("1-1", client=client).status, OrderStatus | str)
    assert_type(upload_inventory(client, "add", "listings.csv"), int)
    assert_type(download_export(client, 599632, "exports/"), Path)
    return get_fee.sync(10.0, client=client).value
