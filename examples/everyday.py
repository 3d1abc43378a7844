"""Twelve everyday jobs with the Discogs API, one function each, sync and asyncio.

Functions to copy from: each takes a client (`Discogs(...)` or `Discogs.from_env()`) and the
ids it works on. The wantlist, listing and order jobs write to the account of the client's
credentials. `tests/test_everyday.py` runs every job against the replay server; the file passes
`mypy --strict` with no cast and no `# type: ignore`.
"""

from __future__ import annotations

import asyncio
from pathlib import Path

from discogs_api_client.models import ListingFields, OrderMessageCreate
from discogs_openapi import AsyncDiscogs, Discogs, NotFoundError, export_inventory

AGENT = "EverydayJobs/1.0 +https://example.com"


def tracklist(client: Discogs, release_id: int) -> list[str]:
    """1. A release and its tracklist."""
    release = client.database.get_release(release_id)
    return [f"{release.title} ({release.year})"] + [
        f"{track.position} {track.title} {track.duration}" for track in release.tracklist
    ]


def search(client: Discogs, query: str) -> list[str]:
    """2. The first five search results (of any type: artist, release, master, label)."""
    results = client.database.iter_search_database(q=query, max_items=5)
    return [f"{result.type_} {result.id} {result.title}" for result in results]


def artist_releases(client: Discogs, artist_id: int) -> list[str]:
    """3. An artist's first twenty releases, across pages."""
    releases = client.database.iter_artist_releases(artist_id, max_items=20)
    return [f"{release.year} {release.title}" for release in releases]


def collection_folders(client: Discogs, username: str) -> dict[int, str]:
    """4. A user's collection folders and their sizes."""
    folders = client.collection.list_collection_folders(username).folders
    return {folder.id: f"{folder.name} ({folder.count})" for folder in folders}


def collection_items(client: Discogs, username: str, folder_id: int) -> list[str]:
    """5. The items of one collection folder, every page."""
    items = client.collection.iter_collection_folder_releases(username, folder_id)
    return [f"{item.id} {item.basic_information.title}" for item in items]


def wantlist(client: Discogs, username: str, release_id: int) -> str:
    """6. Add a want, change its notes, remove it."""
    client.wantlist.add_want(username, release_id)
    want = client.wantlist.edit_want(username, release_id, notes="I've added some notes!")
    client.wantlist.delete_want(username, release_id)
    return f"{want.id}: {want.notes}"


def sell(client: Discogs, release_id: int, listing_id: int) -> int:
    """7. List a release for sale as a draft, then change the price of a listing."""
    draft = ListingFields(release_id, "Very Good Plus (VG+)", 12.5, "Draft")
    created = client.marketplace.create_listing(body=draft)
    price = ListingFields(release_id, "Very Good Plus (VG+)", 15.0, "For Sale")
    client.marketplace.edit_listing(listing_id, body=price)
    return created.listing_id


def order_messages(client: Discogs, order_id: str, reply_to: str) -> list[str]:
    """8. Read an order's messages; send one to another order."""
    messages = [
        f"{m.subject}: {m.message}" for m in client.marketplace.iter_order_messages(order_id)
    ]
    client.marketplace.add_order_message(reply_to, body=OrderMessageCreate(message="Shipped today"))
    return messages


def inventory_csv(client: Discogs, folder: Path) -> Path:
    """9. Export the whole inventory as CSV: request, wait until ready, download."""
    return export_inventory(client, folder, waiting=lambda status, waited: print(status, waited))


def oauth_identity(key: str, secret: str, token: str, token_secret: str, base_url: str) -> str:
    """10. Who an OAuth access token belongs to."""
    with Discogs(
        AGENT,
        base_url=base_url,
        consumer_key=key,
        consumer_secret=secret,
        oauth_token=token,
        oauth_token_secret=token_secret,
    ) as client:
        return client.oauth.get_identity().username


def title_or_none(client: Discogs, release_id: int) -> str | None:
    """11. A release that may not exist."""
    try:
        return client.database.get_release(release_id).title
    except NotFoundError:
        return None


async def titles(client: AsyncDiscogs, release_ids: list[int]) -> list[str]:
    """12. Many lookups at once (the client's throttle keeps them within the rate limit)."""
    releases = await asyncio.gather(*map(client.database.get_release, release_ids))
    return [release.title for release in releases]


async def artist_releases_async(client: AsyncDiscogs, artist_id: int) -> list[str]:
    """3, asyncio: an artist's first twenty releases, across pages."""
    releases = client.database.iter_artist_releases(artist_id, max_items=20)
    return [f"{release.year} {release.title}" async for release in releases]
