"""paginate(): every paginated operation of the spec walked over HTTP, and the edge cases.

Each operation is walked twice: through its recorded first page on the shared replay server
(its items, of the models the spec names), and across pages constructed from that recording.
"""

from __future__ import annotations

import copy
import importlib
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from openapi_python_client.strings import PythonIdentifier, pascal_case, snake_case

import discogs_api_client.models
from conftest import (
    EXCHANGES,
    FAKE_TOKEN,
    SPEC,
    SPEC_PATH,
    USER_AGENT,
    Exchange,
    FixedAnswer,
    operations,
    resolve,
)
from discogs_api_client.api.database import get_artist_releases, get_release
from discogs_openapi import AsyncDiscogs, ConfigurationError, Discogs
from discogs_openapi.pagination import items_key
from replay_server import ReplayApp, serve

OPERATIONS = operations(SPEC)


def _page_schema(operation: dict[str, Any]) -> dict[str, Any] | None:
    """The operation's 200 JSON answer schema, when it holds `pagination` (else None)."""
    response = resolve(operation.get("responses", {}).get("200", {}))
    schema = resolve(response.get("content", {}).get("application/json", {}).get("schema", {}))
    return schema if "pagination" in schema.get("properties", {}) else None


def _parameters(operation_id: str) -> dict[str, dict[str, Any]]:
    """An operation's parameters by name, its path's own included (the operation's win)."""
    template, _, operation = OPERATIONS[operation_id]
    listed = [*SPEC["paths"][template].get("parameters", []), *operation.get("parameters", [])]
    return {parameter["name"]: parameter for parameter in map(resolve, listed)}


def _is_paginated(operation_id: str) -> bool:
    """Paginated, by the spec's own shape: takes `page` and `per_page`, answers `pagination`."""
    return {"page", "per_page"} <= set(_parameters(operation_id)) and (
        _page_schema(OPERATIONS[operation_id][2]) is not None
    )


# Derived from the spec's shape, not from its items-key marks: an operation added to the spec
# without `x-discogs-items-key`, or without a recording that can be walked, fails below.
PAGINATED = sorted(
    (operation_id, str(operation.get("x-discogs-items-key", "")))
    for operation_id, (_, _, operation) in OPERATIONS.items()
    if _is_paginated(operation_id)
)
PAGES = 3


def _module(operation_id: str) -> Any:
    _, _, operation = OPERATIONS[operation_id]
    tag = snake_case(operation["tags"][0])
    return importlib.import_module(f"discogs_api_client.api.{tag}.{snake_case(operation_id)}")


def _items(body: dict[str, Any], key: str) -> list[Any]:
    value = body[key]
    if isinstance(value, list):
        return list(value)
    return [item for name in ("artists", "labels", "releases") for item in value.get(name, [])]


def _with_items(body: dict[str, Any], key: str, items: list[Any]) -> dict[str, Any]:
    """`body` holding `items` (for submissions, the kind each item came from is kept)."""
    out = copy.deepcopy(body)
    if isinstance(body[key], list):
        out[key] = items
    else:
        kinds = {json.dumps(i, sort_keys=True): n for n, v in body[key].items() for i in v}
        out[key] = {name: [] for name in ("artists", "labels", "releases")}
        for item in items:
            out[key][kinds[json.dumps(item, sort_keys=True)]].append(item)
    return out


@pytest.fixture(scope="module")
def paged(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, ReplayApp]]:
    """A replay server with, for every paginated operation, its recorded items over 3 pages.

    Each page holds one item, the last page repeating the first item when fewer were recorded;
    the pages' `urls` hold every link, `next` of the last page pointing back at page 1 (seen live).
    """
    folder = tmp_path_factory.mktemp("paged")
    for operation_id, key in PAGINATED:
        if not key:
            continue  # unmarked: its walk fails for want of pages, its items-key test says why
        exchange = next(
            e
            for e in EXCHANGES
            if e.operation == operation_id
            and e.is_success
            and _items(e.data["response"]["json"], key)
        )
        body = exchange.data["response"]["json"]
        items = _items(body, key)
        base = f"https://api.discogs.com{exchange.data['request']['path']}?per_page=1"
        for page in range(1, PAGES + 1):
            recording = copy.deepcopy(exchange.data)
            recording["source"] = f"constructed by the test from {exchange.id}: page {page}"
            recording["request"]["query"] = {"page": str(page), "per_page": "1"}
            item = items[(page - 1) % len(items)]
            page_body = _with_items(body, key, [item])
            page_body["pagination"] = {
                "page": page,
                "pages": PAGES,
                "per_page": 1,
                "items": PAGES,
                "urls": {"first": f"{base}&page=1", "last": f"{base}&page={PAGES}"}
                | (
                    {"next": f"{base}&page=1"}
                    if page == PAGES
                    else {"next": f"{base}&page={page + 1}"}
                ),
            }
            recording["response"]["json"] = page_body
            (folder / operation_id).mkdir(exist_ok=True)
            (folder / operation_id / f"page-{page}.json").write_text(json.dumps(recording))
    app = ReplayApp.from_files(SPEC_PATH, folder)
    with serve(app) as url:
        yield url, app


