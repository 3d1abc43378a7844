"""The API on the client: a namespace per tag, a method per operation, typed iterators.

Names are derived from the spec (operationIds, tags, `page` parameters); calls go to the replay
server, which says what it got; mypy checks a usage file and rejects a misspelt keyword.
"""

from __future__ import annotations

import asyncio
import inspect
import os
import subprocess
import sys
import typing
from pathlib import Path
from typing import Any

import pytest
from openapi_python_client.strings import snake_case

from conftest import FAKE_TOKEN, ROOT, SPEC, USER_AGENT, generated_module, operations
from discogs_api_client.models import ArtistRelease, Identity, Release
from discogs_openapi import AsyncDiscogs, Discogs
from replay_server import ReplayApp

# The contract: each tag's attribute on the client ("User ..." tags drop the prefix).
NAMESPACES = {
    "Service": "service",
    "Database": "database",
    "Marketplace": "marketplace",
    "Inventory Export": "inventory_export",
    "Inventory Upload": "inventory_upload",
    "User Identity": "users",
    "User Collection": "collection",
    "User Wantlist": "wantlist",
    "User Lists": "lists",
    "OAuth": "oauth",
}
OPERATIONS = operations(SPEC)
OPTIONS = ("per_page", "max_items", "max_pages", "progress")


def _paginated(operation_id: str) -> bool:
    return "page" in inspect.signature(generated_module(operation_id).sync).parameters


def _iterator(function: str) -> str:
    return "iter_" + function.removeprefix("get_").removeprefix("list_")


def _expected() -> dict[str, set[str]]:
    names: dict[str, set[str]] = {name: set() for name in NAMESPACES.values()}
    for operation_id, (_, _, operation) in OPERATIONS.items():
        function = snake_case(operation_id)
        methods = names[NAMESPACES[operation["tags"][0]]]
        methods |= {function, _iterator(function)} if _paginated(operation_id) else {function}
    return names


def _public(namespace: object) -> set[str]:
    return {name for name in dir(namespace) if not name.startswith("_")}


@pytest.mark.parametrize("kind", [Discogs, AsyncDiscogs])
def test_every_operation_has_its_method_and_every_paginated_one_its_iterator(kind: Any) -> None:
    assert {tag for _, _, o in OPERATIONS.values() for tag in o["tags"]} == set(NAMESPACES)
    client = kind(USER_AGENT)
    expected = _expected()
    assert sum(len(m) for m in expected.values()) == len(OPERATIONS) + sum(
        map(_paginated, OPERATIONS)
    )
    for namespace, methods in expected.items():
        assert _public(getattr(client, namespace)) == methods, namespace
        assert getattr(client, namespace) is getattr(client, namespace)  # made once


def _compare(method: Any, function: Any, module: Any, drop: set[str]) -> None:
    """`method`'s parameters are `function`'s (less `client` and `drop`): names, kinds,
    defaults, and annotations once resolved (the namespace's are written as the module's)."""
    ours = list(inspect.signature(method).parameters.values())
    theirs = [
        p
        for p in inspect.signature(function).parameters.values()
        if p.name not in {"client", *drop}
    ]
    assert [(p.name, p.kind, p.default) for p in ours[: len(theirs)]] == [
        (p.name, p.kind, p.default) for p in theirs
    ]
    hints = typing.get_type_hints(function)
    resolved = typing.get_type_hints(method, localns=vars(module)) if not drop else {}
    for parameter in theirs:
        if resolved:
            assert resolved[parameter.name] == hints[parameter.name], parameter.name
    if not drop:
        assert resolved["return"] == hints["return"]


@pytest.mark.parametrize("operation_id", sorted(OPERATIONS))
def test_methods_are_typed_as_the_generated_functions_with_the_summary(operation_id: str) -> None:
    _, _, operation = OPERATIONS[operation_id]
    module = generated_module(operation_id)
    function = snake_case(operation_id)
    namespace = NAMESPACES[operation["tags"][0]]
    sync = getattr(getattr(Discogs(USER_AGENT), namespace), function)
    run = getattr(getattr(AsyncDiscogs(USER_AGENT), namespace), function)
    _compare(sync, module.sync, module, set())
    _compare(run, module.asyncio, module, set())
    assert inspect.iscoroutinefunction(run)
    assert not inspect.iscoroutinefunction(sync)
    assert sync.__doc__ == run.__doc__ == operation["summary"]
    if _paginated(operation_id):
        for client in (Discogs(USER_AGENT), AsyncDiscogs(USER_AGENT)):
            walk = getattr(getattr(client, namespace), _iterator(function))
            _compare(walk, module.sync, module, {"page", "per_page"})
            parameters = list(inspect.signature(walk).parameters)
            assert parameters[-len(OPTIONS) :] == list(OPTIONS)
            assert walk.__doc__.startswith(operation["summary"])


