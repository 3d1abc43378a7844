"""Lenient decoding by default, strict on demand (README "Decoding what the API sends").

A 2xx body that drifts from the spec (a required field absent, a null, a string for a number, a
timestamp without offset, unknown keys) still returns its model with everything that could be
read; `problems(model)` says what did not match; each kind is logged once per operation and path
at WARNING; a strict client raises DecodeError naming the operation, the path, what was expected
and what came. The suite sets DISCOGS_STRICT=1 (conftest), so lenient tests say strict=False.
"""

from __future__ import annotations

import copy
import json
import logging
from pathlib import Path
from typing import Any

import httpx
import pytest

from conftest import RECORDINGS_DIR, USER_AGENT, StrictDecoding
from discogs_api_client import Client, decoding
from discogs_api_client.api.database import get_release
from discogs_api_client.models import Release
from discogs_openapi import (
    AsyncDiscogs,
    ConfigurationError,
    DecodeError,
    Discogs,
    Problem,
    problems,
)

EXAMPLE = json.loads((RECORDINGS_DIR / "getRelease" / "200-example.json").read_text())
RELEASE: dict[str, Any] = EXAMPLE["response"]["json"]


def drifted() -> dict[str, Any]:
    """The documented release, drifted the ways live answers do."""
    body = copy.deepcopy(RELEASE)
    body["tracklist"].append({**body["tracklist"][0], "position": "C", "title": "Third"})
    del body["title"]  # required
    body["year"] = "1987"  # a number sent as a string
    body["tracklist"][0]["duration"] = None  # a null where the spec has none
    body["tracklist"][1]["duration"] = None
    body["date_added"] = "2004-04-30T08:10:05"  # no offset
    body["artists"][0]["id"] = "72872"
    body["brand_new_field"] = {"kept": [1, 2]}  # unknown: kept, not a problem
    return body


EXPECTED = {
    ("$.title", "missing", "string", "nothing (the field is absent)"),
    ("$.year", "type", "integer", "string"),
    ("$.tracklist[0].duration", "null", "string", "null"),
    ("$.tracklist[1].duration", "null", "string", "null"),
    (
        "$.date_added",
        "format",
        "date-time with a time zone offset",
        "'2004-04-30T08:10:05'",
    ),
    ("$.artists[0].id", "type", "integer", "string"),
}


def seen(found: tuple[Problem, ...]) -> set[tuple[str, str, str, str]]:
    return {(p.path, p.kind, p.expected, p.got) for p in found}


def check_lenient(release: Release, body: dict[str, Any]) -> None:
    assert seen(problems(release)) == EXPECTED
    # Everything that could be read is there, as sent; the missing field stays missing.
    assert release.id == RELEASE["id"]
    assert release.year == "1987"
    assert release.tracklist[0].duration is None
    assert release.tracklist[2].title == "Third"
    assert release.date_added == "2004-04-30T08:10:05"
    assert release.additional_properties["brand_new_field"] == {"kept": [1, 2]}
    assert release.to_dict() == body
    # A nested model lists its own problems, with paths from itself.
    assert seen(problems(release.tracklist[0])) == {("$.duration", "null", "string", "null")}
    assert problems(release.tracklist[2]) == ()


def test_a_drifted_answer_keeps_its_model(answering: Any) -> None:
    body = drifted()
    url, app = answering(200, json.dumps(body).encode(), "application/json")
    with Discogs(USER_AGENT, base_url=url, strict=False) as client:
        assert client.strict is False
        check_lenient(get_release.sync(249504, client=client), body)
    assert len(app.requests) == 1


async def test_a_drifted_answer_keeps_its_model_async(answering: Any) -> None:
    body = drifted()
    url, _ = answering(200, json.dumps(body).encode(), "application/json")
    async with AsyncDiscogs(USER_AGENT, base_url=url, strict=False) as client:
        check_lenient(await get_release.asyncio(249504, client=client), body)


def test_the_bare_generated_client_is_lenient_too(answering: Any) -> None:
    body = drifted()
    url, _ = answering(200, json.dumps(body).encode(), "application/json")
    with Client(base_url=url, headers={"User-Agent": USER_AGENT}) as client:
        check_lenient(get_release.sync(249504, client=client), body)


def test_a_matching_answer_has_no_problems(answering: Any) -> None:
    url, _ = answering(200, json.dumps(RELEASE).encode(), "application/json")
    with Discogs(USER_AGENT, base_url=url, strict=False) as client:
        release = get_release.sync(249504, client=client)
    assert problems(release) == ()
    assert problems("not a model") == ()
    assert release.to_dict() == RELEASE


def check_strict(error: DecodeError) -> None:
    message = str(error)
    assert message.startswith("get_release: GET http://127.0.0.1:")
    # The first problem in the body's order, then how many more.
    assert "$.title: expected string, got nothing (the field is absent)" in message
    assert f"(and {len(EXPECTED) - 1} more: see .problems)" in message
    assert seen(error.problems) == EXPECTED
    assert error.operation == "get_release"
    assert error.status_code == 200


def test_a_strict_client_raises(answering: Any) -> None:
    url, app = answering(200, json.dumps(drifted()).encode(), "application/json")
    with Discogs(USER_AGENT, base_url=url, strict=True) as client:
        assert client.strict is True
        with pytest.raises(DecodeError) as caught:
            get_release.sync(249504, client=client)
    check_strict(caught.value)
    assert len(app.requests) == 1  # a decoding problem is not retried


