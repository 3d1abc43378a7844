"""What the spec rules out, checked before anything is sent: credentials and arguments.

`discogs_api_client.security` and `discogs_api_client.constraints` are generated from the spec:
a call the client's credentials cannot make, or whose path, query or JSON body breaks the spec's
constraints (a rating of 6, `per_page=500`, an unknown currency, an empty username), fails
locally with a message naming the argument and what it may be, and spends no request.

The operation is the one the generated function names in the request's `OPERATION` extension,
with the caller's path values as passed: each must reach the server as one segment of its own
(not `.` or `..`, no `/`), integers as ASCII digits. A request made without it (raw httpx calls,
downloads, a redirect) is matched on the path separators actually sent.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Mapping
from types import ModuleType
from typing import Any, Literal
from urllib.parse import unquote

import httpx

from .errors import CredentialsRequiredError, InvalidArgumentError
from .flow import Flow, Transport, send
from .layer import Layer, Origin

__all__ = ["AccessLayer", "AuthMode", "check_access"]

AuthMode = Literal["none", "token", "key_secret", "oauth", "custom"]
_SCHEME_OF_MODE = {"none": "", "token": "DiscogsToken", "key_secret": "DiscogsKeySecret"}
_SCHEME_OF_MODE["oauth"] = "OAuth1"
_HOW = {
    "DiscogsToken": "token= (a personal access token)",
    "DiscogsKeySecret": "consumer_key= and consumer_secret=",
    "OAuth1": "the four OAuth values (consumer_key, consumer_secret, oauth_token, "
    "oauth_token_secret)",
}


# Set on each request by the generated functions (scripts/generator-templates/
# endpoint_module.py.jinja): {"template": the operation's path, "path": its arguments as passed}.
OPERATION = "discogs_api_client.operation"

_Route = tuple[str, frozenset[str]]  # operation id, accepted schemes
_Found = tuple[str, str, frozenset[str], Mapping[str, object]]  # ... with template, path values


@functools.cache
def _routes() -> dict[tuple[str, str], _Route]:
    """(method, path template) -> operation; literal segments first, so that /inventory/upload/add
    is not /inventory/upload/{upload_id}."""
    from discogs_api_client.security import OPERATION_SECURITY  # loaded on first use

    rows = sorted(OPERATION_SECURITY.items(), key=lambda row: (row[1][1].count("{"), row[1][1]))
    return {(method, template): (op, schemes) for op, (method, template, schemes) in rows}


@functools.cache
def _constraints() -> ModuleType:
    """The generated constraints, loaded on first use (and not looked up again per call)."""
    from discogs_api_client import constraints

    return constraints


@functools.cache
def _parts(template: str) -> tuple[tuple[str, bool], ...]:
    """Each segment of `template`: a parameter's name and True, or a literal and False."""
    return tuple(
        (part[1:-1], True) if part.startswith("{") else (part, False)
        for part in template.split("/")
    )


def _match(template: str, segments: list[str]) -> dict[str, str] | None:
    """The path values if `segments` (decoded) fill `template`; empty segments fill it too, so
    that an empty username is caught by its rule."""
    parts = _parts(template)
    if len(parts) != len(segments):
        return None
    values = {}
    for (part, is_name), segment in zip(parts, segments, strict=True):
        if is_name:
            values[part] = segment
        elif part != segment:
            return None
    return values


def _segments(request: httpx.Request, api: Origin) -> list[str]:
    """The request's path after the base URL's, split on the separators actually sent (an
    encoded `/` stays inside its segment), each segment then decoded."""
    raw = request.url.raw_path.partition(b"?")[0].decode("ascii", "replace")
    return [unquote(segment) for segment in (raw.removeprefix(api.raw_prefix) or "/").split("/")]


def _operation(request: httpx.Request, api: Origin) -> _Found | None:
    """The operation a request makes: the one its generated function names, when the URL is
    that operation's path with the arguments given; else the route its URL matches."""
    segments = _segments(request, api)
    declared = request.extensions.get(OPERATION)
    # A redirect keeps the extensions, but may change the method (a 303 makes a GET).
    route = _routes().get((request.method, declared["template"])) if declared else None
    if declared and route is not None:
        operation_id, schemes = route
        template, path = declared["template"], declared["path"]
        if _match(template, segments) == {name: str(value) for name, value in path.items()}:
            return operation_id, template, schemes, path
        # httpx changed the path (it drops `.` and `..`): the arguments say why. Valid ones
        # mean a redirect the server chose, checked below as any URL is.
        _check_path(operation_id, path)
    for (method, template), (operation_id, schemes) in _routes().items():
        if method == request.method and (values := _match(template, segments)) is not None:
            return operation_id, template, schemes, values
    if any(_segment_problem(segment) for segment in segments):
        where = request.url.raw_path.partition(b"?")[0].decode("ascii", "replace")
        raise InvalidArgumentError(
            f"{request.method} {where} matches no Discogs operation, and a segment of it is an "
            "encoded '/', '.' or '..', which the server may read as another path; pass path "
            "values to the operation's generated function, which checks them. Nothing was sent."
        )
    return None


