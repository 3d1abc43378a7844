"""Drift report: a folder of recorded exchanges checked against the spec, per operation.

    python scripts/drift.py DIR [--json] [--spec openapi/discogs.yaml]
    python scripts/drift.py --gate report.json   # exit 1 when a saved --json report contradicts

DIR holds recording envelopes (`DIR/<operationId>/<name>.json`, or flat). Each answer is
validated with jsonschema (Draft 2020-12, formats checked) against the spec's response for its
operation and status, and its body walked with its schema for undeclared keys and open-enum
values. Findings merge across items and files by operation, status, kind and JSON path (`[*]`).
CONTRADICTIONS (exit 1): `missing` required field, `type`, `null`, `format`, `enum` (closed enum
or const), other keywords (`pattern`, ...), `status` (an unlisted 2xx, or nothing covers it),
`content-type`, `header` (required one absent, or value failing its schema). SUGGESTIONS: keys
`undeclared`, `enum` values an open enum lacks, `status` only `default` covers, `header` not
declared. `unrecorded` operations, `unreadable` files listed; exit 2 if nothing could be read.
`--json` prints one object, lists sorted (a release gate reads `len(contradictions)`):
    {"contradictions": [FINDING], "suggestions": [FINDING], "unrecorded": [operationId],
     "unreadable": [{"file", "reason"}], "summary": {"files", "operations", "recorded",
     "contradictions", "suggestions", "unrecorded", "unreadable"}}
    FINDING: {"operation", "status", "kind", "path", "severity", "detail", "example", "count",
              "files"}
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections.abc import Callable, Iterable
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl

import rfc3986  # type: ignore[import-untyped]
import rfc3986.validators  # type: ignore[import-untyped]
import yaml  # type: ignore[import-untyped]
from jsonschema import Draft202012Validator, FormatChecker  # type: ignore[import-untyped]
from jsonschema.exceptions import ValidationError, best_match  # type: ignore[import-untyped]
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

ROOT = Path(__file__).resolve().parent.parent
SPEC_PATH = ROOT / "openapi" / "discogs.yaml"
CONTRADICTION, SUGGESTION = "contradiction", "suggestion"
HTTP_METHODS = ("get", "put", "post", "delete", "patch", "head", "options")
# Headers of HTTP itself, of caches and the CDN, and browser policies: they say nothing about
# the Discogs API, so they are never reported as undeclared (Content-Type is checked apart).
TRANSPORT_HEADERS = {
    "age", "alt-svc", "cache-control", "connection", "content-encoding", "content-length",
    "content-type", "date", "etag", "expires", "keep-alive", "pragma", "server", "set-cookie",
    "transfer-encoding", "vary", "via",  # HTTP and caches
    "nel", "report-to", "strict-transport-security", "content-security-policy",  # policies
    "referrer-policy", "permissions-policy", "x-content-type-options", "x-frame-options",
}  # fmt: skip
TRANSPORT_PREFIXES = ("cf-", "access-control-", "x-cache", "x-amz-", "x-served-by", "x-timer")
EXAMPLE_LENGTH = 60
OPEN_KEYWORDS = {  # keywords by which an object schema declares any key
    "additionalProperties", "patternProperties", "propertyNames", "unevaluatedProperties",
}  # fmt: skip
KEYS = "<key>"  # in a JSON path: an object's keys themselves (a `propertyNames` schema's target)
# add(kind, where, detail, example, severity): `where` is a JSON location or a header's name.
Add = Callable[[str, "tuple[str | int, ...] | str", str, str, str], None]

URI_RULES = (
    rfc3986.validators.Validator()
    .require_presence_of("scheme")
    .check_validity_of("scheme", "userinfo", "host", "port", "path", "query", "fragment")
)
FORMATS = FormatChecker()  # every format jsonschema can check here, and `uri`:


def _is_uri(value: object) -> bool:
    """An absolute URI (jsonschema checks `uri` only with optional packages installed)."""
    try:
        if isinstance(value, str):  # other types are the `type` keyword's business
            URI_RULES.validate(rfc3986.uri_reference(value))
    except rfc3986.exceptions.ValidationError:
        return False
    return True


FORMATS.checks("uri")(_is_uri)


@dataclass
class Finding:
    """One drift: where (operation, status, JSON path), what, how often, and in which files."""

    operation: str
    status: int
    kind: str
    path: str
    severity: str
    detail: str
    example: str = ""
    count: int = 0
    files: list[str] = field(default_factory=list)


@dataclass
class Report:
    """Findings by class, sorted by (operation, status, kind, path); then what was not checked."""

    contradictions: list[Finding]
    suggestions: list[Finding]
    unrecorded: list[str]
    unreadable: list[dict[str, str]]
    summary: dict[str, int]


class DriftError(Exception):
    """A spec or saved report drift.py cannot use, worded for the person running it."""


def _example(value: Any) -> str:
    text = json.dumps(value, ensure_ascii=False) if value is not None else "null"
    return text if len(text) <= EXAMPLE_LENGTH else text[: EXAMPLE_LENGTH - 1] + "…"


def _json_type(value: Any) -> str:
    names = {bool: "boolean", int: "integer", float: "number", str: "string", list: "array"}
    return "null" if value is None else names.get(type(value), "object")


def json_path(parts: Iterable[str | int]) -> str:
    """`$.a[*].b`: list indexes generalised so one drift across items reads as one path."""
    out = "$"
    for part in parts:
        if isinstance(part, int):
            out += "[*]"
        elif part == KEYS:
            out += f".{KEYS}"
        elif re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*", part):
            out += f".{part}"
        else:
            out += f"[{json.dumps(part)}]"
    return out


class Collector:
    """Findings merged by (severity, operation, status, kind, path), each occurrence counted
    once per file and concrete location (a value walked under two schemas counts once)."""

    def __init__(self) -> None:
        self.found: dict[tuple[str, str, int, str, str], tuple[Finding, set[tuple[str, str]]]] = {}

    def add(self, finding: Finding, file: str, where: tuple[str | int, ...] | str) -> None:
        key = (finding.severity, finding.operation, finding.status, finding.kind, finding.path)
        self.found.setdefault(key, (finding, set()))[1].add((file, repr(where)))

    def findings(self) -> list[Finding]:
        for finding, seen in self.found.values():
            finding.count, finding.files = len(seen), sorted({file for file, _ in seen})
        return sorted(
            (f for f, _ in self.found.values()),
            key=lambda f: (f.operation, f.status, f.kind, f.path),
        )


class Spec:
    """The OpenAPI document: operations by id, and a validator rooted at the whole document so
    every `#/components/...` reference resolves through `referencing`."""

    def __init__(self, path: Path) -> None:
        loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml: ten times faster
        try:
            self.document = yaml.load(path.read_text(encoding="utf-8"), Loader=loader)  # noqa: S506
            paths = self.document["paths"].values()
        except (OSError, yaml.YAMLError, KeyError, TypeError, AttributeError) as error:
            raise DriftError(f"{path} is not an OpenAPI document ({error!r})") from None
        resource = Resource.from_contents(self.document, default_specification=DRAFT202012)
        self.resolver = Registry().with_resource("", resource).resolver()
        self.validator = Draft202012Validator(self.document, format_checker=FORMATS)
        self.operations: dict[str, tuple[str, dict[str, Any]]] = {}
        for item in paths:
            for method, operation in item.items():
                if method in HTTP_METHODS:
                    self.operations[operation["operationId"]] = (method.upper(), operation)

    def deref(self, node: Any) -> Any:
        while isinstance(node, dict) and "$ref" in node:
            node = self.resolver.lookup(node["$ref"]).contents
        return node

    def errors(self, value: Any, schema: Any) -> list[ValidationError]:
        return list(self.validator.evolve(schema=schema).iter_errors(value))

    def parts(self, value: Any, schema: Any, enums: list[tuple[str, str]]) -> list[dict[str, Any]]:
        """The schemas that apply to `value`: `schema`, its `$ref` and `allOf`, and the `anyOf`/
        `oneOf` branches it matches (or the closest). Open-enum misses go to `enums`."""
        if not isinstance(schema, dict):
            return []
        found = [schema]
        if "$ref" in schema:
            found += self.parts(value, self.resolver.lookup(schema["$ref"]).contents, enums)
        for member in schema.get("allOf", []):
            found += self.parts(value, member, enums)
        for keyword in ("anyOf", "oneOf"):
            branches = schema.get(keyword, [])
            if not branches:
                continue
            counts = [len(self.errors(value, branch)) for branch in branches]
            matching = [b for n, b in zip(counts, branches, strict=True) if n == 0]
            for branch in branches if matching else []:
                target = self.deref(branch)
                if branch not in matching and "enum" in target and value not in target["enum"]:
                    name = branch.get("$ref", "the enum").rsplit("/", 1)[-1]
                    enums.append((name, _example(value)))
            matching = matching or [branches[self.closest(value, branches, counts)]]
            for branch in matching:
                found += self.parts(value, branch, enums)
        return found

    def declared(self, value: Any, schema: Any) -> set[str]:
        """The property names the schemas that apply to `value` declare."""
        return {key for part in self.parts(value, schema, []) for key in part.get("properties", {})}

    def closest(self, value: Any, branches: list[Any], counts: list[int]) -> int:
        """The branch `value` fails least: fewest errors, then most of its keys declared."""

        def overlap(branch: Any) -> int:
            return len(set(value) & self.declared(value, branch)) if isinstance(value, dict) else 0

        return min(range(len(branches)), key=lambda i: (counts[i], -overlap(branches[i]), i))

    def leaf(self, error: ValidationError) -> ValidationError:
        """The precise error under an anyOf/oneOf failure, in the branch the value is closest to
        (`best_match` alone stops at the anyOf when its branches fail alike)."""
        while error.context:
            by_branch: dict[int, list[ValidationError]] = {}
            for sub in error.context:
                by_branch.setdefault(sub.relative_schema_path[0], []).append(sub)
            branches = error.validator_value
            counts = [len(by_branch.get(i, [])) for i in range(len(branches))]
            closest = self.closest(error.instance, branches, counts)
            if closest not in by_branch:
                break
            error = best_match(by_branch[closest])
        return error


def _check_body(spec: Spec, body: Any, schema: Any, add: Add) -> None:
    for error in spec.errors(body, schema):
        leaf = spec.leaf(error)
        where = tuple(leaf.absolute_path)
        if leaf.validator == "required":
            for name in leaf.validator_value:
                if isinstance(leaf.instance, dict) and name not in leaf.instance:
                    add("missing", (*where, name), "required field absent", "", CONTRADICTION)
        elif leaf.validator == "type":
            expected = leaf.validator_value
            expected = " or ".join(expected) if isinstance(expected, list) else expected
            kind = "null" if leaf.instance is None else "type"
            detail = f"expected {expected}, got {_json_type(leaf.instance)}"
            add(kind, where, detail, _example(leaf.instance), CONTRADICTION)
        elif leaf.validator in ("additionalProperties", "unevaluatedProperties"):
            for key in sorted(set(leaf.instance) - spec.declared(leaf.instance, leaf.schema)):
                detail = f"not allowed ({leaf.validator}: false)"
                add(
                    "undeclared", (*where, key), detail, _example(leaf.instance[key]), CONTRADICTION
                )
        elif leaf.validator == "format":
            detail = f"expected format {leaf.validator_value}"
            add("format", where, detail, _example(leaf.instance), CONTRADICTION)
        elif leaf.validator in ("enum", "const"):
            expected = "one of " if leaf.validator == "enum" else ""
            detail = f"expected {expected}{_example(leaf.validator_value)}"
            add("enum", where, detail, _example(leaf.instance), CONTRADICTION)
        else:
            detail = leaf.message[: EXAMPLE_LENGTH * 2]
            add(str(leaf.validator), where, detail, _example(leaf.instance), CONTRADICTION)
    _walk(spec, body, schema, (), add)


def _walk(spec: Spec, value: Any, schema: Any, where: tuple[str | int, ...], add: Add) -> None:
    """Suggestions: keys no applicable schema declares, values open enums lack."""
    enums: list[tuple[str, str]] = []
    parts = spec.parts(value, schema, enums)
    for name, example in enums:
        add("enum", where, f"not in {name}: add it", example, SUGGESTION)
    if isinstance(value, dict):
        declared: dict[str, list[Any]] = {}
        extra: list[Any] = []
        for part in parts:
            for key, sub in part.get("properties", {}).items():
                declared.setdefault(key, []).append(sub)
            if isinstance(part.get("additionalProperties"), dict):
                extra.append(part["additionalProperties"])
            if "propertyNames" in part:
                for key in value:
                    _walk(spec, key, part["propertyNames"], (*where, KEYS), add)
        # These declare every key (`additionalProperties: false`: validation reports extras).
        is_open = any(k in p for k in OPEN_KEYWORDS for p in parts)
        for key, item in value.items():
            for sub in declared.get(key, extra if is_open else []):
                _walk(spec, item, sub, (*where, key), add)
            if key not in declared and declared and not is_open:
                add("undeclared", (*where, key), "not declared", _example(item), SUGGESTION)
    elif isinstance(value, list):
        for part in parts:
            if isinstance(part.get("items"), dict):
                for index, item in enumerate(value):
                    _walk(spec, item, part["items"], (*where, index), add)


def _response_for(operation: dict[str, Any], status: int) -> tuple[Any, str | None, str]:
    """The response object for `status`, and the finding its status earns (None: listed)."""
    responses = operation.get("responses", {})
    for key in (str(status), f"{status // 100}XX"):
        if key in responses:
            return responses[key], None, ""
    if 200 <= status < 300:
        return None, CONTRADICTION, "a success status the operation does not list"
    if "default" in responses:
        return responses["default"], SUGGESTION, "not listed, only covered by `default`"
    return None, CONTRADICTION, "not listed, and there is no `default`"


def _check_headers(spec: Spec, response: Any, headers: dict[str, str], add: Add) -> None:
    declared = {k.lower(): (k, spec.deref(v)) for k, v in response.get("headers", {}).items()}
    sent = {k.lower(): (k, v) for k, v in headers.items()}
    for lower, (name, header) in declared.items():
        if lower not in sent:
            if header.get("required"):
                add("header", name, "required header absent", "", CONTRADICTION)
            continue
        raw = sent[lower][1]
        try:
            parsed = json.loads(raw)
        except ValueError:
            parsed = raw
        schema = header.get("schema", {})
        if spec.errors(raw, schema) and spec.errors(parsed, schema):
            detail = spec.errors(raw, schema)[0].message[: EXAMPLE_LENGTH * 2]
            add("header", name, detail, _example(raw), CONTRADICTION)
    for lower, (name, raw) in sent.items():
        ignored = lower in TRANSPORT_HEADERS or lower.startswith(TRANSPORT_PREFIXES)
        if lower not in declared and not ignored:
            add("header", name, "not declared", _example(raw), SUGGESTION)


def _check_exchange(spec: Spec, data: dict[str, Any], file: str, out: Collector) -> None:
    operation_id, response = data["operation"], data["response"]
    status = int(response["status"])

    def add(
        kind: str, where: tuple[str | int, ...] | str, detail: str, example: str, severity: str
    ) -> None:
        path = where if isinstance(where, str) else json_path(where)
        finding = Finding(operation_id, status, kind, path, severity, detail, example)
        out.add(finding, file, where)

    declared, severity, why = _response_for(spec.operations[operation_id][1], status)
    if severity:
        add("status", "$", why, "", severity)
    if declared is None:
        return
    declared = spec.deref(declared)
    headers = {str(k): str(v) for k, v in response.get("headers", {}).items()}
    if severity is None:  # `default` declares no headers: listing them all would be noise
        _check_headers(spec, declared, headers, add)
    content = declared.get("content", {})
    sent_type = next((v for k, v in headers.items() if k.lower() == "content-type"), None)
    media_type = (sent_type or "").split(";")[0].strip().lower()
    has_body = "json" in response or bool(response.get("text"))
    if not has_body:  # a Content-Type on an empty body says nothing about the spec
        if content:
            detail = f"no body, the spec declares {', '.join(sorted(content))}"
            add("content-type", "$", detail, "", CONTRADICTION)
        return
    if media_type not in content:
        detail = f"{media_type or 'none'} is not among {', '.join(sorted(content)) or 'no body'}"
        add("content-type", "$", detail, _example(sent_type), CONTRADICTION)
        return
    schema = content[media_type].get("schema")
    body = response["json"] if "json" in response else response.get("text", "")
    if media_type == "application/x-www-form-urlencoded":
        body = dict(parse_qsl(body, keep_blank_values=True))
    if schema is not None:
        _check_body(spec, body, schema, add)


def _read(path: Path, spec: Spec) -> dict[str, Any]:
    """An envelope, or ValueError saying why it is not one."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, ValueError) as error:
        raise ValueError(f"not JSON ({error})") from None
    if not isinstance(data, dict) or not isinstance(data.get("response"), dict):
        raise ValueError("no `response` object: not a recording envelope")
    if not isinstance(data.get("request", {}), dict) or not isinstance(
        data["response"].get("headers", {}), dict
    ):
        raise ValueError("`request` or `response.headers` is not an object")
    if data.get("operation") not in spec.operations:
        raise ValueError(f"unknown operationId {data.get('operation')!r}")
    if not isinstance(data["response"].get("status"), int):
        raise ValueError("`response.status` is not an integer")
    method = str(data.get("request", {}).get("method", "")).upper()
    if method != spec.operations[data["operation"]][0]:
        raise ValueError(f"method {method or 'none'} is not {data['operation']}'s")
    return data