async def test_a_strict_client_raises_async(answering: Any) -> None:
    url, _ = answering(200, json.dumps(drifted()).encode(), "application/json")
    async with AsyncDiscogs(USER_AGENT, base_url=url, strict=True) as client:
        with pytest.raises(DecodeError) as caught:
            await get_release.asyncio(249504, client=client)
    check_strict(caught.value)


def test_each_kind_is_logged_once_per_operation_and_path(
    answering: Any, caplog: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(decoding, "_logged", set())  # what earlier tests logged, forgotten
    body = drifted()
    body["tracklist"][2]["duration"] = None
    body["title"] = f"never-logged-{id(body)}"  # a value that must not reach the log
    url, _ = answering(200, json.dumps(body).encode(), "application/json")
    caplog.set_level(logging.WARNING, logger="discogs_api_client.decoding")
    with Discogs(USER_AGENT, base_url=url, strict=False) as client:
        for _ in range(3):
            get_release.sync(249504, client=client)
    records = [r for r in caplog.records if r.name == "discogs_api_client.decoding"]
    messages = [r.getMessage() for r in records]
    # Three tracks with a null duration make one line, with the index as [*]; each path once.
    assert sorted(m.split(" at ")[1].split(":")[0] for m in messages) == [
        "$.artists[*].id",
        "$.date_added",
        "$.tracklist[*].duration",
        "$.year",
    ]
    assert all(r.levelno == logging.WARNING for r in records)
    assert all(m.startswith("get_release: ") for m in messages)
    assert not any(body["title"] in m or "72872" in m for m in messages)


@pytest.mark.parametrize(
    ("value", "strict"), [("1", True), ("true", True), ("0", False), ("", False)]
)
def test_discogs_strict_sets_the_default(
    monkeypatch: pytest.MonkeyPatch, value: str, strict: bool
) -> None:
    monkeypatch.setenv("DISCOGS_STRICT", value)
    with Discogs(USER_AGENT, base_url="http://127.0.0.1:9") as client:
        assert client.strict is strict
    # The setting wins over the variable.
    with Discogs(USER_AGENT, base_url="http://127.0.0.1:9", strict=not strict) as client:
        assert client.strict is (not strict)


def test_bad_strict_values_are_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DISCOGS_STRICT", "sometimes")
    with pytest.raises(ConfigurationError, match="DISCOGS_STRICT must be 1 or true"):
        Discogs(USER_AGENT, base_url="http://127.0.0.1:9")
    with pytest.raises(ConfigurationError, match="strict must be True or False"):
        Discogs(USER_AGENT, base_url="http://127.0.0.1:9", strict="yes")  # type: ignore[typeddict-item]


def test_from_dict_refuses_what_is_not_an_object() -> None:
    with pytest.raises(TypeError, match="Release is decoded from a JSON object, not list"):
        Release.from_dict([["id", 1]])  # type: ignore[arg-type]


def test_a_value_of_the_wrong_shape_is_kept_as_sent() -> None:
    body = copy.deepcopy(RELEASE)
    body["community"] = ["not", "an", "object"]
    body["tracklist"][0] = "a string where a track belongs"
    body["genres"] = ["Electronic", 7]
    release = Release.from_dict(body)
    assert release.community == ["not", "an", "object"]
    assert release.tracklist[0] == "a string where a track belongs"
    assert seen(problems(release)) == {
        ("$.community", "type", "object (ReleaseCommunity)", "array"),
        ("$.tracklist[0]", "type", "object (Track)", "string"),
        ("$.genres[1]", "type", "string", "integer"),
    }
    assert release.to_dict() == body


def test_problem_paths_quote_keys_that_are_not_names() -> None:
    problem = Problem(("weird key", 0, "a.b", "ok"), "null", "string", "null")
    assert problem.path == "$['weird key'][0]['a.b'].ok"
    assert str(problem) == "$['weird key'][0]['a.b'].ok: expected string, got null"
    assert "value" not in repr(Problem(("x",), "type", "integer", "string", "secret-ish"))


def test_decoding_runtime_is_the_template_copy() -> None:
    # generated/ holds a copy made by scripts/regenerate.py; check-generated compares the rest.
    root = Path(__file__).resolve().parent.parent
    source = root / "scripts" / "generator-templates" / "runtime" / "decoding.py"
    copied = root / "generated" / "discogs_api_client" / "decoding.py"
    assert copied.read_text() == source.read_text()


def test_garbage_stays_a_decode_error_when_lenient(answering: Any) -> None:
    url, _ = answering(200, b"<html>maintenance</html>", "text/html")
    with (
        Discogs(USER_AGENT, base_url=url, strict=False) as client,
        pytest.raises(DecodeError, match="does not match"),
    ):
        get_release.sync(1, client=client)


def test_response_object_is_the_one_decoded() -> None:
    # _parse_response settles with the response it decoded: the error names its URL.
    request = httpx.Request("GET", "http://127.0.0.1:9/releases/1")
    response = httpx.Response(200, json={"id": 1}, request=request)
    with pytest.raises(DecodeError) as caught:
        get_release._parse_response(client=StrictDecoding(), response=response)
    assert caught.value.response is response
    assert "/releases/1" in str(caught.value)
