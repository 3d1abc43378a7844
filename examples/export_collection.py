"""Export a user's Discogs collection to CSV, one row per copy, with a progress bar.

Folder 0 ("All", the default) of a public collection needs no credentials; other folders and
private collections need the owner's token. Run it live (DISCOGS_BASE_URL picks another server):

    DISCOGS_TOKEN=... DISCOGS_USER_AGENT="MyApp/1.0 +https://example.com" \\
        python examples/export_collection.py USERNAME collection.csv [--folder 0]
"""

from __future__ import annotations

import argparse
import csv
import secrets
import sys
from contextlib import ExitStack
from pathlib import Path
from typing import Any

from tqdm import tqdm  # type: ignore[import-untyped, unused-ignore]

from discogs_api_client.models.artist_credit import ArtistCredit
from discogs_api_client.models.collection_item import CollectionItem
from discogs_api_client.types import Unset
from discogs_openapi import Discogs, DiscogsError

COLUMNS = [
    "instance_id",
    "release_id",
    "artists",
    "title",
    "year",
    "formats",
    "folder_id",
    "rating",
    "date_added",
]


def artist_names(credits: list[ArtistCredit] | Unset) -> str:
    # A credit's `join` ("&", "Feat.") is what the release prints before the next name.
    parts: list[str] = []
    for credit in [] if isinstance(credits, Unset) else credits:
        join = credit.join if isinstance(credit.join, str) and credit.join.strip(", ") else ","
        parts += [credit.name, ", " if join == "," else f" {join} "]
    return "".join(parts[:-1])


def row(item: CollectionItem) -> list[object]:
    info = item.basic_information
    formats = []
    for fmt in [] if isinstance(info.formats, Unset) else info.formats:
        details = "" if isinstance(fmt.descriptions, Unset) else ", ".join(fmt.descriptions)
        formats.append(f"{fmt.qty} x {fmt.name}" + (f" ({details})" if details else ""))
    # Absent fields become empty cells; year 0 is Discogs' "unknown".
    year = "" if isinstance(info.year, Unset) or info.year == 0 else info.year
    added = "" if isinstance(item.date_added, Unset) else item.date_added.isoformat()
    first = [item.instance_id, item.id, artist_names(info.artists), info.title, year]
    return [*first, "; ".join(formats), item.folder_id, item.rating, added]


def export(client: Discogs, username: str, folder: int, out: Path) -> int:
    """Write the folder's items to `out`; returns how many. `out` appears only when complete."""
    # Beside `out`, so the final rename stays on one filesystem (atomic); "x" honours the umask.
    temporary = out.with_name(f".{out.name}.{secrets.token_hex(4)}.part")
    try:
        with temporary.open("x", newline="", encoding="utf-8") as file, ExitStack() as stack:
            bars: list[Any] = []

            def progress(done: int, total: int) -> None:
                if not bars:  # opened once the first page has told the total
                    bars.append(stack.enter_context(tqdm(total=total, unit="item")))
                bars[0].update(done - bars[0].n)

            writer = csv.writer(file)
            writer.writerow(COLUMNS)
            items = client.collection.iter_collection_folder_releases(
                username, folder, progress=progress
            )
            count = 0
            for item in items:
                writer.writerow(row(item))
                count += 1
        temporary.replace(out)
    except BaseException:
        # Interrupted (an API error, Ctrl-C): drop the partial file, keep any earlier export.
        temporary.unlink(missing_ok=True)
        raise
    return count


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("username")
    parser.add_argument("out", type=Path, help="the CSV file to write")
    parser.add_argument("--folder", type=int, default=0, help="folder id (0, the default: All)")
    args = parser.parse_args(argv)
    try:
        with Discogs.from_env() as client:
            count = export(client, args.username, args.folder, args.out)
    except (DiscogsError, OSError) as error:
        print(f"error: {error}", file=sys.stderr)
        return 1
    print(f"{count} items of {args.username}'s folder {args.folder} written to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
