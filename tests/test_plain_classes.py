"""The generated classes are plain Python, not attrs classes (import time, issue 16 item 6): the
clients, models, `Response` and `File` keep the constructors, attributes, equality and reprs
attrs gave them, and the generated clients' reprs no longer show the token."""

from __future__ import annotations

import copy
import inspect
import io
import pickle
from http import HTTPStatus

import pytest

from conftest import FAKE_TOKEN, USER_AGENT
from discogs_api_client.api.database import get_release
from discogs_api_client.client import AuthenticatedClient, Client
from discogs_api_client.decoding import Problem
from discogs_api_client.models import Release
from discogs_api_client.types import UNSET, File, Response
from discogs_openapi import Discogs
from replay_server import ReplayApp


def _authenticated(replay_url: str) -> AuthenticatedClient:
    return AuthenticatedClient(replay_url, FAKE_TOKEN, headers={"User-Agent": USER_AGENT})


def _check_seen(replay_app: ReplayApp, seen: int) -> None:
    """Two GETs of the release, both with the token; the second with the added header."""
    got = replay_app.requests[seen:]
    assert [r[:2] for r in got] == [("GET", "/releases/249504")] * 2
    assert [r[2].get("authorization") for r in got] == [f"Bearer {FAKE_TOKEN}"] * 2
    assert [r[2].get("x-extra") for r in got] == [None, "1"]


def test_the_generated_client_sends_its_token_and_never_shows_it(
    replay_url: str, replay_app: ReplayApp
) -> None:
    client = _authenticated(replay_url)
    seen = len(replay_app.requests)
    with client:
        first = get_release.sync(249504, client=client)
    # A copy with another header: the same settings and token, its own httpx client.
    other = client.with_headers({"X-Extra": "1"})
    with other:
        second = get_release.sync(249504, client=other)
    _check_seen(replay_app, seen)
    assert isinstance(first, Release)
    assert first == second
    assert type(other) is AuthenticatedClient
    assert other.token == FAKE_TOKEN
    for shown in (repr(client), str(client), repr(other)):
        assert FAKE_TOKEN not in shown
        assert shown == f"AuthenticatedClient(base_url={replay_url!r})"


async def test_the_generated_client_sends_its_token_and_never_shows_it_async(
    replay_url: str, replay_app: ReplayApp
) -> None:
    client = _authenticated(replay_url)
    seen = len(replay_app.requests)
    async with client:
        first = await get_release.asyncio(249504, client=client)
    other = client.with_headers({"X-Extra": "1"})
    async with other:
        second = await get_release.asyncio(249504, client=other)
    _check_seen(replay_app, seen)
    assert isinstance(first, Release)
    assert first == second
    assert FAKE_TOKEN not in repr(client) + repr(other)


def test_the_generated_clients_keep_their_constructors() -> None:
    keywords = [
        "raise_on_unexpected_status",
        "cookies",
        "headers",
        "timeout",
        "verify_ssl",
        "follow_redirects",
        "httpx_args",
    ]
    plain = inspect.signature(Client).parameters
    assert list(plain) == ["base_url", *keywords]
    authenticated = inspect.signature(AuthenticatedClient).parameters
    assert list(authenticated) == ["base_url", "token", "prefix", "auth_header_name", *keywords]
    assert [p.kind for p in authenticated.values()][:4] == [
        inspect.Parameter.POSITIONAL_OR_KEYWORD
    ] * 4
    assert authenticated["prefix"].default == "Bearer"
    assert authenticated["auth_header_name"].default == "Authorization"
    client = AuthenticatedClient("http://127.0.0.1:9", "t", prefix="Token", auth_header_name="X-A")
    assert client.with_cookies({"c": "1"}).with_timeout(client._timeout).prefix == "Token"
    assert client.get_httpx_client().headers["X-A"] == "Token t"


def test_models_compare_copy_pickle_and_match_as_before(
    replay_url: str, replay_app: ReplayApp
) -> None:
    seen = len(replay_app.requests)
    with Discogs(USER_AGENT, base_url=replay_url) as client:
        response = get_release.sync_detailed(249504, client=client)
    assert [r[:2] for r in replay_app.requests[seen:]] == [("GET", "/releases/249504")]
    release = response.parsed
    assert isinstance(release, Release)
    for twin in (copy.copy(release), copy.deepcopy(release), pickle.loads(pickle.dumps(release))):  # noqa: S301
        assert twin == release
        assert twin is not release
        assert twin.to_dict() == release.to_dict()
    # UNSET stays the one UNSET (absent fields compare equal, `is UNSET` holds).
    assert copy.deepcopy(UNSET) is UNSET
    assert pickle.loads(pickle.dumps(UNSET)) is UNSET  # noqa: S301
    # Equal over the fields and the unknown keys, not over the problems found decoding.
    twin = copy.deepcopy(release)
    twin._problems = (Problem(("year",), "type", "integer", "string"),)
    assert twin == release
    twin.additional_properties["new_key"] = 1
    assert twin != release
    twin = copy.deepcopy(release)
    twin.year = 1988
    assert twin != release
    assert release != object()
    with pytest.raises(TypeError, match="unhashable"):
        hash(release)
    match release:
        case Release(249504, title):
            assert title == "Never Gonna Give You Up"
        case _:
            pytest.fail("Release(id, title) does not match positionally")
    with pytest.raises(AttributeError):
        release.no_such_field = 1  # type: ignore[attr-defined]
    # The response around it, and File, as attrs made them.
    assert response.status_code == HTTPStatus.OK
    assert copy.copy(response) == response
    assert repr(response).startswith("Response(status_code=<HTTPStatus.OK: 200>, content=b'")
    assert Response(HTTPStatus.OK, b"", {}, None) != response
    payload = io.BytesIO(b"x")
    assert File(payload, "a.csv") == File(payload, file_name="a.csv", mime_type=None)
    assert File(payload).to_tuple() == (None, payload, None)
    assert repr(File(payload, "a.csv", "text/csv")).endswith(
        ", file_name='a.csv', mime_type='text/csv')"
    )
