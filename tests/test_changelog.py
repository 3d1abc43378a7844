"""CHANGELOG.md keeps up with the spec and the version, and the drafting script tells changes."""

from __future__ import annotations

import copy
import re
import tomllib
from typing import Any

from changelog import draft

from conftest import ROOT, load_spec, operations

CHANGELOG = (ROOT / "CHANGELOG.md").read_text(encoding="utf-8")


def test_the_newest_entry_is_the_package_version() -> None:
    with (ROOT / "pyproject.toml").open("rb") as file:
        version = tomllib.load(file)["project"]["version"]
    released = re.findall(r"^## \[(\d+\.\d+\.\d+[^\]]*)\] - \d{4}-\d{2}-\d{2}$", CHANGELOG, re.M)
    assert released, "no released version in CHANGELOG.md"
    assert released[0] == version


def test_every_operation_of_the_spec_is_in_the_changelog() -> None:
    missing = [op for op in operations(load_spec()) if f"`{op}`" not in CHANGELOG]
    assert not missing, f"add these operations to CHANGELOG.md: {missing}"


def _spec() -> dict[str, Any]:
    return {
        "tags": [{"name": "Database"}],
        "paths": {
            "/releases/{id}": {
                "get": {
                    "operationId": "getRelease",
                    "tags": ["Database"],
                    "summary": "Get a release",
                    "responses": {"200": {"$ref": "#/components/responses/Release"}},
                }
            }
        },
        "components": {
            "responses": {
                "Release": {"content": {"application/json": {"schema": {"$ref": "#/x/Track"}}}}
            }
        },
        # A recursive schema, as tracks with sub-tracks are.
        "x": {"Track": {"properties": {"sub_tracks": {"items": {"$ref": "#/x/Track"}}}}},
    }


def test_the_draft_sees_added_changed_and_removed_operations() -> None:
    old = _spec()
    assert draft(old, old) == "No operation was added, changed or removed.\n"
    assert "### Added operations (1)" in draft({}, old)
    assert "`getRelease`: GET /releases/{id} (Get a release)" in draft({}, old)
    new = copy.deepcopy(old)
    new["x"]["Track"]["properties"]["title"] = {"type": "string"}  # a component, not the operation
    assert "### Changed operations (1)" in draft(old, new)
    del new["paths"]["/releases/{id}"]
    assert "### Removed operations (1)" in draft(old, new)
