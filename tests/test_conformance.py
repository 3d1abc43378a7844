"""The spec against the recordings: every recording conforms, the checks bite, nothing is uncovered.

Each recording is validated with schemathesis' explicit response checks (status documented,
content type, headers, body schema); the bare operation form would let an undocumented status pass.
"""

from __future__ import annotations

import copy
import datetime
import importlib
import re
from typing import Any
from urllib.parse import parse_qsl, urlencode

import httpx
import jsonschema
import pytest
import schemathesis
from openapi_python_client.strings import snake_case
from schemathesis.checks import (
    content_type_conformance,
    response_headers_conformance,
    response_schema_conformance,
    status_code_conformance,
)
from schemathesis.errors import FailureGroup
from schemathesis.openapi.checks import JsonSchemaError

from conftest import EXCHANGES, SPEC, SPEC_PATH, Exchange, StrictDecoding, operations, resolve
from discogs_openapi import problems

CHECKS = [
    status_code_conformance,
    content_type_conformance,
    response_headers_conformance,
    response_schema_conformance,
]
SCHEMA = schemathesis.openapi.from_path(str(SPEC_PATH))
OPERATIONS = operations(SPEC)
SUCCESSES_WITH_JSON = [e for e in EXCHANGES if e.is_success and "json" in e.data["response"]]


def _path_parameters(template: str, path: str) -> dict[str, str]:
    names = re.findall(r"\{([^}]+)\}", template)
    regex = re.sub(r"\\\{[^}]+\\\}", "([^/]+)", re.escape(template))
    match = re.fullmatch(regex, path)
    assert match, f"{path} does not fit {template}"
    return dict(zip(names, match.groups(), strict=True))


def _response(exchange: Exchange, body: Any = None) -> httpx.Response:
    request, response = exchange.data["request"], exchange.data["response"]
    url = httpx.URL("https://api.discogs.com" + request["path"], params=request.get("query", {}))
    kwargs: dict[str, Any] = {"headers": response.get("headers", {})}
    if body is not None or "json" in response:
        kwargs["json"] = response["json"] if body is None else body
    elif "text" in response:
        kwargs["text"] = response["text"]
    recorded = httpx.Response(
        response["status"], request=httpx.Request(request["method"], url), **kwargs
    )
    recorded.elapsed = datetime.timedelta(0)  # schemathesis reads it; nothing was timed
    return recorded


def _is_form(response: dict[str, Any]) -> bool:
    headers = {name.lower(): value for name, value in response.get("headers", {}).items()}
    return headers.get("content-type", "").startswith("application/x-www-form-urlencoded")


def validate(exchange: Exchange, body: Any = None) -> None:
    template, method, _ = OPERATIONS[exchange.operation]
    request = exchange.data["request"]
    case = SCHEMA[template][method].Case(
        path_parameters=_path_parameters(template, request["path"]),
        query=request.get("query") or None,
        headers=request.get("headers") or None,
    )
    case.validate_response(_response(exchange, body), checks=CHECKS)
    if _is_form(exchange.data["response"]):
        # schemathesis checks only JSON bodies: decode a form-encoded one and check it here.
        _validate_form(exchange)


def _validate_form(exchange: Exchange) -> None:
    schema = _form_schema(exchange)
    fields = dict(parse_qsl(exchange.data["response"]["text"], strict_parsing=True))
    jsonschema.Draft202012Validator({**schema, "components": SPEC["components"]}).validate(fields)


def test_there_are_recordings() -> None:
    assert len(EXCHANGES) >= len(OPERATIONS)


@pytest.mark.parametrize("exchange", EXCHANGES, ids=lambda e: e.id)
def test_recording_envelope(exchange: Exchange) -> None:
    data = exchange.data
    assert set(data) == {"operation", "source", "request", "response"}
    assert exchange.path.parent.name == exchange.operation
    assert data["source"].strip(), "every recording says where it came from"
    assert exchange.operation in OPERATIONS, f"{exchange.operation} is not in the spec"
    template, method, _ = OPERATIONS[exchange.operation]
    assert data["request"]["method"] == method
    _path_parameters(template, data["request"]["path"])
    assert not ("json" in data["response"] and "text" in data["response"])
    request = data["request"]
    assert set(request) <= {"method", "path", "query", "headers", "json", "multipart"}
    assert not ("json" in request and "multipart" in request)
    for part in request.get("multipart", {}).values():
        assert set(part) == {"filename", "content_type", "text"}


@pytest.mark.parametrize("exchange", EXCHANGES, ids=lambda e: e.id)
def test_recording_conforms_to_spec(exchange: Exchange) -> None:
    validate(exchange)


def _required_fields(schema: dict[str, Any]) -> list[str]:
    schema = resolve(schema)
    branches = schema.get("oneOf", schema.get("anyOf"))
    if branches:
        # Fields required by any branch: removing one breaks the branch the body matched (and
        # the mutation test checks that no other branch takes it instead).
        return sorted({name for branch in branches for name in _required_fields(branch)})
    return list(schema.get("required", []))


