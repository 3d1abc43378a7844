"""The recorder's write sequences (scripts/record_writes.py) against a stateful fake account.

Loopback only: `fake_discogs.FakeDiscogs` served by `replay_server.serve`. Each run is checked on
the fake's own log and state: the account after a run equals the account before, also when the
run is cut off after any one of its requests (a Ctrl-C in the client, a 500, a connection broken
after the change was made), and what was there before the run is never written to.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
import record
from fake_discogs import FakeDiscogs
from record_writes import TAG, WritesSummary, run_writes

from conftest import FAKE_TOKEN, USER_AGENT
from discogs_openapi import ConfigurationError, Discogs, InvalidArgumentError, RetryPolicy
from replay_server import Receive, Scope, Send, serve

USER = "example"
RELEASE = 249504
TOTAL = 32  # requests of a full run on an empty account (test_a_full_run_leaves_no_trace)
# Short backoff; a 429 (the fake's budget overrun) waited out briefly, once: a test fails fast.
QUICK = RetryPolicy(backoff=0.01, max_backoff=0.02, max_wait=5, rate_limit_wait=0.5)
DEADLINE = 10.0  # seconds, for any one call
# The writes of a full run, in order, ids as the fake assigns them (folders, items, listings
# numbered from 1001).
WRITES = [
    ("PUT", f"/users/{USER}/wants/{RELEASE}"),
    ("POST", f"/users/{USER}/wants/{RELEASE}"),
    ("DELETE", f"/users/{USER}/wants/{RELEASE}"),
    ("POST", f"/users/{USER}/collection/folders"),
    ("POST", f"/users/{USER}/collection/folders/1001"),
    ("DELETE", f"/users/{USER}/collection/folders/1001"),
    ("POST", f"/users/{USER}/collection/folders"),
    ("POST", f"/users/{USER}/collection/folders/1/releases/{RELEASE}"),
    ("POST", f"/users/{USER}/collection/folders/1/releases/{RELEASE}/instances/1003"),
    ("POST", f"/users/{USER}/collection/folders/1/releases/{RELEASE}/instances/1003"),
    ("POST", f"/users/{USER}/collection/folders/1002/releases/{RELEASE}/instances/1003/fields/3"),
    ("DELETE", f"/releases/{RELEASE}/rating/{USER}"),
    ("DELETE", f"/users/{USER}/collection/folders/1002/releases/{RELEASE}/instances/1003"),
    ("DELETE", f"/users/{USER}/collection/folders/1002"),
    ("POST", "/marketplace/listings"),
    ("POST", "/marketplace/listings/1004"),
    ("DELETE", "/marketplace/listings/1004"),
    ("PUT", f"/releases/{RELEASE}/rating/{USER}"),
    ("DELETE", f"/releases/{RELEASE}/rating/{USER}"),
]


class Current:
    """The module's one server answers with whichever fake the running test put here."""

    fake = FakeDiscogs(USER)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        await self.fake(scope, receive, send)


class Interrupting(httpx.BaseTransport):
    """The network, with a Ctrl-C (KeyboardInterrupt) before or after chosen requests (from 1)."""

    def __init__(
        self, *, after: frozenset[int] = frozenset(), before: frozenset[int] = frozenset()
    ):
        self.network = httpx.HTTPTransport()
        self.after, self.before = after, before
        self.sent = 0

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        self.sent += 1
        if self.sent in self.before:
            raise KeyboardInterrupt
        response = self.network.handle_request(request)
        if self.sent in self.after:
            response.read()  # the server made the change and answered; the client never sees it
            response.close()
            raise KeyboardInterrupt
        return response

    def close(self) -> None:
        self.network.close()


@pytest.fixture(scope="module")
def server() -> Iterator[tuple[str, Current]]:
    app = Current()
    with serve(app) as url:
        yield url, app


def _fake(server: tuple[str, Current], **settings: Any) -> FakeDiscogs:
    fake = FakeDiscogs(USER, **{"limit": 1000, "window": 1.0, **settings})
    server[1].fake = fake
    return fake


def _client(url: str, transport: httpx.BaseTransport | None = None, **settings: Any) -> Discogs:
    settings = {
        "rate_limit": 1000,
        "rate_limit_window": 1.0,
        "retry": QUICK,
        "deadline": DEADLINE,
        **settings,
    }
    return Discogs(USER_AGENT, token=FAKE_TOKEN, base_url=url, transport=transport, **settings)


def _path(entry: tuple[str, str]) -> tuple[str, str]:
    return entry[0], entry[1].split("?")[0]