def test_sync_calls_reach_the_server(replay_url: str, replay_app: ReplayApp) -> None:
    with Discogs(USER_AGENT, base_url=replay_url, token=FAKE_TOKEN) as client:
        seen = len(replay_app.targets)
        release = client.database.get_release(249504)
        identity = client.oauth.get_identity()
    assert isinstance(release, Release)
    assert release.id == 249504
    assert isinstance(identity, Identity)
    assert replay_app.targets[seen:] == ["/releases/249504", "/oauth/identity"]


def test_async_calls_reach_the_server(replay_url: str, replay_app: ReplayApp) -> None:
    async def main() -> tuple[Release, Identity]:
        async with AsyncDiscogs(USER_AGENT, base_url=replay_url, token=FAKE_TOKEN) as client:
            return await client.database.get_release(249504), await client.oauth.get_identity()

    seen = len(replay_app.targets)
    release, identity = asyncio.run(main())
    assert isinstance(release, Release)
    assert release.id == 249504
    assert isinstance(identity, Identity)
    assert replay_app.targets[seen:] == ["/releases/249504", "/oauth/identity"]


PAGE = "/artists/108713/releases?page={}&per_page=3"


@pytest.mark.parametrize(
    ("options", "count", "pages"),
    [({}, 5, 2), ({"max_items": 2}, 2, 1), ({"max_pages": 1}, 3, 1)],
)
def test_iterators_walk_pages_and_yield_typed_items(
    replay_url: str, replay_app: ReplayApp, options: dict[str, Any], count: int, pages: int
) -> None:
    with Discogs(USER_AGENT, base_url=replay_url) as client:
        seen = len(replay_app.targets)
        items = list(client.database.iter_artist_releases(108713, per_page=3, **options))
        sync_targets = replay_app.targets[seen:]

    async def main() -> list[ArtistRelease]:
        async with AsyncDiscogs(USER_AGENT, base_url=replay_url) as client:
            walk = client.database.iter_artist_releases(108713, per_page=3, **options)
            return [item async for item in walk]

    seen = len(replay_app.targets)
    async_items = asyncio.run(main())
    expected = [PAGE.format(n) for n in range(1, pages + 1)]
    assert sync_targets == replay_app.targets[seen:] == expected
    assert len(items) == len(async_items) == count
    assert all(isinstance(i, ArtistRelease) for i in items + async_items)
    assert [i.id for i in items] == [i.id for i in async_items]


def test_import_and_namespace_access_load_no_operation_or_model() -> None:
    code = (
        "import sys\nfrom discogs_openapi import Discogs\n"
        f"client = Discogs({USER_AGENT!r})\nclient.database, client.oauth\n"
        "print(sorted(m for m in sys.modules if m.startswith(('discogs_api_client.api.', "
        "'discogs_api_client.models.'))))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60
    )
    assert result.stdout.strip() == "[]"


MISSPELT = """
from discogs_openapi import Discogs

def walk(client: Discogs) -> None:
    for release in client.database.iter_artist_releases(artistid=108713):
        print(release.title)
    client.database.get_release(249504, curr_abr="EUR")
"""


def test_mypy_accepts_the_usage_and_rejects_misspelt_keywords(tmp_path: Path) -> None:
    bad = tmp_path / "misspelt.py"
    bad.write_text(MISSPELT)
    env = {**os.environ, "MYPYPATH": f"{ROOT / 'overlay'}{os.pathsep}{ROOT / 'generated'}"}
    command = [
        str(Path(sys.executable).with_name("mypy")),
        "--strict",
        "--cache-dir",
        str(tmp_path / "cache"),
        "--config-file",
        str(ROOT / "pyproject.toml"),
        str(ROOT / "tests" / "typing_namespaces.py"),
        str(bad),
    ]
    result = subprocess.run(
        command, cwd=ROOT, env=env, capture_output=True, text=True, timeout=300, check=False
    )
    errors = [line for line in result.stdout.splitlines() if ": error:" in line]
    assert errors, result.stdout
    assert all(line.startswith(str(bad)) or "misspelt.py" in line for line in errors), errors
    assert any('Unexpected keyword argument "artistid"' in line for line in errors), errors
    assert any('Unexpected keyword argument "curr_abr"' in line for line in errors), errors
