"""Regenerate generated/discogs_api_client from openapi/discogs.yaml.

Runs the pinned openapi-python-client with the project's config and templates, failing on any
generator warning, then marks the package as typed, writes `security.py` (the credentials each
operation accepts) and `constraints.py` (what its arguments allow), which the generator does not
carry through from the spec, copies in the runtime the templates call (kept in
scripts/generator-templates/runtime/: `decoding.py`, lenient decoding; `readable.py`, short model
reprs), and writes `generation.json`: the stamp of
what the package was made from (the spec's SHA-256, the generator and ruff versions, the hashes
of the config, templates and this script). Deterministic: the same inputs give the same files,
which `make check-generated` relies on; `--verify` checks the committed stamp against the
inputs at hand.
"""

from __future__ import annotations

import hashlib
import json
import shutil
import subprocess
import sys
from importlib.metadata import version
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "openapi" / "discogs.yaml"
CONFIG = ROOT / "generator-config.yml"
TEMPLATES = ROOT / "scripts" / "generator-templates"
OUTPUT = ROOT / "generated" / "discogs_api_client"
STAMP = OUTPUT / "generation.json"


def main(argv: list[str]) -> int:
    if argv == ["--verify"]:
        return verify()
    if argv:
        print("usage: regenerate.py [--verify]", file=sys.stderr)
        return 2
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
    # The runtime the templates' models and endpoints call (lenient decoding, short reprs),
    # copied as is.
    runtime = sorted((TEMPLATES / "runtime").glob("*.py"))
    for module in runtime:
        shutil.copyfile(module, OUTPUT / module.name)
    security = OUTPUT / "security.py"
    security.write_text(security_module(SPEC))
    constraints = OUTPUT / "constraints.py"
    constraints.write_text(constraints_module(SPEC))
    for path in (security, constraints, *(OUTPUT / module.name for module in runtime)):
        subprocess.run(["ruff", "format", "--quiet", "--no-cache", str(path)], check=True)  # noqa: S603, S607
    STAMP.write_text(json.dumps(stamp(), indent=2) + "\n")
    return 0


def _sha256(*files: Path) -> str:
    digest = hashlib.sha256()
    for path in files:
        # Names count too, so a renamed template changes the hash.
        digest.update(path.relative_to(ROOT).as_posix().encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()


def stamp() -> dict[str, str]:
    """What the generated package is made from, as it stands now."""
    return {
        "spec": SPEC.relative_to(ROOT).as_posix(),
        "spec_sha256": hashlib.sha256(SPEC.read_bytes()).hexdigest(),
        "generator": f"openapi-python-client=={version('openapi-python-client')}",
        "ruff": f"ruff=={version('ruff')}",
        "config_sha256": _sha256(CONFIG),
        "templates_sha256": _sha256(*sorted(p for p in TEMPLATES.rglob("*") if p.is_file())),
        "regenerate_sha256": _sha256(Path(__file__).resolve()),
    }


def verify() -> int:
    """0 if the committed stamp matches the spec, tools, config and templates at hand."""
    if not STAMP.exists():
        print(f"{STAMP.relative_to(ROOT)} is missing: run `make generate`.", file=sys.stderr)
        return 1
    recorded = json.loads(STAMP.read_text())
    stale = {key: (recorded.get(key), value) for key, value in stamp().items()}
    stale = {key: pair for key, pair in stale.items() if pair[0] != pair[1]}
    for key, (was, now) in stale.items():
        print(f"generation stamp: {key} was {was}, is now {now}", file=sys.stderr)
    if stale:
        print("generated/ is stale: run `make generate` and commit the result.", file=sys.stderr)
        return 1
    print(f"generation stamp matches: {recorded['spec_sha256'][:12]}, {recorded['generator']}")
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
    sys.exit(main(sys.argv[1:]))
