"""The optional GET cache: no budget spent on hits, never shared between credentials."""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from conftest import USER_AGENT, FixedAnswer
from discogs_openapi import AsyncDiscogs, ConfigurationError, Discogs
from replay_server import serve

LISTING = {"release_id": 1, "condition": "Mint (M)", "price": 9.5, "status": "For Sale"}
BODY = b'{"id": 1, "title": "Stockholm"}'


@pytest.fixture(scope="module")
def module_server() -> Iterator[tuple[str, FixedAnswer]]:
    app = FixedAnswer(200, BODY, "application/json")
    with serve(app) as url:
        yield url, app


@pytest.fixture
def server(module_server: tuple[str, FixedAnswer]) -> tuple[str, FixedAnswer]:
    """The module's server, with no request recorded yet (each test has its own cache file)."""
    module_server[1].requests.clear()
    return module_server


def _client(url: str, tmp_path: Path, token: str = "tok-cache-a", **extra: Any) -> Discogs:
    return Discogs(
        USER_AGENT, token=token, base_url=url, cache_path=str(tmp_path / "cache.db"), **extra
    )


def test_a_repeated_get_is_answered_from_the_cache(
    server: tuple[str, FixedAnswer], tmp_path: Path
) -> None:
    url, app = server
    with _client(url, tmp_path) as client:
        first = client.get_httpx_client().get("/releases/1")
        used = client.rate_limit.used if client.rate_limit else -1
        second = client.get_httpx_client().get("/releases/1")
        assert client.rate_limit is not None
        assert client.rate_limit.used == used  # the hit spent no budget
    assert first.json() == second.json()
    assert len(app.requests) == 1


def test_entries_are_never_shared_between_credentials(
    server: tuple[str, FixedAnswer], tmp_path: Path
) -> None:
    url, app = server
    with _client(url, tmp_path) as alice, _client(url, tmp_path, token="tok-cache-b") as bob:
        alice.get_httpx_client().get("/users/alice/collection/folders")
        bob.get_httpx_client().get("/users/alice/collection/folders")
        alice.get_httpx_client().get("/users/alice/collection/folders")
    with Discogs(USER_AGENT, base_url=url, cache_path=str(tmp_path / "cache.db")) as anonymous:
        anonymous.get_httpx_client().get("/users/alice/collection/folders")
    assert len(app.requests) == 3
    assert "tok-cache" not in (tmp_path / "cache.db").read_bytes().decode("latin-1")


def test_only_gets_to_the_api_are_cached(server: tuple[str, FixedAnswer], tmp_path: Path) -> None:
    url, app = server
    with _client(url, tmp_path) as client:
        for _ in range(2):
            client.get_httpx_client().post("/marketplace/listings", json=LISTING)
            client.get_httpx_client().get(url.replace("127.0.0.1", "localhost") + "/i.jpg")
    assert len(app.requests) == 4


def test_entries_expire_after_the_ttl(server: tuple[str, FixedAnswer], tmp_path: Path) -> None:
    url, app = server
    with _client(url, tmp_path, cache_ttl=0.3) as client:
        client.get_httpx_client().get("/releases/1")
        client.get_httpx_client().get("/releases/1")
        time.sleep(0.4)
        client.get_httpx_client().get("/releases/1")
    assert len(app.requests) == 2


def test_no_cache_unless_asked(server: tuple[str, FixedAnswer]) -> None:
    url, app = server
    with Discogs(USER_AGENT, base_url=url) as client:
        client.get_httpx_client().get("/releases/1")
        client.get_httpx_client().get("/releases/1")
    assert len(app.requests) == 2


async def test_async_cache(server: tuple[str, FixedAnswer], tmp_path: Path) -> None:
    url, app = server
    path = str(tmp_path / "async.db")
    async with AsyncDiscogs(USER_AGENT, token="tok-cache-a", base_url=url, cache_path=path) as c:
        await c.get_async_httpx_client().get("/releases/1")
        again = await c.get_async_httpx_client().get("/releases/1")
    assert again.json()["title"] == "Stockholm"
    assert len(app.requests) == 1


def test_a_bad_ttl_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ConfigurationError, match="cache_ttl"):
        Discogs(USER_AGENT, cache_path=str(tmp_path / "c.db"), cache_ttl=0)
