"""The spec tells the truth about the live API: response enums are open, request enums closed.

The live API sends values no enum lists (`curr_abbr: ""`, a listing `Deleted`, new conditions):
every enum reachable from a 2xx response sits in an `anyOf` beside an unconstrained string, so the
generated models keep such values as sent, while every enum a request can carry stays closed, so
a mistyped argument is refused locally (scripts/regenerate.py copies them into constraints.py).
"""

from __future__ import annotations

import copy
import functools
import json
from collections.abc import Iterator
from typing import Any

import jsonschema
import pytest

import discogs_api_client.models
from conftest import EXCHANGES, SPEC, operations, resolve
from discogs_api_client import constraints
from discogs_openapi import problems

OPERATIONS = operations(SPEC)
UNSEEN = "Unseen value"
SCHEMAS = "#/components/schemas/"
KEYS = "keys"  # the last step of the path of a map whose keys are an open enum

Site = tuple[str, bool]  # where an enum is ("Money.currency"), and whether it is open


def _is_free_string(node: dict[str, Any]) -> bool:
    node = resolve(node)
    return node.get("type") == "string" and set(node) <= {"type", "description"}


def _is_open_enum(node: dict[str, Any]) -> bool:
    branches = node.get("anyOf", [])
    return any("enum" in resolve(b) for b in branches) and any(map(_is_free_string, branches))


def _owner(node: dict[str, Any], owner: str) -> str:
    ref = node.get("$ref", "")
    return ref.removeprefix(SCHEMAS) if ref.startswith(SCHEMAS) else owner


def _enum_sites(
    node: dict[str, Any], owner: str, where: str, open_: bool, seen: set[Any]
) -> Iterator[Site]:
    """Every enum reachable from `node`; `open_` when `node` is a branch beside a free string."""
    if "$ref" in node:
        key = (node["$ref"], where, open_)
        if key not in seen:  # recursive schemas (a track's sub_tracks) are walked once
            seen.add(key)
            yield from _enum_sites(resolve(node), _owner(node, owner), where, open_, seen)
        return
    if "enum" in node:
        yield where, open_
    for keyword in ("anyOf", "oneOf"):
        branches = node.get(keyword, [])
        free = keyword == "anyOf" and any(map(_is_free_string, branches))
        for branch in branches:
            yield from _enum_sites(branch, owner, where, free, seen)
    for branch in node.get("allOf", []):
        yield from _enum_sites(branch, owner, where, False, seen)
    for name, child in node.get("properties", {}).items():
        yield from _enum_sites(child, owner, f"{owner}.{name}", False, seen)
    for keyword, suffix in (("items", "[]"), ("additionalProperties", "{}")):
        if isinstance(node.get(keyword), dict):
            yield from _enum_sites(node[keyword], owner, where + suffix, False, seen)
    if "propertyNames" in node:
        yield from _enum_sites(node["propertyNames"], owner, f"{owner} {KEYS}", False, seen)


def _json_schemas(content: dict[str, Any]) -> Iterator[dict[str, Any]]:
    for media_type, media in content.items():
        if "json" in media_type and "schema" in media:
            yield media["schema"]


def response_sites() -> list[Site]:
    found: list[Site] = []
    for _, _, operation in OPERATIONS.values():
        for status, response in operation["responses"].items():
            if status.startswith("2"):
                for schema in _json_schemas(resolve(response).get("content", {})):
                    found += _enum_sites(schema, "", "response", False, set())
    return sorted(set(found))


def request_sites() -> list[Site]:
    found: list[Site] = []
    for operation_id, (template, _, operation) in OPERATIONS.items():
        shared = SPEC["paths"][template].get("parameters", [])
        for parameter in map(resolve, shared + operation.get("parameters", [])):
            where = f"{operation_id}:{parameter['name']}"
            found += _enum_sites(parameter["schema"], "", where, False, set())
        body = resolve(operation.get("requestBody", {}))
        for media_type, media in body.get("content", {}).items():
            found += _enum_sites(media["schema"], "", f"{operation_id}:{media_type}", False, set())
    return sorted(set(found))


def test_every_response_enum_is_open() -> None:
    sites = response_sites()
    assert {"Money.currency", "Listing.status", "Order.next_status[]"} <= {w for w, _ in sites}
    closed = [where for where, open_ in sites if not open_]
    assert not closed, f"response enums that refuse values the spec does not list: {closed}"


def test_every_request_enum_is_closed() -> None:
    sites = request_sites()
    assert {"getFeeWithCurrency:currency", "ListingFields.condition"} <= {w for w, _ in sites}
    opened = [where for where, open_ in sites if open_]
    assert not opened, f"request enums that would let any string through: {opened}"


