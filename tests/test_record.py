"""scripts/record.py, the read-only recorder, against servers on loopback (issue 17, item 1).

The replay server stands in for the API: the walk must reach every GET operation the
recordings answer, save what the server sent as envelopes the replay server reads back, keep to
the budget, and leave no credential and (with --mask-user) no trace of the maintainer.
"""

from __future__ import annotations

import dataclasses
import io
import json
import os
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import httpx
import pytest
import verifier
from capture import Capture
from record import NOT_WALKED, Seeds, Summary, main, record, recording_client

from conftest import FAKE_TOKEN, RECORDINGS_DIR, ROOT, SPEC, USER_AGENT, operations
from discogs_openapi import RetryPolicy
from replay_server import (
    Receive,
    Recording,
    ReplayApp,
    Scope,
    Send,
    load_recordings,
    load_routes,
    serve,
)

# The ids and names the recordings use (the walk follows the rest from the answers).
SEEDS = Seeds(
    releases=(249504, 3450768),
    masters=(1000,),
    artists=(108713,),
    labels=(1,),
    users=("rodneyfool", "shooezgirl", "rappcats", "public_example"),
    orders=("845236-9",),
    queries=("nirvana",),
)
SEED_ARGUMENTS = [
    *("--release", "249504", "--release", "3450768", "--master", "1000"),
    *("--artist", "108713", "--label", "1", "--order", "845236-9", "--query", "nirvana"),
    *("--user", "rodneyfool", "--user", "shooezgirl", "--user", "rappcats"),
    *("--user", "public_example"),
]
ROUTES = load_routes()
GET_OPERATIONS = {op: found for op, found in operations(SPEC).items() if found[1] == "GET"}
PUBLIC = {op for op, (_, _, operation) in GET_OPERATIONS.items() if {} in operation["security"]}
OAUTH_CREDENTIALS = {
    "DISCOGS_CONSUMER_KEY": verifier.CONSUMER_KEY,
    "DISCOGS_CONSUMER_SECRET": verifier.CONSUMER_SECRET,
    "DISCOGS_OAUTH_TOKEN": verifier.ACCESS_TOKEN,
    "DISCOGS_OAUTH_TOKEN_SECRET": verifier.ACCESS_SECRET,
}


class AnyPageSize(ReplayApp):
    """The replay server, with a recording made at one page size also answering another.

    The recordings were made with assorted `per_page` values (1, 2, 3, 5, 100); the recorder asks
    with the API's default. Everything else (paths, ids, other parameters) must still match.
    Each answer is kept in `sent` as (method, path, query, status, body).
    """

    def __init__(self, *args: Any) -> None:
        super().__init__(*args)
        self.sent: list[tuple[str, str, dict[str, str], int, bytes]] = []
        self.any_size = [
            dataclasses.replace(r, query={k: v for k, v in r.query.items() if k != "per_page"})
            for r in self.recordings
        ]

    def best_recording(self, *args: Any) -> Recording | None:
        found = super().best_recording(*args)
        if found is None:
            exact, self.recordings = self.recordings, self.any_size
            try:
                found = super().best_recording(*args)
            finally:
                self.recordings = exact
        return found

    def answer(
        self, method: str, path: str, query: dict[str, str], headers: dict[str, str], body: bytes
    ) -> tuple[int, dict[str, str], bytes]:
        status, answer_headers, content = super().answer(method, path, query, headers, body)
        self.sent.append((method, path, query, status, content))
        return status, answer_headers, content


def operation_of(method: str, path: str) -> str:
    route = next(r for r in ROUTES if r.pattern.match(path))
    return str(route.operations[method]["operationId"])


def covered_by_recordings() -> set[str]:
    """GET operations with a 2xx recording, less those the recorder does not walk."""
    return {
        r.operation
        for r in load_recordings(RECORDINGS_DIR)
        if r.method == "GET" and 200 <= r.status < 300 and r.operation not in NOT_WALKED
    }


