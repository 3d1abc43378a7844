"""Demo: a release, its artist, a search, and two pages of an artist's releases.

By default it starts the replay server on a free loopback port and talks to it over HTTP. Given
DISCOGS_BASE_URL (and DISCOGS_TOKEN, which search needs) it talks to that API instead:

    DISCOGS_BASE_URL=https://api.discogs.com DISCOGS_TOKEN=... python scripts/demo.py
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from discogs_api_client.api.database import (
    get_artist,
    get_artist_releases,
    get_release,
    search_database,
)
from discogs_api_client.types import Unset
from discogs_openapi import Discogs

USER_AGENT = "discogs-openapi-demo/0.1 +https://pypi.org/project/discogs-openapi/"
ARTIST_WITH_PAGES = 108713


def run(client: Discogs) -> None:
    release = get_release.sync(249504, client=client, curr_abbr="USD")
    print(f"Release {release.id}: {release.title} ({release.released or 'no date'})")
    if not isinstance(release.formats, Unset):
        for fmt in release.formats:
            print(f"  format: {fmt.qty} x {fmt.name}")
    if not isinstance(release.tracklist, Unset):
        for track in release.tracklist:
            print(f"  {track.position:>3}  {track.title}  {track.duration or ''}")

    if not isinstance(release.artists, Unset) and release.artists:
        artist = get_artist.sync(release.artists[0].id, client=client)
        print(f"\nArtist {artist.id}: {artist.name or '(no name)'}  {artist.uri}")

    found = search_database.sync(
        client=client, artist="nirvana", release_title="nevermind", per_page=3, page=1
    )
    print(f"\nSearch 'nirvana - nevermind': {found.pagination.items} results, first page:")
    for result in found.results:
        print(f"  [{result.type_}] {result.title}")

    print(f"\nReleases of artist {ARTIST_WITH_PAGES}, two pages of 3:")
    for page in (1, 2):
        listing = get_artist_releases.sync(ARTIST_WITH_PAGES, client=client, page=page, per_page=3)
        pagination = listing.pagination
        print(f"  page {pagination.page}/{pagination.pages}:")
        for item in listing.releases:
            print(f"    {item.year or '----'}  {item.type_:<7}  {item.title}")


def main() -> None:
    if os.environ.get("DISCOGS_BASE_URL"):
        with Discogs.from_env(
            user_agent=os.environ.get("DISCOGS_USER_AGENT", USER_AGENT)
        ) as client:
            run(client)
        return
    # Imported here: with DISCOGS_BASE_URL the demo needs only the installed package.
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from replay_server import serve

    with serve() as base_url:
        print(f"(replay server on {base_url})\n")
        # The replay server accepts any credentials; search needs some to be sent.
        demo_token = "replay-demo-token"  # noqa: S105 - not a secret: the replay server's stand-in
        with Discogs(USER_AGENT, token=demo_token, base_url=base_url) as client:
            run(client)
    print("\n(replay server stopped)")


if __name__ == "__main__":
    main()
