"""Path arguments address the operation's own resource: sent as given, or refused unsent.

Every operation with path parameters is read from the generated tables (`security.py`,
`constraints.py`), not listed here: a value httpx or the server would read as another path
(`..`, `.`, `a/b`) is refused with nothing sent; an odd but legal one reaches the server as the
exact percent-encoded path (its ASGI `raw_path`). Integers are ASCII digits, in path and query.
"""

from __future__ import annotations

import importlib
import inspect
import pkgutil
import re
import typing
from collections.abc import Iterator
from functools import cache
from types import ModuleType
from typing import Any

import httpx
import pytest
import yaml
from fault_server import Quiet

import discogs_api_client.api
from conftest import FAKE_TOKEN, SPEC_PATH, USER_AGENT
from discogs_api_client.api.database import get_artist_releases, get_release
from discogs_api_client.api.marketplace import get_fee
from discogs_api_client.api.user_wantlist import delete_want
from discogs_api_client.constraints import PARAMETERS
from discogs_api_client.security import OPERATION_SECURITY
from discogs_openapi import (
    AsyncDiscogs,
    CredentialsRequiredError,
    Discogs,
    InvalidArgumentError,
    NotFoundError,
)
from replay_server import serve

# Values that are no path segment of their own: httpx drops `.` and `..` with the segment
# before them, and a server may decode `%2F` into a separator.
REFUSED = {"..": r"must not be '\.' or '\.\.'", ".": r"must not be '\.' or '\.\.'"}
REFUSED["a/b"] = "must not contain '/'"
# Odd but legal strings and the one encoding the server must see.
ODD = {
    "a b": "a%20b",
    "ü": "%C3%BC",
    "a?b": "a%3Fb",
    "a#b": "a%23b",
    "%2F": "%252F",
    ";": "%3B",
}
# Strings int() accepts that are not the ASCII digits a URL should carry; and a bool.
NOT_INTEGERS: list[Any] = ["1_0", " 7", "\u0667", True]
PATTERN_EXAMPLES = {"^[0-9]+-[0-9]+$": "1-1"}


class Recorder(Quiet):
    """Answers 404 to everything; records each request's method and raw path (the bytes sent),
    or redirects `/releases/1` to `/releases/2` when `redirect` is set."""

    def __init__(self) -> None:
        super().__init__()
        self.seen: list[tuple[str, str]] = []
        self.redirect = False

    async def respond(self, scope: dict[str, Any], receive: Any, send: Any) -> None:
        raw_path = scope["raw_path"].decode("ascii")
        self.seen.append((scope["method"], raw_path))
        if self.redirect and raw_path == "/releases/1":
            headers = [(b"location", b"/releases/2")]
            await send({"type": "http.response.start", "status": 302, "headers": headers})
        else:
            headers = [(b"content-type", b"application/json")]
            await send({"type": "http.response.start", "status": 404, "headers": headers})
        await send({"type": "http.response.body", "body": b'{"message": "not found"}'})


@pytest.fixture(scope="module")
def server() -> Iterator[tuple[str, Recorder]]:
    app = Recorder()
    with serve(app) as url:
        yield url, app


@pytest.fixture
def recorder(server: tuple[str, Recorder]) -> Iterator[tuple[str, Recorder]]:
    """The server with nothing recorded yet (and no request of the last test still arriving)."""
    url, app = server
    app.wait_quiet()
    app.seen.clear()
    app.redirect = False
    yield url, app
    app.wait_quiet()


# --- the operations, from the generated tables --------------------------------------------


def _snake(operation_id: str) -> str:
    return re.sub(r"(?<!^)(?=[A-Z])", "_", operation_id).lower()


@cache
def _modules() -> dict[str, ModuleType]:
    found = {}
    api = discogs_api_client.api
    for info in pkgutil.walk_packages(api.__path__, f"{api.__name__}."):
        module = importlib.import_module(info.name)
        if hasattr(module, "sync_detailed"):
            found[info.name.rsplit(".", 1)[-1]] = module
    return found


@cache
def _spec() -> dict[str, Any]:
    return dict(yaml.safe_load(SPEC_PATH.read_text(encoding="utf-8")))


def _resolve(node: Any) -> Any:
    while isinstance(node, dict) and "$ref" in node:
        target = _spec()
        for part in node["$ref"].removeprefix("#/").split("/"):
            target = target[part]
        node = target
    return node


def _body_example(operation_id: str) -> dict[str, Any]:
    """The required fields of the spec's example JSON body (some examples' optional fields do
    not fit their own schema: a listing's weight given as a string)."""
    for item in _spec()["paths"].values():
        for operation in item.values():
            if isinstance(operation, dict) and operation.get("operationId") == operation_id:
                content = _resolve(operation["requestBody"])["content"]["application/json"]
                example, required = content["example"], _resolve(content["schema"]).get("required")
                return {name: example[name] for name in required} if required else dict(example)
    raise LookupError(operation_id)


def _path_rules(operation_id: str) -> dict[str, dict[str, Any]]:
    rules = PARAMETERS[operation_id].items()
    return {name: rule for name, rule in rules if rule["in"] == "path"}


