"""House rules of openapi/discogs.yaml that the linters do not check."""

from __future__ import annotations

import re
from typing import Any

import jsonschema
import pytest

from conftest import SPEC, SPEC_PATH, operations, resolve

OPERATIONS = operations(SPEC)
TAGS = {tag["name"] for tag in SPEC["tags"]}
SCHEMES = set(SPEC["components"]["securitySchemes"])


def test_document_basics() -> None:
    assert SPEC["openapi"] == "3.1.1"
    assert SPEC["servers"][0]["url"] == "https://api.discogs.com"
    assert {
        "Service",
        "Database",
        "Marketplace",
        "Inventory Export",
        "Inventory Upload",
        "User Identity",
        "User Collection",
        "User Wantlist",
        "User Lists",
        "OAuth",
    } <= TAGS
    assert {"DiscogsToken", "DiscogsKeySecret", "OAuth1"} == SCHEMES
    assert "security" not in SPEC, (
        "security is stated per operation (the generator ignores the root)"
    )


@pytest.mark.parametrize("operation_id", sorted(OPERATIONS))
def test_operation_is_complete(operation_id: str) -> None:
    _, _, operation = OPERATIONS[operation_id]
    assert re.fullmatch(r"[a-z]+(?:[A-Z][a-z0-9]*)*", operation_id), "camelCase operationId"
    assert operation.get("summary")
    assert operation.get("description")
    assert operation.get("tags")
    assert set(operation["tags"]) <= TAGS
    security = operation.get("security")
    assert security, "every operation states its own security"
    for requirement in security:
        assert set(requirement) <= SCHEMES
    assert any(code.startswith("2") for code in operation["responses"])


def _parameters() -> list[tuple[str, dict[str, Any]]]:
    found = []
    for item in SPEC["paths"].values():
        shared = item.get("parameters", [])
        for method, operation in item.items():
            if method == "parameters":
                continue
            for parameter in shared + operation.get("parameters", []):
                found.append(
                    (f"{operation['operationId']}:{resolve(parameter)['name']}", parameter)
                )
    return found


@pytest.mark.parametrize(("where", "parameter"), _parameters(), ids=[p[0] for p in _parameters()])
def test_parameter_has_type_description_and_valid_example(
    where: str, parameter: dict[str, Any]
) -> None:
    parameter = resolve(parameter)
    schema = resolve(parameter["schema"])
    assert parameter.get("description"), where
    assert "type" in schema or "enum" in schema, where
    assert "example" in parameter, where
    jsonschema.validate(parameter["example"], schema)


def _responses() -> list[tuple[str, dict[str, Any]]]:
    found = []
    for operation_id, (_, _, operation) in sorted(OPERATIONS.items()):
        for status, response in operation["responses"].items():
            found.append((f"{operation_id}:{status}", resolve(response)))
    return found


@pytest.mark.parametrize(("where", "response"), _responses(), ids=[r[0] for r in _responses()])
def test_response_example_matches_its_schema(where: str, response: dict[str, Any]) -> None:
    assert response.get("description"), where
    status = where.rsplit(":", 1)[1]
    if status in ("204", "304"):
        assert "content" not in response, f"{where} has no body"
        return
    if "content" not in response:
        # Bodiless 200s are the export and upload requests, which answer with a Location.
        assert "Location" in response.get("headers", {}), f"{where} needs content or a Location"
        return
    for media in response["content"].values():
        assert "example" in media, f"{where} needs an example"
        validator = jsonschema.Draft202012Validator(
            {**media["schema"], "components": SPEC["components"]},
            format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER,
        )
        validator.validate(media["example"])


def test_error_responses_are_shared_and_documented() -> None:
    responses = SPEC["components"]["responses"]
    for name in (
        "Unauthorized",
        "Forbidden",
        "NotFound",
        "MethodNotAllowed",
        "UnprocessableEntity",
        "TooManyRequests",
        "InternalServerError",
    ):
        media = responses[name]["content"]["application/json"]
        assert media["schema"] == {"$ref": "#/components/schemas/ServiceError"}
    too_many = responses["TooManyRequests"]["content"]["application/json"]["example"]
    assert too_many == {"message": "You are making requests too quickly."}


def test_objects_stay_open_to_new_fields() -> None:
    assert "additionalProperties: false" not in SPEC_PATH.read_text(encoding="utf-8")


def test_paginated_operations_name_their_items_key() -> None:
    for operation_id, (_, _, operation) in OPERATIONS.items():
        names = {resolve(p)["name"] for p in operation.get("parameters", [])}
        if "page" not in names:
            continue
        key = operation.get("x-discogs-items-key")
        assert key, f"{operation_id} is paginated but has no x-discogs-items-key"
        body = resolve(
            resolve(operation["responses"]["200"])["content"]["application/json"]["schema"]
        )
        assert set(body["required"]) == {"pagination", key}, operation_id
