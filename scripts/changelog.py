"""Draft the "Operations" part of a CHANGELOG entry: what the spec added, changed or removed.

    python scripts/changelog.py v0.1.0     # against the spec as released under that git tag
    python scripts/changelog.py            # against nothing: every operation is new

An operation is "changed" when anything under it differs, the components it refers to (directly
or not) included, so a schema edited in `components` shows up on every operation that uses it.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent
SPEC = "openapi/discogs.yaml"
METHODS = ("get", "put", "post", "delete", "patch", "head", "options")


def _reachable(spec: dict[str, Any], node: Any, seen: dict[str, Any]) -> None:
    """Collect every component `node` refers to, directly or not (schemas may be recursive)."""
    if isinstance(node, dict):
        ref = node.get("$ref")
        if isinstance(ref, str) and ref not in seen:
            target: Any = spec
            for part in ref.removeprefix("#/").split("/"):
                target = target[part]
            seen[ref] = target
            _reachable(spec, target, seen)
        for value in node.values():
            _reachable(spec, value, seen)
    elif isinstance(node, list):
        for value in node:
            _reachable(spec, value, seen)


def operations(spec: dict[str, Any]) -> dict[str, tuple[str, str, str, str]]:
    """operationId -> (tag, "METHOD /path", summary, a fingerprint of the resolved operation)."""
    found = {}
    for path, item in spec.get("paths", {}).items():
        for method in METHODS:
            if method in item:
                operation = item[method]
                shared = [*item.get("parameters", []), *operation.get("parameters", [])]
                whole = {**operation, "parameters": shared}
                components: dict[str, Any] = {}
                _reachable(spec, whole, components)
                found[operation["operationId"]] = (
                    operation.get("tags", ["Other"])[0],
                    f"{method.upper()} {path}",
                    operation.get("summary", ""),
                    json.dumps([whole, components], sort_keys=True),
                )
    return found


def draft(old: dict[str, Any], new: dict[str, Any]) -> str:
    before, after = operations(old), operations(new)
    sections = {
        "Added": sorted(set(after) - set(before)),
        "Changed": sorted(k for k in set(after) & set(before) if after[k][3] != before[k][3]),
        "Removed": sorted(set(before) - set(after)),
    }
    lines = []
    for title, ids in sections.items():
        if not ids:
            continue
        lines.append(f"### {title} operations ({len(ids)})\n")
        by_tag: dict[str, list[str]] = {}
        for operation_id in ids:
            tag, route, summary, _ = (after if title != "Removed" else before)[operation_id]
            by_tag.setdefault(tag, []).append(f"  - `{operation_id}`: {route} ({summary})")
        order = [tag["name"] for tag in new.get("tags", [])]
        for tag in sorted(by_tag, key=lambda t: (order.index(t) if t in order else len(order), t)):
            lines += [f"- {tag}:", *by_tag[tag]]
        lines.append("")
    return "\n".join(lines) if lines else "No operation was added, changed or removed.\n"


def main(argv: list[str]) -> int:
    if len(argv) > 1:
        print("usage: changelog.py [GIT_REF]", file=sys.stderr)
        return 2
    old: dict[str, Any] = {}
    if argv:
        shown = subprocess.run(  # noqa: S603 - git with a ref the person running it typed
            ["git", "show", f"{argv[0]}:{SPEC}"],  # noqa: S607
            cwd=ROOT,
            capture_output=True,
            text=True,
            check=False,
        )
        if shown.returncode != 0:
            print(f"cannot read {SPEC} at {argv[0]}: {shown.stderr.strip()}", file=sys.stderr)
            return 1
        old = yaml.safe_load(shown.stdout)
    new = yaml.safe_load((ROOT / SPEC).read_text(encoding="utf-8"))
    print(draft(old, new), end="")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
