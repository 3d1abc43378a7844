"""examples/everyday.py, the twelve everyday jobs, run against the replay server over loopback.

Each job's result is checked against the recording the server answered with, and the server's
own log shows what was sent. (`make lint` checks the file with `mypy --strict`.)
"""

from __future__ import annotations

import asyncio
import importlib.util
import json
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from conftest import FAKE_TOKEN, RECORDINGS_DIR, ROOT, SPEC_PATH, USER_AGENT
from discogs_openapi import AsyncDiscogs, Discogs
from replay_server import ReplayApp, serve


def _load() -> ModuleType:
    spec = importlib.util.spec_from_file_location("everyday", ROOT / "examples" / "everyday.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


everyday = _load()


def recorded(operation: str, name: str) -> Any:
    path = RECORDINGS_DIR / operation / f"{name}.json"
    return json.loads(path.read_text(encoding="utf-8"))["response"]["json"]


@pytest.fixture(scope="module")
def app() -> ReplayApp:
    return ReplayApp.from_files(SPEC_PATH, RECORDINGS_DIR)


@pytest.fixture(scope="module")
def url(app: ReplayApp) -> Iterator[str]:
    with serve(app) as base_url:
        yield base_url


@pytest.fixture
def client(url: str) -> Iterator[Discogs]:
    with Discogs(USER_AGENT, base_url=url, token=FAKE_TOKEN) as made:
        yield made


def sent(app: ReplayApp, since: int) -> list[tuple[str, str]]:
    return [(method, path) for method, path, _ in app.requests[since:]]


def test_tracklist(client: Discogs) -> None:
    release = recorded("getRelease", "200-default-currency")
    lines = everyday.tracklist(client, 249504)
    assert lines[0] == f"{release['title']} ({release['year']})"
    assert lines[1:] == [
        f"{t['position']} {t['title']} {t['duration']}" for t in release["tracklist"]
    ]


def test_search_walks_results_of_every_type(client: Discogs) -> None:
    results = recorded("searchDatabase", "200-each-type")["results"]
    assert everyday.search(client, "nirvana") == [
        f"{r['type']} {r['id']} {r['title']}" for r in results[:5]
    ]
    assert {line.split()[0] for line in everyday.search(client, "nirvana")} == {
        "artist",
        "label",
        "master",
        "release",
    }


def test_artist_releases_sync_and_async(client: Discogs, url: str) -> None:
    releases = recorded("getArtistReleases", "200-example")["releases"]
    expected = [f"{r['year']} {r['title']}" for r in releases[:20]]
    assert everyday.artist_releases(client, 108713) == expected

    async def walk() -> list[str]:
        async with AsyncDiscogs(USER_AGENT, base_url=url, token=FAKE_TOKEN) as async_client:
            result: list[str] = await everyday.artist_releases_async(async_client, 108713)
            return result

    assert asyncio.run(walk()) == expected


def test_collection_folders_and_items(client: Discogs) -> None:
    folders = recorded("listCollectionFolders", "200-example")["folders"]
    assert everyday.collection_folders(client, "example") == {
        f["id"]: f"{f['name']} ({f['count']})" for f in folders
    }
    items = recorded("listCollectionFolderReleases", "200-single-page")["releases"]
    assert everyday.collection_items(client, "memory", 0) == [
        f"{i['id']} {i['basic_information']['title']}" for i in items
    ]


def test_wantlist_add_edit_remove(client: Discogs, app: ReplayApp) -> None:
    before = len(app.requests)
    want = recorded("editWant", "200-example")
    assert everyday.wantlist(client, "example", 1) == f"1: {want['notes']}"
    assert sent(app, before) == [
        ("PUT", "/users/example/wants/1"),
        ("POST", "/users/example/wants/1"),
        ("DELETE", "/users/example/wants/1"),
    ]
    # The add sent nothing it was not given; the notes go in the query, as the API takes them.
    assert app.targets[before] == "/users/example/wants/1"
    assert app.targets[before + 1] == "/users/example/wants/1?notes=I%27ve+added+some+notes%21"


def test_sell_creates_a_draft_and_edits_a_price(client: Discogs, app: ReplayApp) -> None:
    before = len(app.requests)
    created = recorded("createListing", "201-example")
    assert everyday.sell(client, 249504, 172723812) == created["listing_id"]
    assert sent(app, before) == [
        ("POST", "/marketplace/listings"),
        ("POST", "/marketplace/listings/172723812"),
    ]
    draft, price = (json.loads(body) for body in app.bodies[before:])
    assert draft == {
        "release_id": 249504,
        "condition": "Very Good Plus (VG+)",
        "price": 12.5,
        "status": "Draft",
    }
    assert price["price"] == 15.0


def test_order_messages_read_and_sent(client: Discogs, app: ReplayApp) -> None:
    before = len(app.requests)
    messages = recorded("listOrderMessages", "200-example")["messages"]
    assert everyday.order_messages(client, "845236-9", "1-1") == [
        f"{m['subject']}: {m['message']}" for m in messages
    ]
    assert sent(app, before)[-1] == ("POST", "/marketplace/orders/1-1/messages")
    assert json.loads(app.bodies[-1]) == {"message": "Shipped today"}


def test_inventory_export_requested_polled_and_saved(
    client: Discogs, app: ReplayApp, tmp_path: Path
) -> None:
    before = len(app.requests)
    path = everyday.inventory_csv(client, tmp_path)
    recording = json.loads(
        (RECORDINGS_DIR / "downloadInventoryExport" / "200-example.json").read_text("utf-8")
    )
    assert path.parent == tmp_path
    assert path.read_bytes() == recording["response"]["text"].encode()
    assert sent(app, before) == [
        ("POST", "/inventory/export"),
        ("GET", "/inventory/export/599632"),
        ("GET", "/inventory/export/599632/download"),
    ]


def test_oauth_identity_signs_with_oauth(url: str, app: ReplayApp) -> None:
    before = len(app.requests)
    username = everyday.oauth_identity("key", "consumer-secret", "token", "token-secret", url)
    assert username == recorded("getIdentity", "200-example")["username"]
    (method, path, headers), *_ = app.requests[before:]
    assert (method, path) == ("GET", "/oauth/identity")
    assert headers["authorization"].startswith("OAuth ")
    assert 'oauth_consumer_key="key"' in headers["authorization"]
    assert 'oauth_token="token"' in headers["authorization"]


def test_missing_release_is_none(client: Discogs, app: ReplayApp) -> None:
    before = len(app.requests)
    assert everyday.title_or_none(client, 999999999) is None
    assert everyday.title_or_none(client, 249504) == recorded("getRelease", "200-example")["title"]
    assert sent(app, before) == [("GET", "/releases/999999999"), ("GET", "/releases/249504")]


def test_ten_concurrent_lookups(url: str, app: ReplayApp) -> None:
    ids = [249504, 1000001, 1000002] * 3 + [249504]

    async def lookups() -> list[str]:
        async with AsyncDiscogs(USER_AGENT, base_url=url, token=FAKE_TOKEN) as async_client:
            result: list[str] = await everyday.titles(async_client, ids)
            return result

    before = len(app.requests)
    titles = {
        249504: recorded("getRelease", "200-default-currency")["title"],
        1000001: recorded("getRelease", "200-no-master")["title"],
        1000002: recorded("getRelease", "200-anonymous-blank-images")["title"],
    }
    assert asyncio.run(lookups()) == [titles[i] for i in ids]
    assert sorted(path for _, path in sent(app, before)) == sorted(f"/releases/{i}" for i in ids)
