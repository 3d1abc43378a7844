"""Arguments the spec rules out fail locally, name the argument and what it may be, send nothing."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import pytest

from conftest import FAKE_TOKEN, USER_AGENT, FixedAnswer
from discogs_api_client.api.database import (
    get_artist_releases,
    get_release,
    update_release_user_rating,
)
from discogs_api_client.api.marketplace import create_listing
from discogs_api_client.api.user_collection import add_to_collection_folder
from discogs_api_client.api.user_identity import get_user_profile
from discogs_api_client.models import ListingFields, ReleaseRatingUpdate
from discogs_openapi import Discogs, InvalidArgumentError
from replay_server import serve


@pytest.fixture(scope="module")
def server() -> Iterator[tuple[str, FixedAnswer]]:
    """One server for the module: nothing should reach it."""
    app = FixedAnswer(200, b"{}", "application/json")
    with serve(app) as url:
        yield url, app


@pytest.fixture
def client(server: tuple[str, FixedAnswer]) -> Iterator[tuple[Discogs, FixedAnswer]]:
    """A fresh client (its budget untouched) and the server, with no request recorded yet."""
    url, app = server
    app.requests.clear()
    with Discogs(USER_AGENT, token=FAKE_TOKEN, base_url=url) as discogs:
        yield discogs, app


CASES: list[tuple[str, Callable[[Discogs], Any], str]] = [
    (
        "a rating of 6",
        lambda c: update_release_user_rating.sync(
            1, "memory", client=c, body=ReleaseRatingUpdate(rating=6)
        ),
        r"rating: 6 is greater than the maximum of 5",
    ),
    (
        "per_page 500",
        lambda c: get_artist_releases.sync(1, client=c, per_page=500),
        r"per_page='500' must be at most 100",
    ),
    (
        "page 0",
        lambda c: get_artist_releases.sync(1, client=c, page=0),
        r"page='0' must be at least 1",
    ),
    (
        "an unknown currency",
        lambda c: get_release.sync(1, client=c, curr_abbr="XYZ"),  # type: ignore[arg-type]
        r"curr_abbr='XYZ' must be one of USD, GBP, EUR",
    ),
    (
        "an unknown condition",
        lambda c: create_listing.sync(
            client=c,
            body=ListingFields(release_id=1, condition="Shiny", price=1.0, status="For Sale"),  # type: ignore[arg-type]
        ),
        r"condition: 'Shiny' is not one of \['Mint \(M\)'",
    ),
    (
        "an empty username",
        lambda c: get_user_profile.sync("", client=c),
        r"username='' must not be empty",
    ),
    (
        "folder 0, which cannot take releases",
        lambda c: add_to_collection_folder.sync("memory", 0, 1, client=c),
        r"folder_id=0 must be at least 1",  # the value as passed, not as sent
    ),
]


@pytest.mark.parametrize(("what", "call", "message"), CASES, ids=[c[0] for c in CASES])
def test_bad_arguments_fail_locally(
    client: tuple[Discogs, FixedAnswer], what: str, call: Callable[[Discogs], Any], message: str
) -> None:
    discogs, app = client
    with pytest.raises(InvalidArgumentError, match=message) as caught:
        call(discogs)
    assert "Nothing was sent" in str(caught.value)
    assert app.requests == []
    view = discogs.rate_limit
    assert view is not None
    assert view.used == 0  # not even a slot of the budget was booked
