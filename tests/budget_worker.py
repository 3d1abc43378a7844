"""One process of a shared-budget test: `count` throttled requests through one shared store.

python tests/budget_worker.py <base_url> <count> <limit> <window> (path=<file> | url=<redis>)
"""

from __future__ import annotations

import sys

from discogs_openapi import Discogs


def main() -> None:
    base_url, count, limit, window, store = sys.argv[1:6]
    kind, _, where = store.partition("=")
    shared = {"rate_limit_path": where} if kind == "path" else {"rate_limit_url": where}
    with Discogs(
        "discogs-openapi-tests/0.1 +https://example.com/tests",
        token="tok-worker",
        base_url=base_url,
        rate_limit=int(limit),
        rate_limit_window=float(window),
        **shared,
    ) as client:
        for _ in range(int(count)):
            client.get_httpx_client().get("/releases/1").raise_for_status()


if __name__ == "__main__":
    main()
