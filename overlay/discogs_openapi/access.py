"""What the spec rules out, checked before anything is sent: credentials and arguments.

`discogs_api_client.security` and `discogs_api_client.constraints` are generated from the spec:
a call the client's credentials cannot make, or whose path, query or JSON body breaks the spec's
constraints (a rating of 6, `per_page=500`, an unknown currency, an empty username), fails
locally with a message naming the argument and what it may be, and spends no request.
"""

from __future__ import annotations

import functools
import re
from typing import Any, Literal

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


@functools.cache
def _routes() -> list[tuple[re.Pattern[str], str, str, str, frozenset[str]]]:
    from discogs_api_client.security import OPERATION_SECURITY  # compiled on first use

    routes = []
    for operation_id, (method, template, schemes) in OPERATION_SECURITY.items():
        # Named groups; empty segments match too, so an empty username is caught here.
        pattern = re.sub(r"\\\{([^}]+)\\\}", r"(?P<\1>[^/]*)", re.escape(template))
        routes.append((re.compile(f"^{pattern}$"), method, operation_id, template, schemes))
    # Literal segments win over parameters: /inventory/upload/add is not /inventory/upload/{id}.
    routes.sort(key=lambda route: (route[3].count("{"), route[3]))
    return routes


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
    """Raise `CredentialsRequiredError` if the spec says `mode` cannot call this operation."""
    if mode == "custom":
        return
    path = request.url.path.removeprefix(api.prefix) or "/"
    for pattern, method, operation_id, template, schemes in _routes():
        if method == request.method and (match := pattern.match(path)):
            if _SCHEME_OF_MODE[mode] in schemes:
                check_arguments(operation_id, match.groupdict(), request)
                return
            accepted = " or ".join(_HOW[scheme] for scheme in sorted(schemes) if scheme)
            have = {
                "none": "this client has no credentials",
                "key_secret": "a consumer key and secret identify no user",
                "token": "a personal token is not accepted here",
                "oauth": "OAuth credentials are not accepted here",
            }[mode]
            raise CredentialsRequiredError(
                f"{operation_id} ({method} {template}) needs {accepted}; {have}. Nothing was sent."
            )


def check_arguments(operation_id: str, path: dict[str, str], request: httpx.Request) -> None:
    """Raise `InvalidArgumentError` for a parameter or JSON body the spec rules out."""
    from discogs_api_client.constraints import BODIES, PARAMETERS

    rules = PARAMETERS.get(operation_id, {})
    for name, value in [*path.items(), *request.url.params.multi_items()]:
        rule = rules.get(name)
        problem = None if rule is None else _problem(rule, value)
        if problem is not None:
            raise InvalidArgumentError(
                f"{operation_id}: {name}={value!r} {problem}. Nothing was sent."
            )
    schema = BODIES.get(operation_id)
    if schema is not None and request.headers.get("content-type", "").startswith(
        "application/json"
    ):
        _check_body(operation_id, schema, request.read())


def _problem(rule: dict[str, Any], text: str) -> str | None:
    kind = rule.get("type")
    value: Any = text
    try:
        if kind == "integer":
            value = int(text)
        elif kind == "number":
            value = float(text)
    except ValueError:
        return f"is not {'an integer' if kind == 'integer' else 'a number'}"
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
