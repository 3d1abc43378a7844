"""Every setting checked at construction: a `ConfigurationError` that names it, nothing sent.

Each bad value is given to both clients, which then try a request to a loopback server that
counts what arrives: the error must come first, and the server must see nothing. Files the
settings name are refused when they are folders or in a folder that does not exist, and no
folder is ever created.
"""

from __future__ import annotations

import math
from pathlib import Path
from typing import Any

import httpx
import pytest

from conftest import FAKE_TOKEN, USER_AGENT
from discogs_openapi import AsyncDiscogs, ConfigurationError, Discogs
from replay_server import ReplayApp

NAN, INF = math.nan, math.inf

# (settings, what the message must name); each is given with the credentials below.
BAD: list[tuple[dict[str, Any], str]] = [
    *[({"timeout": value}, "timeout") for value in ("30", -1, 0, True, NAN, INF, -INF, None, [30])],
    ({"timeout": httpx.Timeout(None)}, r"timeout\.connect"),
    ({"timeout": httpx.Timeout(5.0, pool=None)}, r"timeout\.pool"),
    ({"timeout": httpx.Timeout(5.0, read=-1.0)}, r"timeout\.read"),
    ({"timeout": httpx.Timeout(5.0, write=NAN)}, r"timeout\.write"),
    *[({"cache_ttl": value}, "cache_ttl") for value in ("600", -1, 0, NAN, INF, True)],
    *[
        ({"rate_limit_window": value}, "rate_limit_window")
        for value in (INF, NAN, "60", 0, -1, True, None)
    ],
    *[({"rate_limit": value}, "rate_limit") for value in ("5", 0, -3, True, 2.5, None)],
    ({"throttle": "no"}, "throttle"),
    ({"throttle": None}, "throttle"),
    ({"rate_limit_url": "http://127.0.0.1:6379"}, "rate_limit_url"),
    ({"rate_limit_url": 6379}, "rate_limit_url"),
    ({"tokn": FAKE_TOKEN}, "unknown settings tokn"),
    ({"cache_dir": "."}, "unknown settings cache_dir"),
    ({"rate_limit_path": 5}, "rate_limit_path"),
    ({"rate_limit_path": ""}, "rate_limit_path"),
    ({"cache_path": b"cache.db"}, "cache_path"),
]


class Counted:
    """The shared replay server, counting only the requests that arrive after it was made."""

    def __init__(self, app: ReplayApp, url: str) -> None:
        self.app, self.url, self.before = app, url, len(app.requests)

    @property
    def requests(self) -> list[tuple[str, str, dict[str, str]]]:
        return self.app.requests[self.before :]


@pytest.fixture
def server(replay_app: ReplayApp, replay_url: str) -> Counted:
    return Counted(replay_app, replay_url)


async def _refused(url: str, settings: dict[str, Any], complaint: str) -> ConfigurationError:
    """Both clients refuse `settings` before their first request; the sync client's error."""
    with (
        pytest.raises(ConfigurationError, match=complaint) as caught,
        Discogs(USER_AGENT, base_url=url, **settings) as client,
    ):
        client.get_httpx_client().get("/releases/249504")
    with pytest.raises(ConfigurationError, match=complaint):
        async with AsyncDiscogs(USER_AGENT, base_url=url, **settings) as client:
            await client.get_async_httpx_client().get("/releases/249504")
    return caught.value


@pytest.mark.parametrize(("settings", "complaint"), BAD, ids=repr)
async def test_a_bad_setting_is_refused_before_anything_is_sent(
    server: Counted, settings: dict[str, Any], complaint: str
) -> None:
    url = server.url
    await _refused(url, {"token": FAKE_TOKEN, **settings}, complaint)
    assert server.requests == []


@pytest.mark.parametrize("name", ["rate_limit_path", "cache_path"])
async def test_a_file_setting_naming_a_folder_is_refused(
    server: Counted, tmp_path: Path, name: str
) -> None:
    url = server.url
    error = await _refused(url, {name: str(tmp_path)}, f"{name} .* is a folder")
    assert "name a file in it" in str(error)
    await _refused(url, {name: tmp_path}, f"{name} .* is a folder")
    assert server.requests == []
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("name", ["rate_limit_path", "cache_path"])
async def test_a_file_setting_in_a_missing_folder_is_refused_and_no_folder_made(
    server: Counted, tmp_path: Path, name: str
) -> None:
    url = server.url
    missing = tmp_path / "missing" / "deeper" / "budget.db"
    await _refused(url, {name: str(missing)}, f"{name} .* folder that does not exist")
    assert server.requests == []
    assert list(tmp_path.iterdir()) == []


async def test_the_cache_file_is_where_it_is_named_and_nothing_else_is_written(
    server: Counted, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    url = server.url
    monkeypatch.chdir(tmp_path)
    (tmp_path / "project").mkdir()
    for path in ("cache.db", str(tmp_path / "project" / "cache.db")):
        with Discogs(USER_AGENT, base_url=url, cache_path=path) as client:
            client.get_httpx_client().get("/releases/249504")
        async with AsyncDiscogs(USER_AGENT, base_url=url, cache_path=path) as client:
            await client.get_async_httpx_client().get("/releases/249504")
    assert len(server.requests) == 2  # one per file: each client's repeat was a hit
    # hishel, given a bare name, puts it under .cache/hishel/, and writes a .gitignore of `*`
    # into the folder of any path it is given.
    assert {p.name for p in tmp_path.iterdir() if not p.name.startswith("cache.db")} == {"project"}
    assert not [p for p in (tmp_path / "project").iterdir() if p.name == ".gitignore"]


@pytest.mark.parametrize("agent", ["App/1.0\x01", "App/1.0 \x7f", "Äpp/1.0 +https://example.com"])
def test_a_user_agent_that_cannot_be_a_header_is_refused(agent: str) -> None:
    with pytest.raises(ConfigurationError, match="user_agent must be a single line"):
        Discogs(agent)


@pytest.mark.parametrize(
    "settings",
    [
        {"timeout": 5},
        {"timeout": 0.5},
        {"timeout": httpx.Timeout(5.0, connect=1.0)},
        {"cache_ttl": None},
        {"cache_ttl": 1},
        {"rate_limit": 1, "rate_limit_window": 1},
        {"throttle": False},
    ],
    ids=repr,
)
def test_good_settings_are_accepted(
    server: Counted, tmp_path: Path, settings: dict[str, Any]
) -> None:
    url = server.url
    extra = {"cache_path": tmp_path / "cache.db"} if "cache_ttl" in settings else {}
    with Discogs(USER_AGENT, base_url=url, **settings, **extra) as client:
        assert client.get_httpx_client().get("/releases/249504").status_code == 200
    assert len(server.requests) == 1


def test_a_rate_limit_path_may_be_a_path(server: Counted, tmp_path: Path) -> None:
    url = server.url
    with Discogs(USER_AGENT, base_url=url, rate_limit_path=tmp_path / "budget.db") as client:
        client.get_httpx_client().get("/releases/249504")
        assert client.rate_limit is not None
        assert client.rate_limit.used >= 1  # the replay server's headers may book more
    assert (tmp_path / "budget.db").is_file()
    assert len(server.requests) == 1
