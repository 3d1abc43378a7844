"""Readable models: UNSET prints as UNSET, reprs are short, to_dict() is JSON-ready, and the
generated docstrings name the errors a Discogs client raises (issue 16, items 3 and 5)."""

from __future__ import annotations

import inspect
import json
import os
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from conftest import (
    EXCHANGES,
    SPEC,
    USER_AGENT,
    Exchange,
    StrictDecoding,
    generated_module,
    operations,
)
from discogs_api_client.api.database import get_release
from discogs_api_client.models import Release, Track
from discogs_api_client.types import UNSET
from discogs_openapi import Discogs, errors
from replay_server import ReplayApp, serve

LONGEST_REPR = 300
JSON_SUCCESSES = [e for e in EXCHANGES if e.is_success and "json" in e.data["response"]]


def test_unset_prints_as_unset() -> None:
    assert repr(UNSET) == "UNSET"
    assert str(UNSET) == "UNSET"
    assert f"{UNSET}" == "UNSET"


def test_an_absent_list_iterates_empty() -> None:
    release = Release.from_dict({"id": 1, "title": "t", "resource_url": "", "uri": ""})
    assert [track.title for track in release.tracklist] == []


def test_a_fetched_release_reprs_briefly(replay_url: str, replay_app: ReplayApp) -> None:
    seen = len(replay_app.requests)
    with Discogs(USER_AGENT, base_url=replay_url) as client:
        release = get_release.sync(249504, client=client)
    assert [r[:2] for r in replay_app.requests[seen:]] == [("GET", "/releases/249504")]
    text = repr(release)
    assert text.startswith("Release(id=249504, title='Never Gonna Give You Up', "), text
    assert "year=1987" in text
    assert text.endswith(", ...)"), text  # the rest is cut, not spelt out
    assert "UNSET" not in text
    assert " object at 0x" not in text
    assert len(text) < LONGEST_REPR
    assert str(release) == text


def test_long_strings_and_lists_are_cut() -> None:
    tracks = [{"position": str(i), "title": f"Track {i}", "duration": "3:00"} for i in range(50)]
    release = Release.from_dict(
        {
            "id": 1,
            "title": "x" * 500,
            "resource_url": "https://api.discogs.com/releases/1",
            "uri": "https://www.discogs.com/release/1",
            "tracklist": tracks,
        }
    )
    text = repr(release)
    assert text == f"Release(id=1, title='{'x' * 39}…', tracklist=[50 Track])"
    assert (
        repr(Track.from_dict(tracks[0])) == "Track(position='0', title='Track 0', duration='3:00')"
    )


def _decoded(exchange: Exchange, recorded: tuple[str, Recorded]) -> Any:
    """The recorded request sent to a loopback server giving the recorded answer, decoded by
    the operation's generated function as a strict client would."""
    url, app = recorded
    app.exchange = exchange
    request = exchange.data["request"]
    with httpx.Client(base_url=url) as client:
        response = client.request(request["method"], request["path"], params=request["query"])
    assert app.paths[-1] == request["path"]  # the server saw the request
    module = generated_module(exchange.operation)
    return module._build_response(client=StrictDecoding(), response=response).parsed


class Recorded:
    """Answers every request with the recording set in `exchange`; counts what arrived."""

    def __init__(self) -> None:
        self.exchange: Exchange | None = None
        self.paths: list[str] = []

    async def __call__(self, scope: dict[str, Any], receive: Any, send: Any) -> None:
        if scope["type"] != "http" or self.exchange is None:
            return
        self.paths.append(scope["path"])
        response = self.exchange.data["response"]
        headers = [(k.lower().encode(), v.encode()) for k, v in response.get("headers", {}).items()]
        headers = [h for h in headers if h[0] != b"content-length"]
        if "json" in response:
            headers = [h for h in headers if h[0] != b"content-type"]
            headers += [(b"content-type", b"application/json")]
        body = json.dumps(response["json"]).encode() if "json" in response else b""
        body = response["text"].encode() if "text" in response else body
        await send(
            {"type": "http.response.start", "status": response["status"], "headers": headers}
        )
        await send({"type": "http.response.body", "body": body})