def _valid(rule: dict[str, Any]) -> Any:
    """A value the rule allows."""
    if "enum" in rule:
        return rule["enum"][0]
    if "pattern" in rule:
        return PATTERN_EXAMPLES[rule["pattern"]]
    return {"integer": max(1, rule.get("minimum", 1)), "number": 1.5}.get(rule["type"], "memory")


def _call(operation_id: str, **path: Any) -> tuple[ModuleType, dict[str, Any]]:
    """The operation's module and keyword arguments: `path` values, valid ones for the rest."""
    module = _modules()[_snake(operation_id)]
    arguments = {name: _valid(rule) for name, rule in _path_rules(operation_id).items()} | path
    signature = inspect.signature(module.sync_detailed)
    assert set(arguments) <= set(signature.parameters), operation_id  # names as in the spec
    for name, parameter in signature.parameters.items():
        if name in arguments or name == "client" or parameter.default is not parameter.empty:
            continue
        if name == "body":
            model = typing.get_type_hints(module.sync_detailed)["body"]
            arguments["body"] = model.from_dict(_body_example(operation_id))
        else:
            arguments[name] = "x"  # a required query string (a collection field's value)
    return module, arguments


PATH_OPERATIONS = sorted(op for op in OPERATION_SECURITY if _path_rules(op))
PATH_PARAMETERS = [(op, name) for op in PATH_OPERATIONS for name in _path_rules(op)]
# String parameters any text may fill (no enum, no pattern): the odd values must pass through.
FREE_TEXT = [
    (op, name)
    for op, name in PATH_PARAMETERS
    if _path_rules(op)[name]["type"] == "string"
    and not {"enum", "pattern"} & set(_path_rules(op)[name])
]


def test_the_tables_give_operations_to_test() -> None:
    assert len(PATH_OPERATIONS) >= 40
    assert len(FREE_TEXT) >= 20
    assert {_snake(op) for op in OPERATION_SECURITY} <= set(_modules())


def _expected_path(operation_id: str, **encoded: str) -> str:
    template = OPERATION_SECURITY[operation_id][1]
    values = {name: str(_valid(rule)) for name, rule in _path_rules(operation_id).items()}
    return template.format(**(values | encoded))


# --- `..`, `.` and `/` never leave the client ------------------------------------------------


# One client per operation: making one costs more than all its refusals.
def _refusals(operation_id: str) -> Iterator[tuple[ModuleType, dict[str, Any], str]]:
    """Each path parameter of the operation given each refused value: its call and message."""
    for name in _path_rules(operation_id):
        for value, reason in REFUSED.items():
            yield (*_call(operation_id, **{name: value}), f"{name}={value!r} {reason}")


@pytest.mark.parametrize("operation_id", PATH_OPERATIONS)
def test_a_value_that_is_no_segment_is_refused_unsent(
    recorder: tuple[str, Recorder], operation_id: str
) -> None:
    url, app = recorder
    with Discogs(USER_AGENT, token=FAKE_TOKEN, base_url=url) as client:
        for module, arguments, message in _refusals(operation_id):
            with pytest.raises(InvalidArgumentError, match=message):
                module.sync(client=client, **arguments)
        view = client.rate_limit
        assert view is not None
        assert view.used == 0
    assert app.seen == []


@pytest.mark.parametrize("operation_id", PATH_OPERATIONS)
async def test_a_value_that_is_no_segment_is_refused_unsent_async(
    recorder: tuple[str, Recorder], operation_id: str
) -> None:
    url, app = recorder
    async with AsyncDiscogs(USER_AGENT, token=FAKE_TOKEN, base_url=url) as client:
        for module, arguments, message in _refusals(operation_id):
            with pytest.raises(InvalidArgumentError, match=message):
                await module.asyncio(client=client, **arguments)
        view = client.rate_limit
        assert view is not None
        assert view.used == 0
    assert app.seen == []


def test_custom_auth_does_not_skip_the_path_checks(recorder: tuple[str, Recorder]) -> None:
    url, app = recorder
    with (
        Discogs(USER_AGENT, base_url=url, auth=httpx.Auth()) as client,
        pytest.raises(InvalidArgumentError, match=r"username='\.\.' must not be"),
    ):
        delete_want.sync("..", 1, client=client)
    assert app.seen == []


# --- odd but legal values reach the server exactly ------------------------------------------


@pytest.mark.parametrize(
    ("operation_id", "name"), FREE_TEXT, ids=[f"{o}.{n}" for o, n in FREE_TEXT]
)
def test_odd_values_reach_the_server_as_the_exact_encoded_path(
    recorder: tuple[str, Recorder], operation_id: str, name: str
) -> None:
    url, app = recorder
    method = OPERATION_SECURITY[operation_id][0]
    with Discogs(USER_AGENT, token=FAKE_TOKEN, base_url=url, throttle=False) as client:
        for value, encoded in ODD.items():
            module, arguments = _call(operation_id, **{name: value})
            with pytest.raises(NotFoundError):
                module.sync(client=client, **arguments)
            assert app.seen[-1] == (method, _expected_path(operation_id, **{name: encoded}))
    assert len(app.seen) == len(ODD)


