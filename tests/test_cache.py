"""The optional GET cache: no budget spent on hits, never shared between credentials."""

from __future__ import annotations

import hashlib
import json
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from conftest import USER_AGENT
from discogs_openapi import AsyncDiscogs, ConfigurationError, Discogs
from replay_server import serve

LISTING = {"release_id": 1, "condition": "Mint (M)", "price": 9.5, "status": "For Sale"}


def who(authorization: str | None) -> str | None:
    """A user as the server tells them apart: by a hash, so no credential lands in the cache."""
    return authorization and hashlib.sha256(authorization.encode()).hexdigest()


class Echo:
    """Answers a release whose fields show the headers that pick it: per user, per media type."""

    def __init__(self) -> None:
        self.requests: list[dict[str, str]] = []

    async def __call__(self, scope: dict[str, Any], receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            return
        headers = {k.decode().lower(): v.decode() for k, v in scope["headers"]}
        self.requests.append(headers)
        picked = {name: headers.get(name) for name in SELECTING}
        picked["authorization"] = who(picked["authorization"])
        await send(
            {
                "type": "http.response.start",
                "status": 200,
                "headers": [(b"content-type", b"application/json")],
            }
        )
        body = {"id": 1, "title": "Stockholm", **picked}
        await send({"type": "http.response.body", "body": json.dumps(body).encode()})


SELECTING = ("authorization", "accept", "accept-language")


@pytest.fixture(scope="module")
def module_server() -> Iterator[tuple[str, Echo]]:
    app = Echo()
    with serve(app) as url:
        yield url, app


@pytest.fixture
def server(module_server: tuple[str, Echo]) -> tuple[str, Echo]:
    """The module's server, with no request recorded yet (each test has its own cache file)."""
    module_server[1].requests.clear()
    return module_server


def _client(url: str, tmp_path: Path, token: str | None = "tok-cache-a", **extra: Any) -> Discogs:
    return Discogs(
        USER_AGENT, token=token, base_url=url, cache_path=str(tmp_path / "cache.db"), **extra
    )


def test_a_repeated_get_is_answered_from_the_cache(
    server: tuple[str, Echo], tmp_path: Path
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
    server: tuple[str, Echo], tmp_path: Path
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


def test_only_gets_to_the_api_are_cached(server: tuple[str, Echo], tmp_path: Path) -> None:
    url, app = server
    with _client(url, tmp_path) as client:
        for _ in range(2):
            client.get_httpx_client().post("/marketplace/listings", json=LISTING)
            client.get_httpx_client().get(url.replace("127.0.0.1", "localhost") + "/i.jpg")
    assert len(app.requests) == 4


def test_entries_expire_after_the_ttl(server: tuple[str, Echo], tmp_path: Path) -> None:
    url, app = server
    with _client(url, tmp_path, cache_ttl=0.3) as client:
        client.get_httpx_client().get("/releases/1")
        client.get_httpx_client().get("/releases/1")
        time.sleep(0.4)
        client.get_httpx_client().get("/releases/1")
    assert len(app.requests) == 2


def test_no_cache_unless_asked(server: tuple[str, Echo]) -> None:
    url, app = server
    with Discogs(USER_AGENT, base_url=url) as client:
        client.get_httpx_client().get("/releases/1")
        client.get_httpx_client().get("/releases/1")
    assert len(app.requests) == 2


async def test_async_cache(server: tuple[str, Echo], tmp_path: Path) -> None:
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


# --- whose answer, in which representation ------------------------------------------------------


class Bearer(httpx.Auth):
    """A custom auth, one per user, as an application with its own scheme would write it."""

    def __init__(self, user: str) -> None:
        self.header = f"Bearer {user}"

    def auth_flow(self, request: httpx.Request) -> Iterator[httpx.Request]:
        request.headers["Authorization"] = self.header
        yield request


def test_custom_auth_users_in_turn_each_get_their_own_answer(
    server: tuple[str, Echo], tmp_path: Path
) -> None:
    url, app = server
    path = str(tmp_path / "cache.db")
    seen = []
    # One user after another, each auth freed before the next is made: CPython hands the next
    # one the same address, so an identity built from id(auth) repeats.
    for user in range(40):
        name = f"user-{user}"
        with Discogs(
            USER_AGENT, base_url=url, auth=Bearer(name), cache_path=path, cache_identity=name
        ) as client:
            seen.append(client.get_httpx_client().get("/users/me/wants").json()["authorization"])
    assert seen == [who(f"Bearer user-{user}") for user in range(40)]
    assert len(app.requests) == 40


async def test_a_cache_with_custom_auth_needs_a_named_identity(
    server: tuple[str, Echo], tmp_path: Path
) -> None:
    url, app = server
    path = str(tmp_path / "cache.db")
    with (
        pytest.raises(ConfigurationError, match="cache_identity"),
        Discogs(USER_AGENT, base_url=url, auth=Bearer("a"), cache_path=path) as client,
    ):
        client.get_httpx_client().get("/users/me/wants")
    with pytest.raises(ConfigurationError, match="cache_identity"):
        async with AsyncDiscogs(USER_AGENT, base_url=url, auth=Bearer("a"), cache_path=path) as c:
            await c.get_async_httpx_client().get("/users/me/wants")
    with pytest.raises(ConfigurationError, match="cache_identity is for auth= only"):
        Discogs(USER_AGENT, base_url=url, token="tok-a", cache_path=path, cache_identity="a")
    assert app.requests == []


async def test_each_output_format_has_its_own_entries(
    server: tuple[str, Echo], tmp_path: Path
) -> None:
    url, app = server
    path = str(tmp_path / "cache.db")
    answers = []
    for output_format in ("html", "plaintext", "html", "discogs", "plaintext"):
        with Discogs(
            USER_AGENT, base_url=url, token="tok-a", cache_path=path, output_format=output_format
        ) as client:
            answers.append(client.get_httpx_client().get("/releases/1").json()["accept"])
        async with AsyncDiscogs(
            USER_AGENT, base_url=url, token="tok-a", cache_path=path, output_format=output_format
        ) as client:
            again = await client.get_async_httpx_client().get("/releases/1")
            answers.append(again.json()["accept"])
    formats = ["html", "html", "plaintext", "plaintext", "html", "html", "discogs", "discogs"]
    formats += ["plaintext", "plaintext"]
    assert answers == [f"application/vnd.discogs.v2.{name}+json" for name in formats]
    assert len(app.requests) == 3  # one per format; the repeats are hits


def test_request_headers_that_pick_the_answer_key_it(
    server: tuple[str, Echo], tmp_path: Path
) -> None:
    url, app = server
    with _client(url, tmp_path) as client:
        http = client.get_httpx_client()
        for language in ("en", "de", "en"):
            answer = http.get("/releases/1", headers={"Accept-Language": language}).json()
            assert answer["accept-language"] == language
        for accept in ("application/json", "application/vnd.discogs.v2.html+json"):
            assert http.get("/releases/1", headers={"Accept": accept}).json()["accept"] == accept
    assert len(app.requests) == 4


OAUTH = {"consumer_key": "ck", "consumer_secret": "cs"}


@pytest.mark.parametrize(
    "users",
    [
        # Joined with "\n", each pair of credentials read the same: one identity for two users.
        [
            {"consumer_key": "ck-a\nck-b", "consumer_secret": "cs-c"},
            {"consumer_key": "ck-a", "consumer_secret": "ck-b\ncs-c"},
        ],
        [
            {**OAUTH, "oauth_token": "at-a\nat-b", "oauth_token_secret": "as"},
            {**OAUTH, "oauth_token": "at-a", "oauth_token_secret": "at-b\nas"},
        ],
    ],
    ids=["key_secret", "oauth"],
)
def test_credentials_that_once_shared_an_identity_are_refused_not_cached_together(
    server: tuple[str, Echo], tmp_path: Path, users: list[dict[str, str]]
) -> None:
    url, app = server
    for settings in users:
        with (
            pytest.raises(ConfigurationError, match="HTTP header"),
            _client(url, tmp_path, token=None, **settings) as client,
        ):
            client.get_httpx_client().get("/releases/1")
    assert app.requests == []


@pytest.mark.parametrize(
    ("first", "second"),
    [
        (
            ("oauth", None, "ck-a\nck-b", "cs-c", "t", "s"),
            ("oauth", None, "ck-a", "ck-b\ncs-c", "t", "s"),
        ),
        (("key_secret", None, "a", "b", None, None), ("key_secret", "", "a", "b", "", "")),
        (("custom", "alice\nbob"), ("custom", "alice", "bob")),
    ],
)
def test_identities_are_an_unambiguous_encoding(
    first: tuple[str | None, ...], second: tuple[str | None, ...]
) -> None:
    from discogs_openapi.cache import identity_of

    assert identity_of(*first) != identity_of(*second)
    assert identity_of(*first) == identity_of(*first)