@pytest.fixture
def environment(monkeypatch: pytest.MonkeyPatch) -> pytest.MonkeyPatch:
    """No Discogs variables but the user agent; each test sets the rest."""
    for name in (
        "DISCOGS_TOKEN",
        "DISCOGS_BASE_URL",
        "DISCOGS_CONSUMER_KEY",
        "DISCOGS_CONSUMER_SECRET",
        "DISCOGS_OAUTH_TOKEN",
        "DISCOGS_OAUTH_TOKEN_SECRET",
    ):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("DISCOGS_USER_AGENT", USER_AGENT)
    return monkeypatch


def walk(base_url: str, out: Path, seeds: Seeds = SEEDS, **settings: Any) -> tuple[Summary, str]:
    capture = Capture()
    progress = io.StringIO()
    with recording_client(capture, base_url=base_url, **settings) as client:
        summary = record(
            out, client=client, capture=capture, seeds=seeds, per_operation=5, progress=progress
        )
    return summary, progress.getvalue()


def test_reaches_every_get_operation_the_recordings_cover(
    environment: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    environment.setenv("DISCOGS_TOKEN", FAKE_TOKEN)
    app = AnyPageSize.from_files()
    with serve(app) as base_url:
        summary, progress = walk(base_url, tmp_path)
    expected = covered_by_recordings()
    assert len(expected) == len(GET_OPERATIONS) - len(NOT_WALKED)
    assert set(summary.reached) == expected, summary.render()
    assert summary.not_reached == {"getRequestToken": "OAuth token operations are not walked"}
    assert f"[{len(expected)}/{len(GET_OPERATIONS)} GET operations reached" in progress
    # Every request the server saw was saved, once, as an envelope the replay server reads.
    files = sorted(tmp_path.rglob("*.json"))
    assert len(files) == len(app.sent) == summary.calls == len(summary.files)
    assert not any(operation_of(m, p) in NOT_WALKED for m, p, *_ in app.sent)
    sent = {(m, p, json.dumps(q, sort_keys=True)): (s, b) for m, p, q, s, b in app.sent}
    for file in files:
        recording = Recording.load(file)
        assert file.parent.name == recording.operation == operation_of("GET", recording.path)
        assert file.name.startswith(f"{recording.status}-")
        data = json.loads(file.read_text(encoding="utf-8"))
        assert data["source"].startswith(f"recorded from {base_url} on 20")
        assert data["request"]["headers"] == {"Authorization": "REDACTED"}
        status, body = sent[("GET", recording.path, json.dumps(recording.query, sort_keys=True))]
        assert recording.status == status
        if 200 <= status < 300 and recording.operation != "downloadInventoryExport":
            assert data["response"]["json"] == json.loads(body)
        elif 200 <= status < 300:
            assert data["response"]["text"] == body.decode()


@pytest.mark.parametrize(
    ("credentials", "why"),
    [
        ({}, "needs credentials"),
        (
            {"DISCOGS_CONSUMER_KEY": "ck-1", "DISCOGS_CONSUMER_SECRET": "cs-1"},
            "needs a user's credentials (a token or OAuth), not a consumer key and secret",
        ),
    ],
    ids=["no-credentials", "key-and-secret"],
)
def test_without_a_user_only_what_the_credentials_allow(
    environment: pytest.MonkeyPatch, tmp_path: Path, credentials: dict[str, str], why: str
) -> None:
    for name, value in credentials.items():
        environment.setenv(name, value)
    app = AnyPageSize.from_files()
    with serve(app) as base_url:
        summary, _ = walk(base_url, tmp_path)
    allowed = {
        op
        for op, (_, _, operation) in GET_OPERATIONS.items()
        if {} in operation["security"]
        or (credentials and {"DiscogsKeySecret": []} in operation["security"])
    }
    needs_more = set(GET_OPERATIONS) - allowed - set(NOT_WALKED)
    assert needs_more >= {"getIdentity", "listOrders", "getCollectionValue"}
    assert set(summary.reached) <= allowed
    # Public operations the seeds lead to are still reached.
    assert set(summary.reached) >= {"getRelease", "getArtist", "getUserProfile", "getList"}
    for op in needs_more:
        assert summary.not_reached[op] == why
    assert summary.not_reached["getRequestToken"] == "OAuth token operations are not walked"
    seen = {operation_of(m, p) for m, p, *_ in app.sent}
    assert not seen & needs_more, "a call was spent on an operation the credentials cannot make"
    rendered = summary.render()
    assert all(f"  {op}: {why}" in rendered for op in needs_more)


class Budget:
    """ASGI middleware: a moving-window rate limit as the API keeps it, with its headers.

    It stamps each request as it arrives, answers 429 past the limit, and tells the client the
    limit and what is left in the rate-limit headers (replacing the recording's).
    """

    def __init__(self, app: ReplayApp, limit: int, window: float) -> None:
        self.app, self.limit, self.window = app, limit, window
        self.arrivals: list[float] = []
        self.refused = 0

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        now = time.monotonic()
        self.arrivals.append(now)
        used = sum(1 for t in self.arrivals if now - t < self.window)
        if used > self.limit:
            self.refused += 1

        async def with_headers(message: dict[str, Any]) -> None:
            if message["type"] == "http.response.start":
                if used > self.limit:
                    message["status"] = 429
                kept = [
                    (k, v)
                    for k, v in message["headers"]
                    if not k.lower().startswith(b"x-discogs-ratelimit")
                ]
                message["headers"] = [
                    *kept,
                    (b"X-Discogs-Ratelimit", str(self.limit).encode()),
                    (b"X-Discogs-Ratelimit-Used", str(used).encode()),
                    (b"X-Discogs-Ratelimit-Remaining", str(max(self.limit - used, 0)).encode()),
                ]
            await send(message)

        await self.app(scope, receive, with_headers)

    def most_in_a_window(self) -> int:
        return max(
            sum(1 for t in self.arrivals if start <= t < start + self.window)
            for start in self.arrivals
        )


LIMIT = 8  # requests per 1 s window


def test_never_above_the_budget(environment: pytest.MonkeyPatch, tmp_path: Path) -> None:
    environment.setenv("DISCOGS_TOKEN", FAKE_TOKEN)
    budget = Budget(AnyPageSize.from_files(), limit=LIMIT, window=1.0)
    seeds = Seeds()
    capture = Capture()
    started = time.monotonic()
    with (
        serve(budget) as base_url,
        # Everything scaled to the 1 s window, the wait after a 429 too.
        recording_client(
            capture,
            base_url=base_url,
            rate_limit=LIMIT,
            rate_limit_window=1.0,
            retry=RetryPolicy(rate_limit_wait=1.0),
        ) as client,
    ):
        summary = record(
            tmp_path,
            client=client,
            capture=capture,
            seeds=seeds,
            per_operation=1,
            progress=io.StringIO(),
        )
    assert summary.calls > 3 * LIMIT  # enough calls to run into the budget several times
    assert len(budget.arrivals) == summary.calls
    assert budget.refused == 0
    assert budget.most_in_a_window() <= LIMIT
    # The throttle waited: the calls past the first window's took a window per LIMIT of them.
    assert time.monotonic() - started >= (summary.calls - LIMIT) // LIMIT


def scan(out: Path, text: str, secrets: tuple[str, ...]) -> list[str]:
    found = [f"{s} in output" for s in secrets if s in text]
    for file in out.rglob("*"):
        if file.is_file():
            content = file.read_bytes()
            found += [f"{s} in {file}" for s in secrets if s.encode() in content]
    return found


@pytest.mark.parametrize(
    ("credentials", "secrets"),
    [
        ({"DISCOGS_TOKEN": FAKE_TOKEN}, (FAKE_TOKEN,)),
        (
            OAUTH_CREDENTIALS,
            (
                verifier.CONSUMER_KEY,
                verifier.CONSUMER_SECRET,
                verifier.ACCESS_TOKEN,
                verifier.ACCESS_SECRET,
            ),
        ),
    ],
    ids=["token", "oauth"],
)
def test_no_credential_in_any_file_or_output(
    environment: pytest.MonkeyPatch,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    credentials: dict[str, str],
    secrets: tuple[str, ...],
) -> None:
    for name, value in credentials.items():
        environment.setenv(name, value)
    app = AnyPageSize.from_files()
    with serve(app) as base_url:
        status = main([str(tmp_path), "--base-url", base_url, *SEED_ARGUMENTS])
    output = capsys.readouterr()
    assert status == 0
    assert "Reached:" in output.out
    assert "GET operations reached" in output.err
    # The credentials went to the server, and nowhere else.
    sent = [headers.get("authorization", "") for _, _, headers in app.requests]
    assert any(secrets[0] in value for value in sent)
    assert len(list(tmp_path.rglob("*.json"))) == len(app.requests)
    assert not scan(tmp_path, output.out + output.err, secrets)
    identity = json.loads((tmp_path / "getIdentity" / "200-1.json").read_text())
    assert identity["request"]["headers"]["Authorization"] == "REDACTED"


def test_credentials_echoed_in_answers_are_redacted(
    environment: pytest.MonkeyPatch, tmp_path: Path, answering: Any
) -> None:
    """An answer holding a URL with credentials in its query (as a pagination link of a request
    that sent them there would) is saved with them REDACTED."""
    environment.setenv("DISCOGS_TOKEN", FAKE_TOKEN)
    link = f"https://api.discogs.com/x?page=2&token={FAKE_TOKEN}&oauth_signature=sig%26x"
    body = json.dumps({"urls": {"next": link}, "id": 1}).encode()
    base_url, app = answering(200, body, "application/json")
    summary, _ = walk(base_url, tmp_path, Seeds())
    assert len(app.requests) == summary.calls >= 1
    saved = (tmp_path / "getServiceRoot" / "200-1.json").read_text()
    assert json.loads(saved)["response"]["json"]["urls"]["next"] == (
        "https://api.discogs.com/x?page=2&token=REDACTED&oauth_signature=REDACTED"
    )
    assert not scan(tmp_path, "", (FAKE_TOKEN, "sig%26x"))


# An account whose name, e-mail and id appear nowhere else in the recordings.
NAME, EMAIL, USER_ID = "Zyx.Maint", "zyx.m@mail.test", 7340033
ACCOUNT_URL = f"https://api.discogs.com/users/{NAME}"


def constructed(operation: str, path: str, body: Any) -> Recording:
    return Recording(
        name=operation,
        operation=operation,
        method="GET",
        path=path,
        query={},
        request_body=None,
        status=200,
        headers={"Content-Type": "application/json", "Link": f"<{ACCOUNT_URL}/wants?page=2>"},
        body=json.dumps(body).encode(),
    )


ACCOUNT = [
    constructed(
        "getIdentity",
        "/oauth/identity",
        {"id": USER_ID, "username": NAME, "resource_url": ACCOUNT_URL, "consumer_name": "a"},
    ),
    constructed(
        "getUserProfile",
        f"/users/{NAME}",
        {
            "id": USER_ID,
            "username": NAME,
            "email": EMAIL,
            "profile": f"Write to {EMAIL.upper()}, or see www.{NAME}.example.",
            "resource_url": ACCOUNT_URL,
            "home_page": "https://www.example.com",
        },
    ),
    constructed(
        "listCollectionFolders",
        f"/users/{NAME}/collection/folders",
        {"folders": [{"id": 0, "count": 1, "name": "All", "resource_url": f"{ACCOUNT_URL}/c"}]},
    ),
    constructed(
        "listOrders",
        "/marketplace/orders",
        {
            "pagination": {"page": 1, "pages": 1, "per_page": 50, "items": 1, "urls": {}},
            "orders": [
                {
                    "id": f"{USER_ID}-4",
                    "seller": {"id": USER_ID, "username": NAME, "resource_url": ACCOUNT_URL},
                    "buyer": {"id": 1234567, "username": "a_buyer"},
                    "items": [{"id": USER_ID + 1, "release": {"id": 249504}}],
                }
            ],
        },
    ),
]


def test_mask_user_leaves_no_trace_of_the_maintainer(
    environment: pytest.MonkeyPatch, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    environment.setenv("DISCOGS_TOKEN", FAKE_TOKEN)
    app = ReplayApp(ROUTES, ACCOUNT)
    with serve(app) as base_url:
        assert main([str(tmp_path), "--base-url", base_url, "--mask-user"]) == 0
    output = capsys.readouterr()
    # The server was asked about the account by its real name; the files never name it.
    assert f"/users/{NAME}" in {path for _, path, _ in app.requests}
    traces = (NAME, NAME.lower(), EMAIL, str(USER_ID))
    assert not scan(tmp_path, output.out + output.err, traces)
    saved = {f.parent.name: json.loads(f.read_text()) for f in tmp_path.rglob("200-1.json")}
    assert saved["getIdentity"]["response"]["json"]["username"] == "maintainer"
    assert saved["getIdentity"]["response"]["json"]["id"] == 1
    profile = saved["getUserProfile"]
    assert profile["request"]["path"] == "/users/maintainer"
    assert profile["response"]["json"] == {
        "id": 1,
        "username": "maintainer",
        "email": "maintainer@example.com",
        "profile": "Write to maintainer@example.com, or see www.maintainer.example.",
        "resource_url": "https://api.discogs.com/users/maintainer",
        "home_page": "https://www.example.com",
    }
    assert profile["response"]["headers"]["Link"] == (
        "<https://api.discogs.com/users/maintainer/wants?page=2>"
    )
    order = saved["listOrders"]["response"]["json"]["orders"][0]
    # The account's ids become 1; other ids stay.
    assert order["id"] == "1-4"
    assert order["seller"]["id"] == 1
    assert order["buyer"] == {"id": 1234567, "username": "a_buyer"}
    assert order["items"] == [{"id": USER_ID + 1, "release": {"id": 249504}}]
    # Every id the walk followed was still asked by its real value.
    assert "/marketplace/orders/7340033-4" in {path for _, path, _ in app.requests}


@pytest.mark.parametrize(
    "arguments",
    [
        [],
        ["out", "--release", "abc"],
        ["out", "--artist", "-3"],
        ["out", "--order", "12345"],
        ["out", "--user", "a/b"],
        ["out", "--user", ""],
        ["out", "--per-operation", "0"],
        ["out", "--rate-limit-window", "0"],
        ["out", "--bogus"],
    ],
)
def test_usage_errors_exit_2(arguments: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_:
        main(arguments)
    assert exit_.value.code == 2
    assert "usage:" in capsys.readouterr().err


def test_no_user_agent_is_a_usage_error(
    environment: pytest.MonkeyPatch, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    environment.delenv("DISCOGS_USER_AGENT")
    assert main([str(tmp_path)]) == 2
    assert "DISCOGS_USER_AGENT is not set" in capsys.readouterr().err
    assert not any(tmp_path.iterdir())


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


class Interrupting(httpx.BaseTransport):
    """A network that answers from the replay app's recordings over loopback until the
    `stop_at`-th request, which is interrupted as by Ctrl-C."""

    def __init__(self, stop_at: int) -> None:
        self.inner = httpx.HTTPTransport()
        self.stop_at, self.count = stop_at, 0

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        self.count += 1
        if self.count == self.stop_at:
            raise KeyboardInterrupt
        return self.inner.handle_request(request)


def test_an_interrupted_walk_keeps_what_it_recorded(
    environment: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    environment.setenv("DISCOGS_TOKEN", FAKE_TOKEN)
    app = AnyPageSize.from_files()
    capture = Capture(Interrupting(stop_at=6))
    progress = Terminal()
    with (
        serve(app) as base_url,
        recording_client(capture, base_url=base_url) as client,
        pytest.raises(KeyboardInterrupt),
    ):
        record(tmp_path, client=client, capture=capture, seeds=SEEDS, progress=progress)
    assert len(app.sent) == 5
    saved = sorted(tmp_path.rglob("*.json"))
    assert len(saved) == 5
    assert {Recording.load(f).path for f in saved} == {path for _, path, *_ in app.sent}
    # On a terminal the progress line is rewritten in place, and ends its line when done.
    assert progress.getvalue().startswith("\r\x1b[K[1/40 GET operations reached, 1 calls]")
    assert progress.getvalue().endswith("\n")
    assert progress.getvalue().count("\n") == 1


def test_only_exchanges_with_the_api_are_saved(
    environment: pytest.MonkeyPatch, tmp_path: Path, answering: Any
) -> None:
    """An export download redirected to a file host: the API's 302 is saved (its signed URL
    redacted), the file host's answer is not, although its path looks like an API path."""
    environment.setenv("DISCOGS_TOKEN", FAKE_TOKEN)
    files_url, files = answering(200, b"release_id,price\r\n1,9.99\r\n", "text/csv")
    page = {"pagination": {"page": 1, "pages": 1, "per_page": 50, "items": 1, "urls": {}}}
    recordings = [
        constructed("listInventoryExports", "/inventory/export", {**page, "items": [{"id": 5}]}),
        dataclasses.replace(
            constructed("downloadInventoryExport", "/inventory/export/5/download", None),
            status=302,
            headers={"Location": f"{files_url}/inventory/export/5.csv?Signature=s1gn3d"},
            body=b"",
        ),
    ]
    app = ReplayApp(ROUTES, recordings)
    with serve(app) as base_url:
        summary, _ = walk(base_url, tmp_path, Seeds())
    assert [target for _, target, _ in files.requests] == [
        "/inventory/export/5.csv?Signature=s1gn3d"
    ]
    saved = {Recording.load(f).path for f in tmp_path.rglob("*.json")}
    assert saved == {path for _, path, _ in app.requests}
    assert "/inventory/export/5/download" in saved
    assert summary.statuses["downloadInventoryExport"] == [302]
    assert not scan(tmp_path, "", ("s1gn3d", "release_id,price"))


@pytest.mark.parametrize("strict", [False, True], ids=["lenient", "strict"])
def test_a_drifted_answer_still_leads_on(
    environment: pytest.MonkeyPatch, tmp_path: Path, strict: bool
) -> None:
    """An identity that breaks the spec (no resource_url, the id as a string) is saved as sent,
    and its username is followed, by a lenient client and by a strict one (DecodeError)."""
    environment.setenv("DISCOGS_TOKEN", FAKE_TOKEN)
    drifted = constructed("getIdentity", "/oauth/identity", {"id": "42", "username": NAME})
    app = ReplayApp(ROUTES, [drifted, *ACCOUNT[1:]])
    with serve(app) as base_url:
        summary, _ = walk(base_url, tmp_path, Seeds(), strict=strict)
    assert f"/users/{NAME}" in {path for _, path, _ in app.requests}
    assert "getUserProfile" in summary.reached
    saved = json.loads((tmp_path / "getIdentity" / "200-1.json").read_text())
    assert saved["response"]["json"] == {"id": "42", "username": NAME}


def test_runs_as_a_script(environment: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """`python scripts/record.py`, as the README and make run it, in a process of its own."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("DISCOGS_")}
    env |= {
        "DISCOGS_USER_AGENT": USER_AGENT,
        "DISCOGS_TOKEN": FAKE_TOKEN,
        "PYTHONPATH": os.pathsep.join(str(ROOT / part) for part in ("overlay", "generated")),
    }
    app = AnyPageSize.from_files()
    with serve(app) as base_url:
        done = subprocess.run(
            [
                *(sys.executable, str(ROOT / "scripts" / "record.py"), str(tmp_path / "out")),
                *("--base-url", base_url, "--release", "249504", "--per-operation", "1"),
                *("--rate-limit-window", "0.2"),
            ],
            env=env,
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
        )
    assert done.returncode == 0, done.stderr
    assert f"in {len(app.requests)} calls; {len(app.requests)} exchanges saved." in done.stdout
    assert len(list((tmp_path / "out").rglob("*.json"))) == len(app.requests)
    assert FAKE_TOKEN not in done.stdout + done.stderr
