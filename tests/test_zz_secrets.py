"""Last in the run: no secret anywhere — URLs the suite sent, error messages, reprs.

Log records are scanned after every test by the autouse fixture in conftest.py, and all of the
run's records once more by the last test here. This module runs last (files run in name order):
it scans every URL the run sent to the shared replay server, its own requests in each credential
mode included, then provokes every kind of error with recognisable fake credentials and scans
the messages.
"""

from __future__ import annotations

from typing import Any

import httpx
import pytest
import verifier

from conftest import FAKE_TOKEN, LOGGED_SECRETS, RUN_LOG, USER_AGENT
from discogs_api_client.api.database import get_artist_releases, get_release, search_database
from discogs_openapi import (
    AsyncDiscogs,
    Discogs,
    DiscogsError,
    OAuth1Auth,
    OAuthFlow,
    RetryPolicy,
)
from replay_server import ReplayApp

SECRETS = (FAKE_TOKEN, *verifier.SECRETS)
MODES: list[dict[str, Any]] = [
    {"token": FAKE_TOKEN},
    {"consumer_key": verifier.CONSUMER_KEY, "consumer_secret": verifier.CONSUMER_SECRET},
    {
        "consumer_key": verifier.CONSUMER_KEY,
        "consumer_secret": verifier.CONSUMER_SECRET,
        "oauth_token": verifier.ACCESS_TOKEN,
        "oauth_token_secret": verifier.ACCESS_SECRET,
        "signature_method": "HMAC-SHA1",
    },
]


def _clean(text: str) -> None:
    for secret in SECRETS:
        assert secret not in text, text


@pytest.mark.parametrize("settings", MODES, ids=["token", "key_secret", "oauth"])
def test_no_url_sent_carries_a_secret(
    replay_app: ReplayApp, replay_url: str, settings: dict[str, Any]
) -> None:
    before = len(replay_app.targets)
    with Discogs(USER_AGENT, base_url=replay_url, **settings) as client:
        get_release.sync(249504, client=client)
        search_database.sync(client=client, q="nirvana")
        list(client.paginate(get_artist_releases, per_page=1, max_items=2, artist_id=108713))
    assert len(replay_app.targets) >= before + 3
    # Everything the run sent to the shared server so far, this test's requests included.
    for target in replay_app.targets:
        _clean(target)


@pytest.mark.parametrize("settings", MODES, ids=["token", "key_secret", "oauth"])
def test_no_error_message_or_repr_carries_a_secret(
    replay_url: str, settings: dict[str, Any], answering: Any
) -> None:
    messages: list[str] = []
    quick = RetryPolicy(attempts=1, rate_limit_attempts=1, max_wait=0)
    with Discogs(USER_AGENT, base_url=replay_url, retry=quick, **settings) as client:
        messages += [repr(client), str(client), repr(client.rate_limit)]
        for call in (
            lambda: get_release.sync(999999999, client=client),  # 404
            lambda: get_release.sync(249504, client=client, curr_abbr="EUR"),  # 429
            lambda: search_database.sync(client=client, q="*" * 64),  # 500
            lambda: get_release.sync(0, client=client),  # invalid argument
            lambda: client.get_httpx_client().put("/artists/1"),  # 405
        ):
            try:
                call()
            except DiscogsError as error:
                messages += [str(error), repr(error)]
    html, _ = answering(200, b"<html>maintenance</html>", "text/html")
    with Discogs(USER_AGENT, base_url=html, **settings) as client:
        try:
            get_release.sync(1, client=client)
        except DiscogsError as error:
            messages.append(str(error))
    with Discogs(USER_AGENT, base_url="http://127.0.0.1:9", retry=quick, **settings) as client:
        try:
            client.get_httpx_client().get("/releases/1", timeout=httpx.Timeout(0.5))
        except DiscogsError as error:
            messages.append(str(error))
    messages += [
        repr(AsyncDiscogs(USER_AGENT, base_url=replay_url, **settings)),
        repr(OAuth1Auth(verifier.CONSUMER_KEY, verifier.CONSUMER_SECRET)),
        repr(OAuthFlow(USER_AGENT, verifier.CONSUMER_KEY, verifier.CONSUMER_SECRET)),
    ]
    assert len(messages) >= 12
    for message in messages:
        _clean(message)


def test_no_log_record_of_the_run_carries_a_secret() -> None:
    # Placed last: by now RUN_LOG holds every record of the run, this module's requests included.
    assert any("discogs_openapi" in message or "HTTP Request" in message for message in RUN_LOG)
    leaked = [s for s in LOGGED_SECRETS if any(s in message for message in RUN_LOG)]
    assert not leaked, f"secrets in {len(RUN_LOG)} log records: {leaked}"