def check(directory: Path, spec_path: Path = SPEC_PATH) -> Report:
    """Every `*.json` under `directory` checked against the spec at `spec_path`."""
    spec = Spec(spec_path)
    out = Collector()
    files = sorted(directory.rglob("*.json"))
    unreadable: list[dict[str, str]] = []
    recorded: set[str] = set()
    for path in files:
        name = path.relative_to(directory).as_posix()
        try:
            data = _read(path, spec)
        except ValueError as error:
            unreadable.append({"file": name, "reason": str(error)})
            continue
        recorded.add(data["operation"])
        _check_exchange(spec, data, name, out)
    ordered = out.findings()
    found = {s: [f for f in ordered if f.severity == s] for s in (CONTRADICTION, SUGGESTION)}
    unrecorded = sorted(set(spec.operations) - recorded)
    report = Report(found[CONTRADICTION], found[SUGGESTION], unrecorded, unreadable, {})
    counted = ("contradictions", "suggestions", "unrecorded", "unreadable")
    report.summary = {name: len(getattr(report, name)) for name in counted}
    report.summary.update(files=len(files), operations=len(spec.operations), recorded=len(recorded))
    return report


def render_json(report: Report) -> str:
    return json.dumps(asdict(report), indent=2, ensure_ascii=False, sort_keys=True) + "\n"


