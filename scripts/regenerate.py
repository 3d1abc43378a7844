"""Regenerate generated/discogs_api_client from openapi/discogs.yaml.

Runs the pinned openapi-python-client with the project's config and templates, failing on any
generator warning, then marks the package as typed and writes `security.py`: the credentials
each operation accepts, which the generator does not carry through from the spec.
Deterministic: the same inputs give the same files, which `make check-generated` relies on.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "openapi" / "discogs.yaml"
CONFIG = ROOT / "generator-config.yml"
TEMPLATES = ROOT / "scripts" / "generator-templates"
OUTPUT = ROOT / "generated" / "discogs_api_client"


def main() -> int:
    if OUTPUT.exists():
        shutil.rmtree(OUTPUT)
    command = [
        str(Path(sys.executable).with_name("openapi-python-client")),
        "generate",
        "--path", str(SPEC),
        "--config", str(CONFIG),
        "--meta", "none",
        "--output-path", str(OUTPUT),
        "--custom-template-path", str(TEMPLATES),
        "--fail-on-warning",
    ]  # fmt: skip
    result = subprocess.run(command, cwd=ROOT, check=False)  # noqa: S603
    if result.returncode != 0:
        return result.returncode
    # The generator writes py.typed only with project metadata, which this layout does not use.
    (OUTPUT / "py.typed").write_text("")
    security = OUTPUT / "security.py"
    security.write_text(security_module(SPEC))
    constraints = OUTPUT / "constraints.py"
    constraints.write_text(constraints_module(SPEC))
    for path in (security, constraints):
        subprocess.run(["ruff", "format", "--quiet", "--no-cache", str(path)], check=True)  # noqa: S603, S607
    return 0


def security_module(spec_path: Path) -> str:
    """The source of `security.py`: operationId -> (method, path template, accepted schemes)."""
    spec = yaml.safe_load(spec_path.read_text(encoding="utf-8"))
    rows = []
    for template, item in spec["paths"].items():
        for method, operation in item.items():
            if isinstance(operation, dict) and "operationId" in operation:
                security = operation["security"]
                schemes = {name for entry in security for name in entry}
                schemes |= {""} if {} in security else set()
                accepted = ", ".join(json.dumps(name) for name in sorted(schemes))
                key, verb, path = (
                    json.dumps(v) for v in (operation["operationId"], method.upper(), template)
                )
                rows.append(f"    {key}: ({verb}, {path}, frozenset({{{accepted}}})),\n")
    header = (
        '"""The credentials each operation accepts, from the spec\'s per-operation `security`.\n'
        "\n"
        "Written by scripts/regenerate.py from openapi/discogs.yaml; do not edit. Scheme names\n"
        'are the spec\'s `securitySchemes`; "" means the operation works without credentials too.\n'
        '"""\n'
        "\n"
        "OPERATION_SECURITY: dict[str, tuple[str, str, frozenset[str]]] = {\n"
    )
    return header + "".join(sorted(rows)) + "}\n"


_KEYWORDS = ("type", "minimum", "maximum", "enum", "const", "minLength", "pattern")


def _resolve(spec: dict[str, Any], node: Any) -> Any:
    """`node` with every local $ref replaced by its target (the spec's bodies have no cycles)."""
    if isinstance(node, dict):
        if "$ref" in node:
            target: Any = spec
            for part in node["$ref"].removeprefix("#/").split("/"):
                target = target[part]
            return _resolve(spec, target)
        return {key: _resolve(spec, value) for key, value in node.items()}
    if isinstance(node, list):
        return [_resolve(spec, value) for value in node]
    return node


def constraints_module(spec_path: Path) -> str:
    """The source of `constraints.py`: what each operation's parameters and JSON body allow."""
    spec = yaml.safe_load(spec_path.read_text(encoding="utf-8"))
    parameters: dict[str, dict[str, Any]] = {}
    bodies: dict[str, Any] = {}
    for item in spec["paths"].values():
        shared = item.get("parameters", [])
        for operation in item.values():
            if not isinstance(operation, dict) or "operationId" not in operation:
                continue
            found = {}
            for parameter in (_resolve(spec, p) for p in shared + operation.get("parameters", [])):
                if parameter["in"] in ("path", "query"):
                    schema = parameter["schema"]
                    rules = {k: schema[k] for k in _KEYWORDS if k in schema}
                    found[parameter["name"]] = {"in": parameter["in"], **rules}
            parameters[operation["operationId"]] = found
            content = _resolve(spec, operation.get("requestBody", {})).get("content", {})
            if "application/json" in content:
                bodies[operation["operationId"]] = content["application/json"]["schema"]
    header = (
        '"""What the path and query parameters and JSON body of each operation allow.\n'
        "\n"
        "Written by scripts/regenerate.py from openapi/discogs.yaml; do not edit.\n"
        '"""\n'
        "\n"
        "from typing import Any\n"
        "\n"
    )
    tables = (
        "PARAMETERS: dict[str, dict[str, dict[str, Any]]] = "
        + json.dumps(parameters, sort_keys=True)
        + "\n\nBODIES: dict[str, Any] = "
        + json.dumps(bodies, sort_keys=True)
        + "\n"
    )
    # JSON literals as Python ones.
    return header + tables.replace(": true", ": True").replace(": false", ": False").replace(
        ": null", ": None"
    )


if __name__ == "__main__":
    sys.exit(main())
