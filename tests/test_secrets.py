"""No secret anywhere: URLs the client sends, error messages, reprs, and the run as a whole.

Log records are scanned after every test by the autouse fixture `no_secret_in_logs`, and all of
the run's records, with every URL the shared replay server received, once more at its end by the
session fixture `no_secret_in_the_run` (both in conftest.py), whichever test runs last. Here: the
URLs of each credential mode, every kind of error provoked with recognisable fake credentials and
its messages scanned, and a run with a leak in it, which the end-of-run scan must fail.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import httpx
import pytest
import verifier

from conftest import FAKE_TOKEN, ROOT, SENT_SECRETS, USER_AGENT
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
    for secret in SENT_SECRETS:
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
    sent = replay_app.targets[before:]
    assert len(sent) >= 3
    # This test's own requests; the whole run's are scanned at its end (`no_secret_in_the_run`).
    for target in sent:
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


# A pytest plugin for the run below: in its first test only, a record logged with one secret and
# a URL holding another sent with urllib (which logs nothing, so only the server's list has it).
LEAKING_PLUGIN = """
import logging
import urllib.error
import urllib.request

import pytest


@pytest.fixture(autouse=True)
def leak(request: pytest.FixtureRequest, replay_url: str) -> None:
    if not request.node.name.endswith("[token]"):
        return
    # WARNING, not DEBUG: this fixture may run before the one that turns DEBUG on.
    logging.getLogger("discogs_openapi").warning("signed with %s", {logged!r})
    opener = urllib.request.build_opener(urllib.request.ProxyHandler({{}}))
    try:
        opener.open(replay_url + "/releases/249504?token=" + {sent!r}, timeout=10).close()
    except urllib.error.HTTPError:
        pass
"""


def test_a_leak_fails_the_run_at_its_end(tmp_path: Path) -> None:
    plugin = LEAKING_PLUGIN.format(logged=verifier.CONSUMER_SECRET, sent=FAKE_TOKEN)
    (tmp_path / "leaking_plugin.py").write_text(plugin, encoding="utf-8")
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(tmp_path), env.get("PYTHONPATH")) if p)
    # Three tests, the leak in the first: the last one's teardown is where the run's scan fails.
    run = subprocess.run(
        [
            sys.executable,
            "-m",
            "pytest",
            "-p",
            "leaking_plugin",
            "-p",
            "no:cacheprovider",
            f"{Path(__file__).resolve()}::{test_no_url_sent_carries_a_secret.__name__}",
        ],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=180,
        check=False,
    )
    report = run.stdout + run.stderr
    assert run.returncode == pytest.ExitCode.TESTS_FAILED, report
    assert "ERROR at teardown of test_no_url_sent_carries_a_secret[oauth]" in report, report
    end = report[report.index("AssertionError: end of run") :]
    assert f"{verifier.CONSUMER_SECRET} in log records" in end, report
    assert f"{FAKE_TOKEN} in URLs sent" in end, report