def _line(finding: Finding) -> str:
    example = f", e.g. {finding.example}" if finding.example else ""
    where = f"once, in {finding.files[0]}"
    if finding.count > 1:
        where = f"{finding.count} times in {len(finding.files)} files, e.g. in {finding.files[0]}"
    return (
        f"  {finding.operation} {finding.status} {finding.path}: {finding.kind} — "
        f"{finding.detail}{example} ({where})"
    )


def render_text(report: Report) -> str:
    lines: list[str] = []
    for title, findings in (
        ("Contradictions (the spec is wrong about these answers)", report.contradictions),
        ("Suggestions (the spec could declare these)", report.suggestions),
    ):
        if findings:
            lines += [f"{title}:", *(_line(f) for f in findings)]
    if report.unrecorded:
        lines.append(f"Unrecorded operations: {', '.join(report.unrecorded)}")
    lines += [f"Unreadable: {u['file']}: {u['reason']}" for u in report.unreadable]
    s = report.summary
    lines.append(
        f"Total: {s['contradictions']} contradictions, {s['suggestions']} suggestions; "
        f"{s['files']} files, {s['recorded']} of {s['operations']} operations recorded, "
        f"{s['unreadable']} unreadable."
    )
    return "\n".join(lines) + "\n"


def contradictions(report_path: Path) -> int:
    """How many contradictions a saved `--json` report holds (the release gate's question)."""
    try:
        report = json.loads(Path(report_path).read_text(encoding="utf-8"))
        return len(report["contradictions"])
    except (OSError, ValueError, KeyError, TypeError) as error:
        raise DriftError(
            f"{report_path} is not a drift report written by `drift.py DIR --json` ({error})"
        ) from None


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="drift.py", description=__doc__.splitlines()[0])
    parser.add_argument("directory", type=Path, nargs="?", help="a folder of recordings")
    parser.add_argument("--json", action="store_true", help="one JSON object on stdout")
    parser.add_argument("--spec", type=Path, default=SPEC_PATH, help="the OpenAPI document")
    parser.add_argument("--gate", type=Path, help="a saved --json report: exit 1 if it contradicts")
    args = parser.parse_args(argv)
    if args.gate is not None:
        try:
            count = contradictions(args.gate)
        except DriftError as error:
            print(f"drift: {error}", file=sys.stderr)
            return 2
        print(f"{args.gate}: {count} contradictions between the spec and the live API")
        return 1 if count else 0
    problem = None
    if args.directory is None:
        problem = "give a folder of recordings (or --gate REPORT)"
    elif not args.directory.is_dir():
        problem = f"no such folder: {args.directory}"
    elif not any(args.directory.rglob("*.json")):
        problem = f"no recordings (*.json) in {args.directory}: record some first"
    if problem:
        print(f"drift: {problem}", file=sys.stderr)
        return 2
    try:
        report = check(args.directory, args.spec)
    except DriftError as error:
        print(f"drift: {error}", file=sys.stderr)
        return 2
    sys.stdout.write(render_json(report) if args.json else render_text(report))
    if report.summary["unreadable"] == report.summary["files"]:
        print(f"drift: none of the files in {args.directory} is a recording", file=sys.stderr)
        return 2
    return 1 if report.contradictions else 0


if __name__ == "__main__":
    sys.exit(main())