def test_request_enums_reach_the_local_checks() -> None:
    """What the overlay checks arguments against still lists each parameter's enum."""
    parameters = [where.split(":") for where, _ in request_sites() if ":" in where]
    assert parameters
    for operation_id, name in parameters:
        assert constraints.PARAMETERS[operation_id][name]["enum"], f"{operation_id}:{name}"
    body = constraints.BODIES["createListing"]["properties"]
    assert "Mint (M)" in body["condition"]["enum"]
    assert set(body["status"]["enum"]) == {"For Sale", "Draft"}


def test_release_stats_accept_a_body_holding_both_shapes() -> None:
    _, _, operation = OPERATIONS["getReleaseStats"]
    schema = resolve(operation["responses"]["200"])["content"]["application/json"]["schema"]
    both = {"num_have": 1, "num_want": 2, "is_offensive": False}
    jsonschema.Draft202012Validator({**schema, "components": SPEC["components"]}).validate(both)


@functools.cache
def _validator(node_json: str) -> jsonschema.Draft202012Validator:
    return jsonschema.Draft202012Validator(
        {**json.loads(node_json), "components": SPEC["components"]}
    )


def _matches(node: dict[str, Any], value: Any) -> bool:
    return bool(_validator(json.dumps(node, sort_keys=True)).is_valid(value))


def _value_sites(
    node: dict[str, Any], value: Any, owner: str, where: str, path: list[Any]
) -> Iterator[tuple[str, list[Any]]]:
    """(site, path in the body) for every value of a recorded body that an open enum holds."""
    if "$ref" in node:
        yield from _value_sites(resolve(node), value, _owner(node, owner), where, path)
        return
    if _is_open_enum(node):
        yield where, path
        return
    for keyword in ("anyOf", "oneOf", "allOf"):
        for branch in node.get(keyword, []):
            if keyword == "allOf" or _matches(branch, value):
                yield from _value_sites(branch, value, owner, where, path)
    if isinstance(value, dict):
        names = node.get("propertyNames")
        if names and _is_open_enum(resolve(names)) and value:
            yield f"{owner} {KEYS}", [*path, KEYS]
        properties, extra = node.get("properties", {}), node.get("additionalProperties")
        for name, child in value.items():
            if name in properties:
                yield from _value_sites(
                    properties[name], child, owner, f"{owner}.{name}", [*path, name]
                )
            elif isinstance(extra, dict):
                yield from _value_sites(extra, child, owner, where + "{}", [*path, name])
    if isinstance(value, list) and isinstance(node.get("items"), dict):
        for index, child in enumerate(value):
            yield from _value_sites(node["items"], child, owner, where + "[]", [*path, index])


def _recorded_sites() -> dict[str, tuple[str, str, list[Any]]]:
    """Each open response enum site, with the first recording (model, body path) reaching it."""
    found: dict[str, tuple[str, str, list[Any]]] = {}
    for exchange in EXCHANGES:
        response = exchange.data["response"]
        if not exchange.is_success or "json" not in response:
            continue
        _, _, operation = OPERATIONS[exchange.operation]
        media = resolve(operation["responses"][str(exchange.status)])["content"]
        schema = media["application/json"]["schema"]
        for site, path in _value_sites(schema, response["json"], "", "response", []):
            found.setdefault(site, (exchange.id, _owner(schema, ""), path))
    return found


RECORDED = _recorded_sites()
OPEN_SITES = [where for where, open_ in response_sites() if open_]


def _with_unseen(body: Any, path: list[Any]) -> Any:
    body = copy.deepcopy(body)
    holder = body
    for step in path[:-1]:
        holder = holder[step]
    if path[-1] == KEYS:
        holder[UNSEEN] = copy.deepcopy(next(iter(holder.values())))
    else:
        holder[path[-1]] = UNSEEN
    return body


def _model_value(model: Any, path: list[Any]) -> Any:
    """The value at `path` (JSON keys and list indexes) of a generated model."""
    for step in path[:-1] if path[-1] == KEYS else path:
        if isinstance(step, int) or isinstance(model, dict | list):
            model = model[step]
        elif hasattr(model, step) or hasattr(model, step + "_"):
            model = getattr(model, step if hasattr(model, step) else step + "_")
        else:
            model = model.additional_properties[step]
    return model.additional_keys if path[-1] == KEYS else model


@pytest.mark.parametrize("site", OPEN_SITES)
def test_open_enum_keeps_an_unseen_value(site: str) -> None:
    assert site in RECORDED, f"no recording reaches {site}: add one that does"
    exchange_id, model_name, path = RECORDED[site]
    assert model_name, f"{exchange_id}: the response schema is not a named model"
    body = next(e for e in EXCHANGES if e.id == exchange_id).data["response"]["json"]
    unseen = _with_unseen(body, path)
    model = getattr(discogs_api_client.models, model_name).from_dict(unseen)
    kept = _model_value(model, path)
    assert UNSEEN in kept if path[-1] == KEYS else kept == UNSEEN
    assert model.to_dict() == unseen
    # Not a drift at all: a strict client takes it too.
    assert problems(model) == ()
