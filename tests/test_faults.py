"""The fault matrix: each fault x each kind of call ends in a retry that succeeds or a typed error.

The fault server counts the attempts that reached it; no POST is ever sent twice; nothing but a
`DiscogsError` reaches the caller.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from fault_server import FAULTS, Faults

from conftest import FAKE_TOKEN, USER_AGENT
from discogs_api_client.api.database import (
    delete_release_user_rating,
    get_release,
    update_release_user_rating,
)
from discogs_api_client.api.marketplace import create_listing
from discogs_api_client.models import ListingFields, ReleaseRatingUpdate
from discogs_openapi import (
    AsyncDiscogs,
    DecodeError,
    Discogs,
    DiscogsError,
    NetworkError,
    RetryPolicy,
    ServerError,
)
from replay_server import serve

POLICY = RetryPolicy(attempts=2, backoff=0.01, max_backoff=0.02, rate_limit_wait=0.01, max_wait=2)
RELEASE = (
    b'{"id": 1, "title": "Stockholm", "resource_url": "https://api.discogs.com/releases/1",'
    b' "uri": "https://www.discogs.com/release/1"}'
)
RATING = b'{"username": "memory", "release_id": 1, "rating": 5}'
CREATED = b'{"listing_id": 7, "resource_url": "https://api.discogs.com/marketplace/listings/7"}'
LISTING = ListingFields(release_id=1, condition="Mint (M)", price=9.5, status="For Sale")

# kind: (the call, the OK answer, whether it is safe to repeat)
KINDS: dict[str, tuple[Callable[[Any], Any], tuple[int, str, bytes], bool]] = {
    "GET": (lambda c: get_release.sync(1, client=c), (200, "application/json", RELEASE), True),
    "PUT": (
        lambda c: update_release_user_rating.sync(
            1, "memory", client=c, body=ReleaseRatingUpdate(rating=5)
        ),
        (200, "application/json", RATING),
        True,
    ),
    "DELETE": (
        lambda c: delete_release_user_rating.sync(1, "memory", client=c),
        (204, "application/json", b""),
        True,
    ),
    "POST": (
        lambda c: create_listing.sync(client=c, body=LISTING),
        (201, "application/json", CREATED),
        False,
    ),
}
RETRIED = {"429", "429-no-retry-after", "500", "502", "503", "504", "stall", "reset"}
BAD_BODY = {"html-200", "truncated", "empty", "missing-field"}


def expected(fault: str, kind: str) -> tuple[type[DiscogsError] | None, int]:
    """(the error, or None for success; the attempts that reach the server)."""
    _, _, idempotent = KINDS[kind]
    if fault in ("429", "429-no-retry-after"):
        return None, 2  # the request was not processed: sent again whatever the method
    if fault in RETRIED:
        if idempotent:
            return None, 2
        return (NetworkError if fault in ("stall", "reset") else ServerError), 1
    if fault == "html-503":
        return ServerError, 2 if idempotent else 1
    if fault in BAD_BODY and kind != "DELETE":
        return DecodeError, 1
    return None, 1  # trickle, wrong-type, and bodies a 204 never reads


CELLS = [(fault, kind) for fault in FAULTS for kind in KINDS]


def _client(url: str) -> Discogs:
    return Discogs(USER_AGENT, token=FAKE_TOKEN, base_url=url, retry=POLICY, timeout=0.3)


@pytest.mark.parametrize(("fault", "kind"), CELLS, ids=[f"{f}-{k}" for f, k in CELLS])
def test_fault_matrix(fault: str, kind: str) -> None:
    call, ok, _ = KINDS[kind]
    app = Faults(fault, ok, stall=0.6)
    error, attempts = expected(fault, kind)
    with serve(app) as url, _client(url) as client:
        if error is None:
            call(client)
        else:
            with pytest.raises(error):
                call(client)
    assert app.count == attempts


@pytest.mark.parametrize("fault", ["503", "stall", "reset", "429", "truncated"])
async def test_fault_matrix_async(fault: str) -> None:
    app = Faults(fault, (200, "application/json", RELEASE), stall=0.6)
    error, attempts = expected(fault, "GET")
    with serve(app) as url:
        async with AsyncDiscogs(
            USER_AGENT, token=FAKE_TOKEN, base_url=url, retry=POLICY, timeout=0.3
        ) as client:
            if error is None:
                await get_release.asyncio(1, client=client)
            else:
                with pytest.raises(error):
                    await get_release.asyncio(1, client=client)
    assert app.count == attempts
