"""Benchmark: peak memory while paginating 10,000 items, against collecting every page first.

A loopback server answers `--pages` pages of `--per-page` artist releases. `paginate` walks
them holding one page at a time; the peer fetches every page into a list before using it.
Peak Python allocations (tracemalloc) of each are printed with their ratio: ours stays flat
as the number of items grows, the peer's grows with it.

    python scripts/bench_paginate.py --pages 100 --per-page 100
"""

from __future__ import annotations

import argparse
import json
import time
import tracemalloc
from collections.abc import Callable
from typing import Any

from discogs_api_client.api.database import get_artist_releases
from discogs_openapi import Discogs
from replay_server import serve


class Pages:
    """Serves page `n` of `pages`, each of `per_page` releases, for any artist."""

    def __init__(self, pages: int, per_page: int) -> None:
        self.pages = pages
        self.per_page = per_page

    async def __call__(self, scope: dict[str, Any], receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            return
        query = dict(p.split("=", 1) for p in scope["query_string"].decode().split("&") if p)
        page = int(query.get("page", "1"))
        releases = [
            {
                "id": page * 1000 + i,
                "title": f"Release {page}-{i}",
                "resource_url": f"https://api.discogs.com/releases/{page * 1000 + i}",
                "type": "release",
                "artist": "Some Artist",
                "year": 1999,
                "format": 'Vinyl, 12"',
                "label": "Some Label",
                "role": "Main",
                "status": "Accepted",
                "thumb": "",
            }
            for i in range(self.per_page)
        ]
        pagination = {
            "page": page,
            "pages": self.pages,
            "per_page": self.per_page,
            "items": self.pages * self.per_page,
            "urls": {},
        }
        body = json.dumps({"pagination": pagination, "releases": releases}).encode()
        headers = [(b"content-type", b"application/json")]
        await send({"type": "http.response.start", "status": 200, "headers": headers})
        await send({"type": "http.response.body", "body": body})


def measure(label: str, run: Callable[[], int], expected: int) -> int:
    tracemalloc.start()
    started = time.perf_counter()
    count = run()
    elapsed = time.perf_counter() - started
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    assert count == expected, f"{label} saw {count} of {expected} items"
    print(f"{label:<40} peak {peak / 2**20:8.2f} MiB   {elapsed:6.2f} s")
    return peak


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=100)
    parser.add_argument("--per-page", type=int, default=100)
    args = parser.parse_args()
    total = args.pages * args.per_page
    agent = "discogs-openapi-bench/1.0 +https://example.com"
    with (
        serve(Pages(args.pages, args.per_page)) as url,
        Discogs(agent, base_url=url, throttle=False) as client,
    ):

        def streamed() -> int:
            count = 0
            for _ in client.paginate(get_artist_releases, artist_id=1, per_page=args.per_page):
                count += 1
            return count

        def collected() -> int:  # the peer: every page kept, then used
            bodies = [
                get_artist_releases.sync(1, client=client, page=page, per_page=args.per_page)
                for page in range(1, args.pages + 1)
            ]
            return sum(len(body.releases) for body in bodies)

        print(f"{total} items in {args.pages} pages over loopback")
        ours = measure("paginate (one page at a time)", streamed, total)
        peer = measure("all pages collected first (peer)", collected, total)
    print(f"memory: paginate's peak is {ours / peer:.3f}x the peer's ({peer / ours:.0f}x less)")


if __name__ == "__main__":
    main()