def _typed(operation_id: str, name: str, value: str) -> tuple[str, Any]:
    """A recorded parameter as the generated function takes it: its Python name, its type."""
    kind = resolve(_parameters(operation_id)[name].get("schema", {})).get("type")
    return PythonIdentifier(name, prefix=""), int(value) if kind == "integer" else value


def _path_arguments(exchange: Exchange) -> dict[str, Any]:
    """The path parameters of a recording, as the generated function takes them."""
    template = OPERATIONS[exchange.operation][0]
    parts, values = (
        template.strip("/").split("/"),
        exchange.data["request"]["path"].strip("/").split("/"),
    )
    return dict(
        _typed(exchange.operation, part[1:-1], value)
        for part, value in zip(parts, values, strict=True)
        if part.startswith("{")
    )


def _arguments(operation_id: str) -> dict[str, Any]:
    """The path parameters of the operation's first 2xx recording."""
    return _path_arguments(
        next(e for e in EXCHANGES if e.operation == operation_id and e.is_success)
    )


def _model(schema: dict[str, Any], item: dict[str, Any]) -> type:
    """The generated model class the spec gives `item` (a `oneOf` picks by its discriminator)."""
    target = resolve(schema)
    if "discriminator" in target:
        discriminator = target["discriminator"]
        member = discriminator["mapping"][item[discriminator["propertyName"]]]
        return _model({"$ref": member}, item)
    assert "$ref" in schema, f"items of an inline schema have no model of their own: {schema}"
    model: type = getattr(discogs_api_client.models, pascal_case(schema["$ref"].split("/")[-1]))
    return model


def _expected(operation_id: str, key: str, body: dict[str, Any]) -> list[tuple[type, Any]]:
    """The items of a recorded page with the model class of each, as the spec says, in order."""
    _, _, operation = OPERATIONS[operation_id]
    page_schema = _page_schema(operation)
    assert page_schema is not None
    value_schema = resolve(page_schema["properties"][key])
    if value_schema.get("type") == "array":
        return [(_model(value_schema["items"], item), item) for item in body[key]]
    # An object of lists (a user's submissions): each list in the spec's order, absent ones empty.
    return [
        (_model(resolve(inner)["items"], item), item)
        for name, inner in value_schema["properties"].items()
        for item in body[key].get(name, [])
    ]


def _first_page(operation_id: str, key: str) -> Exchange | None:
    """A 2xx recording of page 1 (or of no page) with items, which a walk from page 1 gets."""
    return next(
        (
            e
            for e in EXCHANGES
            if e.operation == operation_id
            and e.is_success
            and e.data["request"].get("query", {}).get("page", "1") == "1"
            and _expected(operation_id, key, e.data["response"]["json"])
        ),
        None,
    )


def test_paginated_operations_are_found_and_marked() -> None:
    # A floor, so that a change in the spec's shape cannot leave the criterion finding nothing.
    assert len(PAGINATED) >= 15
    unmarked = [operation_id for operation_id, key in PAGINATED if not key]
    assert not unmarked, f"paginated but without `x-discogs-items-key`: {unmarked}"
    marked = {o for o, (_, _, op) in OPERATIONS.items() if "x-discogs-items-key" in op}
    assert marked == {operation_id for operation_id, _ in PAGINATED}


@pytest.mark.parametrize(("operation_id", "key"), PAGINATED, ids=[p[0] for p in PAGINATED])
def test_every_paginated_operation_yields_its_items(
    replay_app: ReplayApp, replay_url: str, operation_id: str, key: str
) -> None:
    """paginate() over the shared replay server yields page 1's recorded items, as their models."""
    assert key, f"{operation_id}: the spec names no `x-discogs-items-key`"
    exchange = _first_page(operation_id, key)
    assert exchange is not None, (
        f"{operation_id}: no 2xx recording of page 1 with items to walk; add one under "
        f"tests/recordings/{operation_id}/"
    )
    query = exchange.data["request"].get("query", {})
    arguments = _path_arguments(exchange) | dict(
        _typed(operation_id, name, value)
        for name, value in query.items()
        if name not in ("page", "per_page")
    )
    per_page = int(query.get("per_page", "100"))
    before = len(replay_app.targets)
    with Discogs(USER_AGENT, token=FAKE_TOKEN, base_url=replay_url) as client:
        # One page: the recordings hold page 1 of walks whose later pages were not recorded.
        items = list(
            client.paginate(_module(operation_id), per_page=per_page, max_pages=1, **arguments)
        )
    assert len(replay_app.targets) - before == 1
    expected = _expected(operation_id, key, exchange.data["response"]["json"])
    assert items, f"{operation_id}: the walk yielded nothing"
    assert [type(item) for item in items] == [model for model, _ in expected]
    assert [item.to_dict() for item in items] == [item for _, item in expected]


@pytest.mark.parametrize(("operation_id", "key"), PAGINATED, ids=[p[0] for p in PAGINATED])
def test_the_items_key_comes_from_the_generated_page_model(operation_id: str, key: str) -> None:
    assert items_key(_module(operation_id)) == key


