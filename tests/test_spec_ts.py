"""The TypeScript types built by `make spec-ts`: complete, and strict enough to catch misuse.

`make spec-ts` type-checks js/usage.ts, which touches a few operations only. These tests check what
tsc cannot: that every operation of the spec reaches the types under its own path and method, and
that usage.ts's @ts-expect-error lines really fail the build once a schema degrades to `any`.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

from conftest import ROOT, SPEC, operations, run_make

TS_TYPES = ROOT / "build" / "ts" / "discogs.ts"
TSC = ROOT / "js" / "node_modules" / ".bin" / "tsc"
SPEC_OPERATIONS = operations(SPEC)
# openapi-typescript's layout: four spaces per level, one top-level interface per block.
OPERATION_KEY = re.compile(r"^    (\w+): \{$", re.M)
PATH_KEY = re.compile(r'^    "([^"]+)": \{$', re.M)
PATH_METHOD = re.compile(r'^        (\w+): operations\["(\w+)"\];$', re.M)
TS_ERROR = re.compile(r"error (TS\d+):")


@pytest.fixture(scope="module")
def types() -> str:
    run_make("spec-ts")
    return TS_TYPES.read_text(encoding="utf-8")


def block(text: str, name: str) -> str:
    """The body of `export interface <name> { ... }` (it ends at the first unindented `}`)."""
    start = text.index(f"export interface {name} {{\n")
    return text[start : text.index("\n}\n", start)]


def problems(text: str) -> list[str]:
    """Each operation of the spec that the types lack or attach to another path or method."""
    declared = set(OPERATION_KEY.findall(block(text, "operations")))
    attached: dict[str, tuple[str, str]] = {}
    paths = block(text, "paths")
    keys = list(PATH_KEY.finditer(paths))
    for key, after in zip(keys, [*keys[1:], None], strict=True):
        body = paths[key.end() : after.start() if after else len(paths)]
        for method, op_id in PATH_METHOD.findall(body):
            attached[op_id] = (key.group(1), method.upper())
    found = []
    for op_id, (template, method, _) in sorted(SPEC_OPERATIONS.items()):
        if op_id not in declared:
            found.append(f"{op_id}: no entry in operations")
        if attached.get(op_id) != (template, method):
            found.append(f"{op_id}: paths has {attached.get(op_id)}, spec has {method} {template}")
    found += [f"{op_id}: not in the spec" for op_id in sorted(declared - SPEC_OPERATIONS.keys())]
    return found


def test_types_declare_every_operation_under_its_path(types: str) -> None:
    assert len(SPEC_OPERATIONS) == 63
    assert problems(types) == []


def test_a_dropped_or_moved_operation_is_reported(types: str) -> None:
    # The check above must be able to fail: doctor a copy of the generated types.
    doctored = types.replace("    getRelease: {\n", "    getReleaseRenamed: {\n", 1)
    doctored = doctored.replace('get: operations["searchDatabase"];', "get?: never;", 1)
    assert problems(doctored) == [
        "getRelease: no entry in operations",
        "searchDatabase: paths has None, spec has GET /database/search",
        "getReleaseRenamed: not in the spec",
    ]


def test_usage_fails_to_compile_once_release_degrades_to_any(types: str, tmp_path: Path) -> None:
    # Mirror js/ and build/ts/ so usage.ts's relative import finds the doctored types.
    (tmp_path / "js").mkdir()
    (tmp_path / "build" / "ts").mkdir(parents=True)
    for name in ("usage.ts", "tsconfig.json"):
        shutil.copy(ROOT / "js" / name, tmp_path / "js" / name)
    release = "        Release: {\n"
    degraded = types.replace(release, "        Release: any;\n        Unused: {\n", 1)
    assert degraded != types
    (tmp_path / "build" / "ts" / "discogs.ts").write_text(degraded, encoding="utf-8")
    result = subprocess.run(
        [str(TSC), "--strict", "--noEmit", "-p", str(tmp_path / "js" / "tsconfig.json")],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    # Only the now-unused @ts-expect-error lines fail: nothing else in usage.ts needs Release.
    errors = TS_ERROR.findall(result.stdout)
    assert result.returncode != 0
    assert errors, result.stdout
    assert set(errors) == {"TS2578"}, result.stdout