def _run(
    client: Discogs, said: list[str], summary: WritesSummary | None = None, **options: Any
) -> WritesSummary:
    summary = WritesSummary() if summary is None else summary
    try:
        return run_writes(
            client, username=USER, release_id=RELEASE, say=said.append, summary=summary, **options
        )
    finally:  # what the run says (the maintainer's log) never holds the credentials
        assert not [line for line in said if FAKE_TOKEN in line]


def test_a_full_run_leaves_no_trace(server: tuple[str, Current]) -> None:
    fake = _fake(server)
    before, said = fake.state(), list[str]()
    with _client(server[0]) as client:
        summary = _run(client, said)
    assert summary.done == ["wantlist", "collection folder", "collection item", "listing", "rating"]
    assert summary.clean
    assert not summary.skipped
    assert not summary.failed
    assert len(fake.log) == TOTAL
    assert [_path(entry) for entry in fake.writes()] == WRITES
    # Every read of each sequence reached the fake too.
    reads = {_path(entry) for entry in fake.log if entry[0] == "GET"}
    assert {
        ("GET", "/oauth/identity"),
        ("GET", f"/users/{USER}/wants"),
        ("GET", f"/users/{USER}/collection/folders/1001"),
        ("GET", f"/users/{USER}/collection/releases/{RELEASE}"),
        ("GET", f"/users/{USER}/collection/fields"),
        ("GET", "/marketplace/listings/1004"),
        ("GET", f"/releases/{RELEASE}/rating/{USER}"),
    } <= reads
    assert fake.state() == before
    assert said[-1] == "nothing left on the account"


@pytest.mark.parametrize("when", ["before", "after"])
@pytest.mark.parametrize("k", range(1, TOTAL + 1))
def test_a_ctrl_c_at_any_request_is_cleaned_up_then_raised(
    server: tuple[str, Current], k: int, when: str
) -> None:
    # "after": request k reached the fake and made its change, but its answer is lost; "before":
    # it was never sent (an undo cut off before it is sent is run again).
    fake = _fake(server)
    before, said = fake.state(), list[str]()
    transport = Interrupting(**{when: frozenset({k})})
    summary = WritesSummary()
    with _client(server[0], transport) as client, pytest.raises(KeyboardInterrupt):
        _run(client, said, summary)
    assert len(fake.log) >= (k if when == "after" else k - 1)
    assert fake.state() == before
    assert summary.clean
    assert said[-1] == "nothing left on the account"
    assert not any("COULD NOT UNDO" in line for line in said)


@pytest.mark.parametrize("kind", ["fail", "drop"])
@pytest.mark.parametrize("k", range(1, TOTAL + 1))
def test_a_failure_at_any_request_is_cleaned_up(
    server: tuple[str, Current], k: int, kind: str
) -> None:
    fake = _fake(server)
    fake.fault(k, kind)
    before, said = fake.state(), list[str]()
    with _client(server[0]) as client:
        summary = _run(client, said)
    assert len(fake.log) > k
    assert fake.state() == before
    assert summary.clean, summary.left
    assert said[-1] == "nothing left on the account"
    method = fake.log[k - 1][0]
    if method == "POST":  # never repeated: its sequence failed, and the others still ran
        assert len(summary.failed) == 1
        assert len(summary.done) == 4


def test_a_second_ctrl_c_stops_the_cleanup_and_says_what_is_left(
    server: tuple[str, Current],
) -> None:
    fake = _fake(server)
    said: list[str] = []
    # Request 8 creates the folder (1001); 9 renames it, cut off before it is sent, and the undo
    # (the 10th request) is cut off too.
    transport = Interrupting(before=frozenset({9, 10}))
    summary = WritesSummary()
    with _client(server[0], transport) as client, pytest.raises(KeyboardInterrupt):
        _run(client, said, summary=summary)
    assert fake.log[-1] == ("POST", f"/users/{USER}/collection/folders")
    assert fake.state()["folders"] == {0: "All", 1: "Uncategorized", 1001: f"{TAG} {_stamp(said)}"}
    assert len(summary.left) == 1
    assert summary.left[0].startswith(f"collection folder 1001 named '{TAG} ")
    assert said[-2:] == ["LEFT ON THE ACCOUNT, undo by hand:", f"  {summary.left[0]}"]
    assert any(line.startswith("  COULD NOT UNDO: collection folder 1001") for line in said)


