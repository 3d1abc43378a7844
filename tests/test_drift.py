"""Every 2xx recording, drifted the ways live answers drift, still decodes (issue 15, item 6).

Hypothesis takes a recording and changes it: drops a field, adds an unknown key, swaps a string
for an unseen value, nulls a scalar, sends a number as a string, strips a timestamp's offset, or
puts a value of another shape. Then, through the operation's own `_parse_response`:
- lenient decoding never raises, and `to_dict()` gives back exactly the drifted body;
- `problems()` is empty exactly when the body still matches the spec, and otherwise points at
  the change; the oracle is jsonschema on the spec's response schema, restricted to what the
  decoder checks (types, required, enum, const, anyOf/oneOf, date-time);
- a strict client raises DecodeError holding the same problems.
"""

from __future__ import annotations

import copy
import datetime
import re
from typing import Any

import httpx
import jsonschema
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conftest import EXCHANGES, SPEC, Exchange, StrictDecoding, generated_module, operations
from discogs_openapi import DecodeError, problems

SUCCESSES = [
    e for e in EXCHANGES if e.is_success and isinstance(e.data["response"].get("json"), dict)
]
OPERATIONS = operations(SPEC)

# What the decoder checks, and nothing more: lengths, patterns, bounds and other formats are the
# server's business and are not checked on answers (maxProperties is: `{}` stands for "not set").
_KEPT = (
    "$ref", "type", "enum", "const", "required", "properties", "additionalProperties", "items",
    "anyOf", "oneOf", "allOf", "format", "maxProperties",
)  # fmt: skip
_Oracle = jsonschema.validators.create(
    meta_schema=jsonschema.Draft202012Validator.META_SCHEMA,
    validators={k: v for k, v in jsonschema.Draft202012Validator.VALIDATORS.items() if k in _KEPT},
    type_checker=jsonschema.Draft202012Validator.TYPE_CHECKER,
    format_checker=jsonschema.FormatChecker(["date-time", "date"]),
)
_OFFSET = re.compile(r"(Z|[+-]\d\d:\d\d)$")


def oracle(exchange: Exchange) -> Any:
    _, _, operation = OPERATIONS[exchange.operation]
    status = str(exchange.status)
    schema = operation["responses"][status]
    while "$ref" in schema:
        schema = _follow(schema["$ref"])
    body_schema = schema["content"]["application/json"]["schema"]
    root = {"components": SPEC["components"], "allOf": [body_schema]}
    return _Oracle(root, format_checker=_Oracle.FORMAT_CHECKER)


def _follow(ref: str) -> Any:
    node: Any = SPEC
    for part in ref.removeprefix("#/").split("/"):
        node = node[part]
    return node


def places(body: Any, at: tuple[str | int, ...] = ()) -> list[tuple[str | int, ...]]:
    """The location of every value held under an object key, depth first."""
    found = []
    if isinstance(body, dict):
        for key, value in body.items():
            found.append((*at, key))
            found.extend(places(value, (*at, key)))
    elif isinstance(body, list):
        for index, value in enumerate(body):
            found.extend(places(value, (*at, index)))
    return found


def holder(body: Any, location: tuple[str | int, ...]) -> Any:
    for part in location[:-1]:
        body = body[part]
    return body


def drift(body: dict[str, Any], location: tuple[str | int, ...], change: str) -> bool:
    """Apply `change` at `location`; False when it does not apply to the value there."""
    parent, key = holder(body, location), location[-1]
    value = parent[key]
    if change == "drop":
        del parent[key]
    elif change == "add":
        target = value if isinstance(value, dict) else parent
        target["zz_unknown_key"] = {"new": [1, "two"]}
    elif change == "unseen" and isinstance(value, str):
        parent[key] = "Unseen value"
    elif change == "null" and value is not None and not isinstance(value, dict | list):
        parent[key] = None
    elif change == "stringify" and type(value) in (int, float):
        parent[key] = str(value)
    elif change == "strip-offset" and isinstance(value, str) and _is_timestamp(value):
        parent[key] = _OFFSET.sub("", value)
    elif change == "reshape":
        parent[key] = [value] if not isinstance(value, list) else {"was": "a list"}
    else:
        return False
    return True


def _is_timestamp(value: str) -> bool:
    try:
        return datetime.datetime.fromisoformat(value).tzinfo is not None
    except ValueError:
        return False


def decode(exchange: Exchange, body: dict[str, Any], client: object) -> Any:
    request = exchange.data["request"]
    url = httpx.URL("https://api.discogs.com" + request["path"])
    status, method = exchange.status, request["method"]
    response = httpx.Response(status, json=body, request=httpx.Request(method, url))
    return generated_module(exchange.operation)._parse_response(client=client, response=response)


CHANGES = ["drop", "add", "unseen", "null", "stringify", "strip-offset", "reshape"]


@pytest.mark.parametrize("exchange", SUCCESSES, ids=lambda e: e.id)
def test_the_recording_itself_matches(exchange: Exchange) -> None:
    # The oracle agrees with the strict decoder on the undrifted answer.
    body = exchange.data["response"]["json"]
    assert list(oracle(exchange).iter_errors(body)) == []
    assert problems(decode(exchange, copy.deepcopy(body), StrictDecoding())) == ()


@settings(
    max_examples=1000, deadline=None, derandomize=True, suppress_health_check=list(HealthCheck)
)
@given(data=st.data())
def test_drifted_answers_decode_and_report_what_drifted(data: st.DataObject) -> None:
    exchange = data.draw(st.sampled_from(SUCCESSES), label="recording")
    body = copy.deepcopy(exchange.data["response"]["json"])
    changed = []
    for _ in range(data.draw(st.integers(1, 3), label="changes")):
        spots = places(body)
        if not spots:
            break
        location = data.draw(st.sampled_from(spots), label="location")
        change = data.draw(st.sampled_from(CHANGES), label="change")
        if drift(body, location, change):
            changed.append(location)
    expected = copy.deepcopy(body)

    lenient = decode(exchange, body, client=None)
    assert lenient.to_dict() == expected  # everything that came is kept, as it came
    found = problems(lenient)
    errors = list(oracle(exchange).iter_errors(expected))
    assert bool(found) == bool(errors), (found, [e.message for e in errors])
    for problem in found:
        # Each problem lies in an object that was changed (a union's branch may shift the path
        # within it, never outside it).
        assert any(problem.location[: len(spot) - 1] == spot[:-1] for spot in changed), problem

    if found:
        with pytest.raises(DecodeError) as caught:
            decode(exchange, copy.deepcopy(expected), StrictDecoding())
        assert caught.value.problems == found
    else:
        assert decode(exchange, copy.deepcopy(expected), StrictDecoding()).to_dict() == expected