class AccessLayer(Layer):
    """Refuses, unsent, what the spec rules out; first in the stack, so nothing is spent."""

    def __init__(self, inner: Transport, origin: Origin, mode: AuthMode) -> None:
        super().__init__(inner, origin)
        self.api = origin
        self.mode = mode

    def flow(self, request: httpx.Request) -> Flow[httpx.Response]:
        check_access(request, self.mode, self.api)
        return (yield from send(request, self.inner))


def check_access(request: httpx.Request, mode: AuthMode, api: Origin) -> None:
    """Raise `CredentialsRequiredError` if the spec says `mode` cannot call this operation, and
    `InvalidArgumentError` for arguments it rules out (whatever the credentials)."""
    found = _operation(request, api)
    if found is None:
        return
    operation_id, template, schemes, path = found
    if mode != "custom" and _SCHEME_OF_MODE[mode] not in schemes:
        accepted = " or ".join(_HOW[scheme] for scheme in sorted(schemes) if scheme)
        have = {
            "none": "this client has no credentials",
            "key_secret": "a consumer key and secret identify no user",
            "token": "a personal token is not accepted here",
            "oauth": "OAuth credentials are not accepted here",
        }[mode]
        raise CredentialsRequiredError(
            f"{operation_id} ({request.method} {template}) needs {accepted}; {have}. "
            "Nothing was sent."
        )
    check_arguments(operation_id, path, request)


def check_arguments(operation_id: str, path: Mapping[str, object], request: httpx.Request) -> None:
    """Raise `InvalidArgumentError` for a parameter or JSON body the spec rules out."""
    constraints = _constraints()
    _check_path(operation_id, path)
    rules = constraints.PARAMETERS.get(operation_id, {})
    # No query, nothing to parse (most calls): reading `params` parses it afresh each time.
    query = request.url.params.multi_items() if request.url.query else []
    for name, value in query:
        rule = rules.get(name)
        _refuse(operation_id, name, value, None if rule is None else _problem(rule, value))
    schema = constraints.BODIES.get(operation_id)
    if schema is not None and request.headers.get("content-type", "").startswith(
        "application/json"
    ):
        _check_body(operation_id, schema, request.read())


def _check_path(operation_id: str, path: Mapping[str, object]) -> None:
    """Each path value must be one segment, sent as given, that its rule allows."""
    rules = _constraints().PARAMETERS.get(operation_id, {})
    for name, value in path.items():
        problem = _segment_problem(str(value)) or _problem(rules.get(name, {}), value)
        _refuse(operation_id, name, value, problem)


def _segment_problem(text: str) -> str | None:
    """Why `text` would not reach the server as one path segment of its own, if it would not."""
    if text in (".", ".."):  # httpx drops them (and the segment before `..`)
        return "must not be '.' or '..'"
    if "/" in text:  # sent as %2F, which servers and proxies may decode into a separator
        return "must not contain '/'"
    return None


def _refuse(operation_id: str, name: str, value: object, problem: str | None) -> None:
    if problem is not None:
        raise InvalidArgumentError(f"{operation_id}: {name}={value!r} {problem}. Nothing was sent.")


# What a URL should carry: int() and float() also take "1_0", " 7", Arabic-Indic digits, "nan".
_INTEGER = re.compile(r"-?[0-9]+")
_NUMBER = re.compile(r"-?[0-9]+(?:\.[0-9]+)?(?:[eE][-+]?[0-9]+)?")
_KIND = {
    "integer": "an integer (ASCII digits only)",
    "number": "a number (ASCII digits, a '.' and an exponent only)",
    "string": "a string",
}


def _problem(rule: dict[str, Any], given: object) -> str | None:
    kind = rule.get("type")
    if given is None or (isinstance(given, bool) and kind != "boolean"):
        return f"is not {_KIND.get(str(kind), 'a value')}"  # str(True) would be sent as "True"
    text = str(given)
    value: Any = text
    if kind in ("integer", "number"):
        if (_INTEGER if kind == "integer" else _NUMBER).fullmatch(text) is None:
            return f"is not {_KIND[kind]}"
        value = int(text) if kind == "integer" else float(text)
    if kind == "string" and rule.get("minLength", 0) > len(text):
        return "must not be empty"
    if "minimum" in rule and value < rule["minimum"]:
        return f"must be at least {rule['minimum']}"
    if "maximum" in rule and value > rule["maximum"]:
        return f"must be at most {rule['maximum']}"
    if "enum" in rule and value not in rule["enum"]:
        return f"must be one of {', '.join(map(str, rule['enum']))}"
    if "pattern" in rule and re.search(rule["pattern"], text) is None:
        return f"must match {rule['pattern']}"
    return None


def _check_body(operation_id: str, schema: dict[str, Any], content: bytes) -> None:
    import json

    import jsonschema  # type: ignore[import-untyped]  # loaded with the first JSON body

    try:
        body = json.loads(content)
    except ValueError:
        return  # not JSON after all: the server will say so
    error = jsonschema.exceptions.best_match(
        jsonschema.Draft202012Validator(schema).iter_errors(body)
    )
    if error is not None:
        where = ".".join(str(part) for part in error.absolute_path) or "the body"
        raise InvalidArgumentError(f"{operation_id}: {where}: {error.message}. Nothing was sent.")
