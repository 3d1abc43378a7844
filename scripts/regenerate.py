"""Regenerate generated/discogs_api_client from openapi/discogs.yaml.

Runs the pinned openapi-python-client with the project's config and templates, failing on any
generator warning, then marks the package as typed, writes `security.py` (the credentials each
operation accepts) and `constraints.py` (what its arguments allow), which the generator does not
carry through from the spec, and `namespaces.py` (the API by tag on the client objects, each
method typed as its generated function, read off the generated source), copies in the runtime the
templates call (kept in scripts/generator-templates/runtime/: `decoding.py`, lenient decoding;
`readable.py`, short model reprs), and writes `generation.json`: the stamp of
what the package was made from (the spec's SHA-256, the generator and ruff versions, the hashes
of the config, templates and this script). Deterministic: the same inputs give the same files,
which `make check-generated` relies on; `--verify` checks the committed stamp against the
inputs at hand.
"""

from __future__ import annotations

import ast
import hashlib
import importlib
import inspect
import json
import os
import shutil
import subprocess
import sys
import typing
from dataclasses import dataclass
from importlib.metadata import version
from pathlib import Path
from typing import Any

import yaml
from openapi_python_client.strings import snake_case

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "openapi" / "discogs.yaml"
CONFIG = ROOT / "generator-config.yml"
TEMPLATES = ROOT / "scripts" / "generator-templates"
OUTPUT = ROOT / "generated" / "discogs_api_client"
STAMP = OUTPUT / "generation.json"


def main(argv: list[str]) -> int:
    if argv == ["--verify"]:
        return verify()
    if argv == ["--item-types"]:
        return print_item_types()
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
    namespaces = OUTPUT / "namespaces.py"
    namespaces.write_text(namespaces_module(SPEC))
    for path in (security, constraints, namespaces, *(OUTPUT / module.name for module in runtime)):
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


# The namespace of each tag on the client: the generator's snake_case name unless renamed here.
# "User ..." tags drop the prefix (the API serves any user, not only the caller); "User Identity"
# holds any user's profile and contributions, hence `users`, leaving identity to `oauth`.
NAMESPACE_RENAMES = {
    "o_auth": "oauth",
    "user_collection": "collection",
    "user_identity": "users",
    "user_lists": "lists",
    "user_wantlist": "wantlist",
}
# What an `iter_` method takes beyond its operation's arguments (`pagination._Walk`'s options).
PAGINATION_OPTIONS = (
    ("per_page", "int", "100"),
    ("max_items", "int | None", "None"),
    ("max_pages", "int | None", "None"),
    ("progress", "Progress | None", "None"),
)


def namespace_of(tag: str) -> str:
    """The client attribute of a spec tag: `OAuth` -> `oauth`, `Database` -> `database`."""
    name = snake_case(tag)
    return NAMESPACE_RENAMES.get(name, name)


def iterator_of(function: str) -> str:
    """The `iter_` method of a paginated operation: `get_artist_releases` -> `iter_artist_releases`,
    `list_wants` -> `iter_wants`."""
    return "iter_" + function.removeprefix("get_").removeprefix("list_")


@dataclass(frozen=True)
class _Parameter:
    name: str
    annotation: str
    default: str | None
    keyword_only: bool

    def declared(self) -> str:
        default = "" if self.default is None else f" = {self.default}"
        return f"{self.name}: {self.annotation}{default}"


@dataclass(frozen=True)
class _Operation:
    module: str  # discogs_api_client.api.<tag>.<function>
    function: str
    summary: str
    parameters: tuple[_Parameter, ...]  # without `client`
    returns: str
    names: frozenset[str]  # the names its annotations use


def _operation_module(operation: dict[str, Any]) -> str:
    tag = snake_case(operation["tags"][0])
    return f"{OUTPUT.name}.api.{tag}.{snake_case(operation['operationId'])}"


def _read_operation(operation: dict[str, Any], imports: dict[str, str]) -> _Operation:
    """The generated `sync` function's signature, as written in its source (annotations too).

    `imports` gathers where each annotation name comes from (`Currency` -> `from
    .models.currency import Currency`), relative to the package.
    """
    module = _operation_module(operation)
    path = OUTPUT.parent.joinpath(*module.split(".")).with_suffix(".py")
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for node in tree.body:
        if isinstance(node, ast.ImportFrom) and node.level:
            source = ".".join(module.split(".")[: -node.level])
            relative = "." + f"{source}.{node.module}".removeprefix(OUTPUT.name + ".")
            for alias in node.names:
                imports.setdefault(alias.name, f"from {relative.replace('..', '.')} import")
        elif isinstance(node, ast.Import):
            for alias in node.names:
                imports.setdefault(alias.name, "import")
    sync = next(n for n in tree.body if isinstance(n, ast.FunctionDef) and n.name == "sync")
    arguments = sync.args
    positional = [(a, d, False) for a, d in _with_defaults(arguments.args, arguments.defaults)]
    keywords = [
        (a, d, True) for a, d in zip(arguments.kwonlyargs, arguments.kw_defaults, strict=True)
    ]
    parameters = tuple(
        _Parameter(a.arg, ast.unparse(a.annotation), None if d is None else ast.unparse(d), k)
        for a, d, k in positional + keywords
        if a.arg != "client" and a.annotation is not None
    )
    if sync.returns is None or arguments.posonlyargs or arguments.vararg or arguments.kwarg:
        raise SystemExit(f"{module}.sync: a signature namespaces.py cannot copy; adapt this script")
    names = {n.id for n in ast.walk(arguments) if isinstance(n, ast.Name)}
    names |= {n.id for n in ast.walk(sync.returns) if isinstance(n, ast.Name)}
    return _Operation(
        module,
        snake_case(operation["operationId"]),
        operation["summary"],
        parameters,
        ast.unparse(sync.returns),
        frozenset(names),
    )