@pytest.mark.parametrize(
    ("operation_id", "name"), FREE_TEXT, ids=[f"{o}.{n}" for o, n in FREE_TEXT]
)
async def test_odd_values_reach_the_server_as_the_exact_encoded_path_async(
    recorder: tuple[str, Recorder], operation_id: str, name: str
) -> None:
    url, app = recorder
    method = OPERATION_SECURITY[operation_id][0]
    async with AsyncDiscogs(USER_AGENT, token=FAKE_TOKEN, base_url=url, throttle=False) as client:
        for value, encoded in ODD.items():
            module, arguments = _call(operation_id, **{name: value})
            with pytest.raises(NotFoundError):
                await module.asyncio(client=client, **arguments)
            assert app.seen[-1] == (method, _expected_path(operation_id, **{name: encoded}))
    assert len(app.seen) == len(ODD)


# --- integers are ASCII digits ---------------------------------------------------------------

INTEGER_CALLS = {
    "path": lambda value: (get_release, {"release_id": value}),
    "query": lambda value: (get_artist_releases, {"artist_id": 1, "page": value}),
}
INTEGER_CASES = [(where, value) for where in INTEGER_CALLS for value in NOT_INTEGERS]
INTEGER_IDS = [f"{where}-{value!r}" for where, value in INTEGER_CASES]


@pytest.mark.parametrize(("where", "value"), INTEGER_CASES, ids=INTEGER_IDS)
def test_only_ascii_digits_are_integers(
    recorder: tuple[str, Recorder], where: str, value: Any
) -> None:
    url, app = recorder
    module, arguments = INTEGER_CALLS[where](value)
    with (
        Discogs(USER_AGENT, token=FAKE_TOKEN, base_url=url) as client,
        pytest.raises(InvalidArgumentError, match=r"is not an integer \(ASCII digits only\)"),
    ):
        module.sync(client=client, **arguments)
    assert app.seen == []


@pytest.mark.parametrize(("where", "value"), INTEGER_CASES, ids=INTEGER_IDS)
async def test_only_ascii_digits_are_integers_async(
    recorder: tuple[str, Recorder], where: str, value: Any
) -> None:
    url, app = recorder
    module, arguments = INTEGER_CALLS[where](value)
    async with AsyncDiscogs(USER_AGENT, token=FAKE_TOKEN, base_url=url) as client:
        with pytest.raises(InvalidArgumentError, match=r"is not an integer \(ASCII digits only\)"):
            await module.asyncio(client=client, **arguments)
    assert app.seen == []


@pytest.mark.parametrize("price", [float("nan"), float("inf"), "1_0", " 7", True])
def test_only_plain_decimals_are_numbers(recorder: tuple[str, Recorder], price: Any) -> None:
    url, app = recorder
    with (
        Discogs(USER_AGENT, token=FAKE_TOKEN, base_url=url) as client,
        pytest.raises(InvalidArgumentError, match=r"price=.* is not a number"),
    ):
        get_fee.sync(price, client=client)
    assert app.seen == []


# --- requests the generated functions did not make: checked by their URL --------------------


def test_a_raw_request_with_an_encoded_slash_is_checked_as_its_operation(
    recorder: tuple[str, Recorder],
) -> None:
    url, app = recorder
    with (
        Discogs(USER_AGENT, base_url=url) as anonymous,
        pytest.raises(CredentialsRequiredError, match="deleteWant"),
    ):
        anonymous.get_httpx_client().delete("/users/a%2Fb/wants/1")
    with (
        Discogs(USER_AGENT, token=FAKE_TOKEN, base_url=url) as client,
        pytest.raises(InvalidArgumentError, match="username='a/b' must not contain '/'"),
    ):
        client.get_httpx_client().delete("/users/a%2Fb/wants/1")
    assert app.seen == []


@pytest.mark.parametrize("path", ["/users/a%2Fb/no-such", "/releases/1/%2E%2E", "/%2e/releases"])
async def test_a_raw_request_to_no_operation_with_a_hidden_separator_is_refused(
    recorder: tuple[str, Recorder], path: str
) -> None:
    url, app = recorder
    async with AsyncDiscogs(USER_AGENT, token=FAKE_TOKEN, base_url=url) as client:
        with pytest.raises(InvalidArgumentError, match="matches no Discogs operation"):
            await client.get_async_httpx_client().get(path)
        with pytest.raises(NotFoundError):  # sent: a path of no operation stays allowed
            await client.get_async_httpx_client().get("/no/such/path")
    assert app.seen == [("GET", "/no/such/path")]


def test_a_redirect_within_the_api_is_followed_and_checked_as_its_own_path(
    recorder: tuple[str, Recorder],
) -> None:
    url, app = recorder
    app.redirect = True
    with (
        Discogs(USER_AGENT, token=FAKE_TOKEN, base_url=url) as client,
        pytest.raises(NotFoundError),
    ):
        get_release.sync(1, client=client)
    assert app.seen == [("GET", "/releases/1"), ("GET", "/releases/2")]