def test_an_undo_that_keeps_failing_is_reported_with_its_id(server: tuple[str, Current]) -> None:
    fake = _fake(server)
    for attempt in range(11, 11 + QUICK.attempts):  # request 11 deletes folder 1001: every try
        fake.fault(attempt, "fail")
    said: list[str] = []
    with _client(server[0]) as client:
        summary = _run(client, said)
    assert fake.log[10:14] == [("DELETE", f"/users/{USER}/collection/folders/1001")] * 4
    assert fake.state()["folders"][1001] == f"{TAG} {_stamp(said)} (renamed)"
    assert len(summary.left) == 1
    assert summary.left[0].startswith(f"collection folder 1001 named '{TAG} ")
    assert "ServerError" in summary.left[0]
    # The run went on: every sequence ran, and only the folder is left.
    assert summary.done == ["wantlist", "collection folder", "collection item", "listing", "rating"]
    assert said[-2:] == ["LEFT ON THE ACCOUNT, undo by hand:", f"  {summary.left[0]}"]


def _stamp(said: list[str]) -> str:
    created = next(line for line in said if line.startswith("  POST") and '"name"' in line)
    return created.split(f"{TAG} ", 1)[1].split('"')[0]


@pytest.mark.parametrize("existing", ["want", "item", "rating"])
def test_what_was_there_before_is_never_touched(server: tuple[str, Current], existing: str) -> None:
    fake = _fake(server)
    account = fake.account
    if existing == "want":
        account.wants[RELEASE] = {"notes": "mine", "rating": 5}
    elif existing == "item":
        notes = {3: "my copy"}
        account.instances[7] = {"release_id": RELEASE, "folder_id": 1, "rating": 2, "notes": notes}
    else:
        account.ratings[RELEASE] = 5
    before, said = fake.state(), list[str]()
    with _client(server[0]) as client:
        summary = _run(client, said)
    assert fake.state() == before
    assert summary.clean
    assert not summary.failed
    writes = [path for _, path in map(_path, fake.writes())]
    if existing == "want":
        assert summary.skipped == {"wantlist": f"release {RELEASE} is in your wantlist already"}
        assert not [path for path in writes if "/wants" in path]
    elif existing == "item":
        assert summary.skipped == {
            "collection item": f"release {RELEASE} is in your collection already"
        }
        assert not [path for path in writes if "/collection/folders/1/releases/" in path]
    else:
        assert summary.skipped == {"rating": f"you rated release {RELEASE} already (5)"}
        # The collection item is not rated either: that would rate the release.
        assert not [path for path in writes if "/rating/" in path]
        assert "collection item" in summary.done
        assert f"  not rating the item: you rated release {RELEASE} already (5)" in said


def test_a_dry_run_sends_nothing_and_says_every_write_and_its_undo(
    server: tuple[str, Current],
) -> None:
    fake = _fake(server)
    said: list[str] = []
    with _client(server[0]) as client:
        summary = _run(client, said, dry_run=True)
    assert fake.log == []
    planned = [line.split()[2:4] for line in said if line.startswith("  would send ")]
    writes = [(method, path.split("?")[0]) for method, path in planned if method != "GET"]
    # The writes of a real run, in order, the ids the API assigns shown as placeholders.
    ids = {"1001": "{folder_id}", "1002": "{folder_id}", "1003": "{instance_id}"}
    ids |= {"1004": "{listing_id}", "/fields/3": "/fields/{field_id}"}
    expected = []
    for method, path in WRITES:
        for value, placeholder in ids.items():
            path = path.replace(value, placeholder)
        expected.append((method, path))
    assert writes == expected
    assert summary.dry_run
    assert summary.clean
    assert said[-2:] == [
        "writes planned (dry run, nothing sent): "
        "wantlist, collection folder, collection item, listing, rating",
        "nothing left on the account",
    ]


def test_the_budget_is_never_exceeded(server: tuple[str, Current]) -> None:
    # The fake counts arrivals per moving window, as Discogs does, and would answer 429.
    fake = _fake(server, limit=6, window=0.5)
    before, said = fake.state(), list[str]()
    with _client(server[0], rate_limit=6, rate_limit_window=0.5) as client:
        summary = _run(client, said)
    assert summary.clean
    assert len(summary.done) == 5
    assert len(fake.log) == TOTAL  # no request was refused and sent again
    assert fake.busiest() <= 6
    assert fake.state() == before