@pytest.fixture(scope="module")
def recorded() -> Iterator[tuple[str, Recorded]]:
    app = Recorded()
    with serve(app) as url:
        yield url, app


@pytest.mark.parametrize("exchange", JSON_SUCCESSES, ids=lambda e: e.id)
def test_every_success_is_json_ready_and_reprs_briefly(
    exchange: Exchange, recorded: tuple[str, Recorded]
) -> None:
    parsed = _decoded(exchange, recorded)
    data = parsed.to_dict() if hasattr(parsed, "to_dict") else parsed
    assert json.loads(json.dumps(data)) == exchange.data["response"]["json"]
    text = repr(parsed)
    assert "UNSET" not in text, text
    assert " object at 0x" not in text, text
    assert len(text) < LONGEST_REPR, text


FORM_SUCCESSES = [e for e in EXCHANGES if e.is_success and e.operation.endswith("Token")]


@pytest.mark.parametrize("exchange", FORM_SUCCESSES, ids=lambda e: e.id)
def test_credentials_do_not_show_in_reprs(
    exchange: Exchange, recorded: tuple[str, Recorded]
) -> None:
    parsed = _decoded(exchange, recorded)
    assert parsed.oauth_token_secret == "xyz789"  # the attribute holds it, the repr does not
    assert "oauth_token_secret=***" in repr(parsed)
    for value in (parsed.oauth_token, parsed.oauth_token_secret):
        assert value not in repr(parsed)


# --- docstrings (item 5) -----------------------------------------------------------------------

_ENTRY = re.compile(r"^    (\w+): ", re.MULTILINE)


def _raises(function: Any) -> list[str]:
    doc = inspect.getdoc(function) or ""
    section = doc.partition("\nRaises:\n")[2].partition("\n\n")[0]
    return _ENTRY.findall(section)


def _expected(operation: dict[str, Any]) -> list[str]:
    """The classes an operation's call through a Discogs client can raise, from its responses."""
    statuses = sorted(int(s) for s in operation["responses"] if s.isdigit() and int(s) >= 300)
    by_status = errors._BY_STATUS
    typed = [by_status[s].__name__ for s in statuses if s < 500 and s in by_status]
    server = ["ServerError"] if any(s >= 500 for s in statuses) else []
    local = ["InvalidArgumentError", "CredentialsRequiredError"]
    return [*typed, *server, "APIError", "NetworkError", "DecodeError", *local]


@pytest.mark.parametrize("operation_id", sorted(operations(SPEC)))
def test_docstrings_list_the_errors_the_client_raises(operation_id: str) -> None:
    _, _, operation = operations(SPEC)[operation_id]
    module = generated_module(operation_id)
    for name in ("sync", "sync_detailed", "asyncio", "asyncio_detailed"):
        function = getattr(module, name)
        listed = _raises(function)
        assert listed == _expected(operation), (name, listed)
        for error in listed:
            assert issubclass(getattr(errors, error), errors.DiscogsError), error
        doc = inspect.getdoc(function) or ""
        assert "httpx.TimeoutException:" not in doc
        assert "UnexpectedStatus:" not in doc
        assert "strict" in doc.partition("\nRaises:\n")[2]


def test_natural_model_code_type_checks(tmp_path: Path) -> None:
    # `for t in release.tracklist:` where tracklist may be absent (list[Track] | Unset).
    source = tmp_path / "natural.py"
    source.write_text(
        "from discogs_api_client.models import Release\n\n\n"
        "def titles(release: Release) -> list[str]:\n"
        "    return [track.title for track in release.tracklist]\n"
    )
    env = {**os.environ, "MYPYPATH": str(Path(inspect.getfile(Release)).parents[2])}
    command = [sys.executable, "-m", "mypy", "--strict", "--no-incremental", str(source)]
    result = subprocess.run(command, capture_output=True, text=True, timeout=300, env=env)
    assert result.returncode == 0, result.stdout + result.stderr