@pytest.mark.parametrize(("operation_id", "key"), PAGINATED, ids=[p[0] for p in PAGINATED])
def test_every_paginated_operation_walks_all_pages(
    paged: tuple[str, ReplayApp], operation_id: str, key: str
) -> None:
    url, app = paged
    before = len(app.requests)
    with Discogs(USER_AGENT, token=FAKE_TOKEN, base_url=url) as client:
        items = list(client.paginate(_module(operation_id), per_page=1, **_arguments(operation_id)))
    assert len(items) == PAGES
    fetched = app.requests[before:]
    assert len(fetched) == PAGES  # one request a page, none twice, the looping `next` ignored


async def test_async_paginate(paged: tuple[str, ReplayApp]) -> None:
    url, _ = paged
    async with AsyncDiscogs(USER_AGENT, token=FAKE_TOKEN, base_url=url) as client:
        items = [
            item
            async for item in client.paginate(get_artist_releases, per_page=1, artist_id=108713)
        ]
    assert len(items) == PAGES


def test_limits_and_progress(paged: tuple[str, ReplayApp]) -> None:
    url, app = paged
    calls: list[tuple[int, int]] = []
    with Discogs(USER_AGENT, base_url=url) as client:
        before = len(app.requests)
        two = list(client.paginate(get_artist_releases, per_page=1, max_items=2, artist_id=108713))
        assert len(two) == 2
        assert len(app.requests) - before == 2  # no page fetched beyond the last item wanted
        one_page = list(
            client.paginate(
                get_artist_releases,
                per_page=1,
                max_pages=1,
                artist_id=108713,
                progress=lambda done, total: calls.append((done, total)),
            )
        )
    assert len(one_page) == 1
    assert calls == [(1, PAGES)]


class Pages:
    """Serves `bodies[page - 1]` for `?page=`; records the pages asked for."""

    def __init__(self, *bodies: dict[str, Any]) -> None:
        self.bodies = bodies
        self.asked: list[int] = []

    async def __call__(self, scope: dict[str, Any], receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            return
        query = dict(p.split("=") for p in scope["query_string"].decode().split("&") if p)
        page = int(query.get("page", "1"))
        self.asked.append(page)
        body = json.dumps(self.bodies[page - 1]).encode()
        headers = [(b"content-type", b"application/json")]
        await send({"type": "http.response.start", "status": 200, "headers": headers})
        await send({"type": "http.response.body", "body": body})


# An artist's release item as the live API sends it: these fields are on every item.
RELEASE = {
    "id": 1,
    "title": "t",
    "resource_url": "https://api.discogs.com/releases/1",
    "artist": "a",
    "role": "Main",
    "year": 1999,
}


def _page(page: int, pages: int, count: int) -> dict[str, Any]:
    return {
        "pagination": {"page": page, "pages": pages, "per_page": 3, "items": 7, "urls": {}},
        "releases": [{**RELEASE, "id": page * 10 + i, "type": "release"} for i in range(count)],
    }


def test_a_short_page_in_the_middle_does_not_stop_the_walk() -> None:
    app = Pages(_page(1, 3, 3), _page(2, 3, 1), _page(3, 3, 3))
    with serve(app) as url, Discogs(USER_AGENT, base_url=url) as client:
        items = list(client.paginate(get_artist_releases, per_page=3, artist_id=1))
    assert len(items) == 7
    assert app.asked == [1, 2, 3]


def test_an_empty_page_ends_the_walk() -> None:
    app = Pages(_page(1, 5, 3), _page(2, 5, 0), _page(3, 5, 3))
    with serve(app) as url, Discogs(USER_AGENT, base_url=url) as client:
        items = list(client.paginate(get_artist_releases, per_page=3, artist_id=1))
    assert len(items) == 3
    assert app.asked == [1, 2]


@pytest.mark.parametrize(
    ("options", "complaint"),
    [
        ({"per_page": 0}, "per_page"),
        ({"per_page": 101}, "per_page"),
        ({"max_items": 0}, "max_items"),
        ({"max_pages": -1}, "max_pages"),
    ],
)
def test_bad_arguments_spend_no_request(options: dict[str, Any], complaint: str) -> None:
    app = FixedAnswer(200, b"{}", "application/json")
    with serve(app) as url, Discogs(USER_AGENT, base_url=url) as client:
        with pytest.raises(ConfigurationError, match=complaint):
            next(iter(client.paginate(get_artist_releases, artist_id=1, **options)))
        with pytest.raises(ConfigurationError, match="not a paginated operation"):
            next(iter(client.paginate(get_release, release_id=1)))
    assert app.requests == []


def test_the_paginate_benchmark_runs() -> None:
    import subprocess
    import sys

    script = Path(__file__).resolve().parent.parent / "scripts" / "bench_paginate.py"
    result = subprocess.run(
        [sys.executable, str(script), "--pages", "5", "--per-page", "20"],
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    assert "paginate (one page at a time)" in result.stdout