def _success_media(exchange: Exchange) -> dict[str, Any]:
    _, _, operation = OPERATIONS[exchange.operation]
    response = resolve(operation["responses"][str(exchange.status)])
    return dict(response["content"]["application/json"])


def _success_schema(exchange: Exchange) -> dict[str, Any]:
    return resolve(_success_media(exchange)["schema"])


def _mutation_target(
    schema: dict[str, Any], body: Any, example: Any = None
) -> tuple[dict[str, Any], str]:
    """A required field of `body` (or of a value of a map body) and the object holding it."""
    required = [name for name in _required_fields(schema) if name in body]
    if required:
        return body, required[0]
    values = resolve(schema).get("additionalProperties")
    if isinstance(values, dict) and isinstance(body, dict):
        if not body:
            # An empty map (price suggestions `{}`): give it the spec example's first entry.
            name, value = next(iter(example.items()))
            body[name] = copy.deepcopy(value)
        # A map such as price suggestions: mutate one of its values instead.
        return _mutation_target(values, next(iter(body.values())))
    raise AssertionError("no required field to remove, so the check cannot bite")


@pytest.mark.parametrize("exchange", SUCCESSES_WITH_JSON, ids=lambda e: e.id)
def test_mutated_recordings_fail_validation(exchange: Exchange) -> None:
    body = exchange.data["response"]["json"]
    for mutate in (_remove_field, _retype_field):
        mutated = copy.deepcopy(body)
        example = _success_media(exchange).get("example")
        mutate(*_mutation_target(_success_schema(exchange), mutated, example))
        with pytest.raises(FailureGroup) as caught:
            validate(exchange, mutated)
        assert any(isinstance(failure, JsonSchemaError) for failure in caught.value.exceptions)


def _remove_field(holder: dict[str, Any], name: str) -> None:
    del holder[name]


def _retype_field(holder: dict[str, Any], name: str) -> None:
    # A JSON type the field cannot have: lists become strings, anything else a list of lists.
    holder[name] = "mutated" if isinstance(holder[name], list) else [["mutated"]]


FORM_SUCCESSES = [e for e in EXCHANGES if e.is_success and _is_form(e.data["response"])]


@pytest.mark.parametrize("exchange", FORM_SUCCESSES, ids=lambda e: e.id)
def test_form_encoded_check_bites(exchange: Exchange) -> None:
    fields = dict(parse_qsl(exchange.data["response"]["text"]))
    required = _required_fields(_form_schema(exchange))
    assert required
    for name in required:
        mutated = copy.deepcopy(exchange.data)
        mutated["response"]["text"] = urlencode({k: v for k, v in fields.items() if k != name})
        with pytest.raises(jsonschema.ValidationError):
            validate(Exchange(exchange.path, mutated))


def _form_schema(exchange: Exchange) -> dict[str, Any]:
    _, _, operation = OPERATIONS[exchange.operation]
    response = resolve(operation["responses"][str(exchange.status)])
    return resolve(response["content"]["application/x-www-form-urlencoded"]["schema"])


def test_every_operation_has_a_valid_success_recording() -> None:
    covered = set()
    for exchange in EXCHANGES:
        if exchange.is_success:
            validate(exchange)
            covered.add(exchange.operation)
    missing = sorted(set(OPERATIONS) - covered)
    assert not missing, f"operations without a 2xx recording: {missing}"


def _operation_module(operation_id: str) -> Any:
    _, _, operation = OPERATIONS[operation_id]
    tag = snake_case(operation["tags"][0])  # the generator's own naming: "OAuth" -> "o_auth"
    name = snake_case(operation_id)
    return importlib.import_module(f"discogs_api_client.api.{tag}.{name}")


@pytest.mark.parametrize("exchange", [e for e in EXCHANGES if e.is_success], ids=lambda e: e.id)
def test_success_recording_parses_losslessly(exchange: Exchange) -> None:
    module = _operation_module(exchange.operation)
    # Decoded strictly: a recording that drifts from the spec in any field fails here.
    parsed = module._build_response(client=StrictDecoding(), response=_response(exchange)).parsed
    assert problems(parsed) == ()
    response = exchange.data["response"]
    if "json" in response:
        assert parsed.to_dict() == response["json"]
    elif "text" in response and _is_form(response):
        assert parsed.to_dict() == dict(parse_qsl(response["text"], keep_blank_values=True))
    elif "text" in response:
        assert parsed == response["text"]
    elif location := {k.lower(): v for k, v in response["headers"].items()}.get("location"):
        # A write that made something answers without body: its id ends `Location`.
        assert parsed == int(location.rstrip("/").rpartition("/")[2])
    else:
        assert parsed is None
