"""List a seller's Discogs inventory with prices, and the total per currency.

Anyone sees a seller's listings that are For Sale; the seller's own token shows every status
(`--status All`, `Sold`, `Draft`...). Run it live with:

    DISCOGS_TOKEN=... DISCOGS_USER_AGENT="MyApp/1.0 +https://example.com" \\
        python examples/list_inventory.py USERNAME [--status "For Sale"] [--sort price]

DISCOGS_BASE_URL points it at another server, such as `scripts/replay_server.py`.
"""

from __future__ import annotations

import argparse
import sys
from collections import defaultdict
from decimal import Decimal

from discogs_api_client.models import InventorySort, InventoryStatusFilter, SortOrder
from discogs_api_client.models.inventory_sort import INVENTORY_SORT_VALUES
from discogs_api_client.models.inventory_status_filter import INVENTORY_STATUS_FILTER_VALUES
from discogs_api_client.models.sort_order import SORT_ORDER_VALUES
from discogs_api_client.types import UNSET, Unset
from discogs_openapi import Discogs, DiscogsError

CENT = Decimal("0.01")


def amount(value: float) -> Decimal:
    # Via str(): the JSON number 149.99 stays 149.99, so the totals add up to the cent.
    return Decimal(str(value)).quantize(CENT)


def list_inventory(
    client: Discogs,
    username: str,
    *,
    status: InventoryStatusFilter | Unset = UNSET,
    sort: InventorySort | Unset = UNSET,
    sort_order: SortOrder | Unset = UNSET,
) -> int:
    """Print the listings and the totals; returns how many listings there were."""
    listings = client.marketplace.iter_user_inventory(
        username, status=status, sort=sort, sort_order=sort_order
    )
    totals: defaultdict[str, Decimal] = defaultdict(Decimal)
    count = 0
    for listing in listings:
        if count == 0:  # printed after the first answer, so an error is not preceded by a header
            print(f"{'listing':>10}  {'price':>14}  {'condition':<21}  {'status':<9}  release")
        price = amount(listing.price.value)
        totals[listing.price.currency] += price
        count += 1
        print(
            f"{listing.id:>10}  {listing.price.currency:>4} {price:>9}  {listing.condition:<21}"
            f"  {listing.status:<9}  {listing.release.description}"
        )
    print(f"{count} listings")
    for currency, total in sorted(totals.items()):
        print(f"total {currency} {total}")
    return count


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("username")
    # Choices from the generated enums: a typo fails here instead of spending a request on a 422.
    parser.add_argument("--status", choices=sorted(INVENTORY_STATUS_FILTER_VALUES))
    parser.add_argument("--sort", choices=sorted(INVENTORY_SORT_VALUES))
    parser.add_argument("--order", choices=sorted(SORT_ORDER_VALUES))
    args = parser.parse_args(argv)
    try:
        with Discogs.from_env() as client:
            list_inventory(
                client,
                args.username,
                status=args.status or UNSET,
                sort=args.sort or UNSET,
                sort_order=args.order or UNSET,
            )
    except DiscogsError as error:
        print(f"error: {error}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