def _with_defaults(
    arguments: list[ast.arg], defaults: list[ast.expr]
) -> list[tuple[ast.arg, ast.expr | None]]:
    padded: list[ast.expr | None] = [None] * (len(arguments) - len(defaults))
    return list(zip(arguments, padded + list(defaults), strict=True))


def _item_types() -> dict[str, list[list[str]]]:
    """operationId -> [[module, class], ...] of each paginated operation's items, by import."""
    env = {**os.environ, "PYTHONPATH": f"{ROOT / 'overlay'}{os.pathsep}{OUTPUT.parent}"}
    command = [sys.executable, str(Path(__file__).resolve()), "--item-types"]
    output = subprocess.run(command, env=env, capture_output=True, text=True, check=True)  # noqa: S603
    found: dict[str, list[list[str]]] = json.loads(output.stdout)
    return found


def print_item_types() -> int:
    """Print the item classes of each paginated operation as JSON (see `_item_types`).

    Run in a subprocess with the fresh package importable: the items are those the paginator
    yields (`pagination.items_key`), a list or an object of optional lists (submissions).
    """
    from discogs_openapi.pagination import items_key

    def elements(hint: Any) -> list[type]:
        """The classes of a list's items (`list[A | B] | Unset` -> [A, B]); none if no list."""
        lists = [h for h in (hint, *typing.get_args(hint)) if typing.get_origin(h) is list]
        kinds = [typing.get_args(listed)[0] for listed in lists[:1]]
        return [k for kind in kinds for k in (typing.get_args(kind) or [kind])]

    found = {}
    for item in yaml.safe_load(SPEC.read_text(encoding="utf-8"))["paths"].values():
        for operation in item.values():
            if not isinstance(operation, dict) or "operationId" not in operation:
                continue
            module = importlib.import_module(_operation_module(operation))
            if "page" not in inspect.signature(module.sync).parameters:
                continue
            page_model = typing.get_type_hints(module.sync)["return"]
            items = typing.get_type_hints(page_model)[items_key(module)]
            if typing.get_origin(items) is list:
                kinds = elements(items)
            else:
                hints = typing.get_type_hints(items)
                kinds = [k for name, _key in items._fields for k in elements(hints[name])]
            found[operation["operationId"]] = [[k.__module__, k.__name__] for k in kinds]
    print(json.dumps(found))
    return 0


def _class_name(namespace: str, prefix: str = "") -> str:
    """`database` -> `DatabaseAPI`; "API" keeps clear of the models' names (`InventoryExport`)."""
    words = ("OAuth" if part == "oauth" else part.title() for part in namespace.split("_"))
    return prefix + "".join(words) + "API"


def _docstring(text: str) -> str:
    return '"""' + text.replace("\\", "\\\\").replace('"', '\\"') + '"""'


def _methods(operation: _Operation, items: str | None, asynchronous: bool) -> list[str]:
    """The source of an operation's method (and its `iter_` method when it is paginated)."""
    positional = [p.declared() for p in operation.parameters if not p.keyword_only]
    keywords = [p.declared() for p in operation.parameters if p.keyword_only]
    declared = ", ".join(["self", *positional, *(["*", *keywords] if keywords else [])])
    passed = ", ".join(
        [f"{p.name}={p.name}" for p in operation.parameters] + ["client=self._client"]
    )
    call = f"operation.{'asyncio' if asynchronous else 'sync'}({passed})"
    call = f"await {call}" if asynchronous else call
    result = call if operation.returns == "None" else f"return {call}"
    summary = _docstring(operation.summary)
    methods = [
        f"    {'async ' if asynchronous else ''}def {operation.function}({declared}) -> "
        f"{operation.returns}:\n"
        f"        {summary}\n"
        f"        import {operation.module} as operation\n\n"
        f"        {result}\n"
    ]
    if items is None:
        return methods
    walked = [p for p in operation.parameters if p.name not in ("page", "per_page")]
    positional = [p.declared() for p in walked if not p.keyword_only]
    keywords = [p.declared() for p in walked if p.keyword_only]
    keywords += [f"{name}: {kind} = {default}" for name, kind, default in PAGINATION_OPTIONS]
    declared = ", ".join(["self", *positional, "*", *keywords])
    passed = ", ".join(
        [f"{p.name}={p.name}" for p in walked]
        + [f"{name}={name}" for name, _, _ in PAGINATION_OPTIONS]
    )
    paginate, iterator = (
        ("paginate_async", "AsyncIterator") if asynchronous else ("paginate", "Iterator")
    )
    doc = _docstring(f"{operation.summary}: the items of every page, one at a time.")
    methods.append(
        f"    def {iterator_of(operation.function)}({declared}) -> {iterator}[{items}]:\n"
        f"        {doc}\n"
        f"        import {operation.module} as operation\n"
        f"        from discogs_openapi.pagination import {paginate}\n\n"
        f"        return {paginate}(self._client, operation, {passed})\n"
    )
    return methods