def test_a_refused_write_leaves_nothing_to_look_for(server: tuple[str, Current]) -> None:
    # A user who may not sell: the listing is refused (403), so nothing was made and the
    # inventory is not searched for it; the other sequences still run.
    fake = _fake(server, seller=False)
    before, said = fake.state(), list[str]()
    with _client(server[0]) as client:
        summary = _run(client, said)
    assert list(summary.failed) == ["listing"]
    assert summary.failed["listing"].startswith("PermissionDeniedError: POST ")
    assert summary.done == ["wantlist", "collection folder", "collection item", "rating"]
    assert summary.clean
    listing_requests = [
        entry for entry in fake.log if "listing" in entry[1] or "inventory" in entry[1]
    ]
    assert listing_requests == [("POST", "/marketplace/listings")]
    assert fake.state() == before


def test_another_users_account_is_refused_after_one_read(server: tuple[str, Current]) -> None:
    fake = _fake(server)
    with _client(server[0]) as client, pytest.raises(ConfigurationError) as caught:
        run_writes(client, username="someone-else", release_id=RELEASE, say=lambda _: None)
    assert "these belong to 'example', not 'someone-else'" in str(caught.value)
    assert fake.log == [("GET", "/oauth/identity")]


@pytest.mark.parametrize(
    ("username", "release_id"), [("", RELEASE), ("  ", RELEASE), (USER, 0), (USER, True)]
)
def test_bad_arguments_are_refused_unsent(
    server: tuple[str, Current], username: str, release_id: int
) -> None:
    fake = _fake(server)
    with _client(server[0]) as client, pytest.raises(InvalidArgumentError):
        run_writes(client, username=username, release_id=release_id, say=lambda _: None)
    assert fake.log == []


# --- record.py --writes and --dry-run: the command line over the fake --------------------------


@pytest.fixture
def environment(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in [n for n in os.environ if n.startswith("DISCOGS_")]:
        monkeypatch.delenv(name)
    monkeypatch.setenv("DISCOGS_USER_AGENT", USER_AGENT)
    monkeypatch.setenv("DISCOGS_TOKEN", FAKE_TOKEN)


def test_record_writes_runs_the_sequences_and_records_them(
    server: tuple[str, Current],
    environment: None,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    url, current = server
    current.fake = fake = FakeDiscogs(USER)
    before = fake.state()
    arguments = [str(tmp_path), "--base-url", url, "--release", str(RELEASE), "--writes"]
    assert record.main([*arguments, "--rate-limit-window", "1"]) == 0
    out = capsys.readouterr().out
    assert [(method, target.split("?")[0]) for method, target in fake.writes()] == WRITES
    assert fake.state() == before
    assert "nothing left on the account" in out
    assert "writes done: wantlist, collection folder, collection item, listing, rating" in out
    # Every write was recorded under its operation, with no credential in any file.
    saved = {path.parent.name for path in tmp_path.rglob("*.json")}
    assert {"addWant", "editWant", "deleteWant", "createCollectionFolder", "createListing"} <= saved
    assert {"deleteListing", "updateReleaseUserRating", "editCollectionInstanceField"} <= saved
    assert not any(FAKE_TOKEN in path.read_text("utf-8") for path in tmp_path.rglob("*.json"))


def test_record_dry_run_sends_nothing_and_prints_every_write(
    server: tuple[str, Current],
    environment: None,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    url, current = server
    current.fake = fake = FakeDiscogs(USER)
    arguments = [str(tmp_path), "--base-url", url, "--release", str(RELEASE)]
    assert record.main([*arguments, "--writes", "--dry-run", "--user", USER]) == 0
    out = capsys.readouterr().out
    assert fake.log == []
    assert list(tmp_path.iterdir()) == []
    planned = [line.split()[2:4] for line in out.splitlines() if "would send" in line]
    writes = [(method, target.split("?")[0]) for method, target in planned if method != "GET"]
    # The writes of a real run, with placeholders for the ids the API would assign.
    assert len(writes) == len(WRITES)
    for (method, target), (real_method, real_path) in zip(writes, WRITES, strict=True):
        assert method == real_method
        assert re.fullmatch(re.sub(r"\\{\w+\\}", r"\\d+", re.escape(target)), real_path), target


@pytest.mark.parametrize(
    "arguments",
    [["--writes"], ["--dry-run"], ["--dry-run", "--release", "1"]],
    ids=["writes-without-release", "dry-run-without-release", "dry-run-without-writes"],
)
def test_record_writes_usage_errors(
    server: tuple[str, Current],
    environment: None,
    tmp_path: Path,
    arguments: list[str],
    capsys: pytest.CaptureFixture[str],
) -> None:
    url, current = server
    current.fake = fake = FakeDiscogs(USER)
    assert record.main([str(tmp_path), "--base-url", url, *arguments]) == 2
    assert "record.py: " in capsys.readouterr().err
    assert fake.log == []