def namespaces_module(spec_path: Path) -> str:
    """The source of `namespaces.py`: a class per tag and a method per operation, sync and async.

    Signatures are copied from the generated `sync` functions' source, so that a namespace
    method takes and returns exactly what its function does; the operation module is imported at
    the method's first call, which keeps `import discogs_api_client.namespaces` cheap.
    """
    spec = yaml.safe_load(spec_path.read_text(encoding="utf-8"))
    descriptions = {tag["name"]: tag.get("description", tag["name"]) for tag in spec["tags"]}
    item_types = _item_types()
    imports: dict[str, str] = {}
    by_tag: dict[str, list[tuple[_Operation, str | None]]] = {name: [] for name in descriptions}
    used: set[str] = {"Progress"}
    for item in spec["paths"].values():
        for operation in item.values():
            if isinstance(operation, dict) and "operationId" in operation:
                read = _read_operation(operation, imports)
                used |= read.names
                kinds = item_types.get(operation["operationId"])
                items = None if kinds is None else " | ".join(name for _, name in kinds)
                for module, name in kinds or ():
                    relative = "." + module.removeprefix(OUTPUT.name + ".")
                    imports[name] = f"from {relative} import"
                    used.add(name)
                by_tag[operation["tags"][0]].append((read, items))
    imports["Progress"] = "from discogs_openapi.pagination import"
    # Sorted as isort would: `import x`, then absolute and then relative `from` imports.
    checked = [
        f"    {source} {name}\n" if source != "import" else f"    import {name}\n"
        for name, source in sorted(
            imports.items(), key=lambda i: (i[1] != "import", i[1].startswith("from ."), i[1], i[0])
        )
        if name in used and name not in ("UNSET", "AuthenticatedClient")
    ]
    classes = []
    mixins: dict[bool, list[str]] = {False: [], True: []}
    for tag, found in by_tag.items():
        namespace = namespace_of(tag)
        for asynchronous in (False, True):
            name = _class_name(namespace, "Async" if asynchronous else "")
            kind = "asyncio" if asynchronous else "sync"
            doc = _docstring(f"{tag} ({kind}): {descriptions[tag]}")
            body = [
                m
                for operation, items in sorted(found, key=lambda pair: pair[0].function)
                for m in _methods(operation, items, asynchronous)
            ]
            classes.append(
                f"class {name}:\n    {doc}\n\n    __slots__ = ('_client',)\n\n"
                "    def __init__(self, client: AuthenticatedClient) -> None:\n"
                "        self._client = client\n\n" + "\n".join(body) + "\n\n"
            )
            mixins[asynchronous].append(
                f"    @cached_property\n    def {namespace}(self) -> {name}:\n"
                f"        {_docstring(f'{tag}: {descriptions[tag]}')}\n"
                f"        return {name}(self)\n"
            )
    header = (
        '"""The API on the client objects: a namespace per tag, a method per operation.\n'
        "\n"
        "Written by scripts/regenerate.py from openapi/discogs.yaml and the generated\n"
        "operations; do not edit. `Namespaces` gives `Discogs` its namespaces\n"
        "(`client.database.get_release`); `AsyncNamespaces` gives `AsyncDiscogs` theirs, whose\n"
        "methods are coroutines. Each method calls its operation's `sync` (or `asyncio`)\n"
        "function, imported at the first call; each paginated operation also has an `iter_`\n"
        "method over its items across pages.\n"
        '"""\n\n'
        "from __future__ import annotations\n\n"
        "from functools import cached_property\n"
        "from typing import TYPE_CHECKING\n\n"
        "from .client import AuthenticatedClient\n"
        "from .types import UNSET\n\n"
        "if TYPE_CHECKING:\n"
        "    from collections.abc import AsyncIterator, Iterator\n\n" + "".join(checked) + "\n\n"
    )
    mixin = (
        "class Namespaces(AuthenticatedClient):\n"
        '    """The sync API by tag: the namespaces of `Discogs`."""\n\n'
        + "\n".join(mixins[False])
        + "\n\nclass AsyncNamespaces(AuthenticatedClient):\n"
        '    """The asyncio API by tag: the namespaces of `AsyncDiscogs`."""\n\n'
        + "\n".join(mixins[True])
    )
    return header + "".join(classes) + mixin


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
