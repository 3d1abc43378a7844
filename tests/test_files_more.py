"""What people need back: the new export's id, a finished export on disk, an image saved."""

from __future__ import annotations

import contextlib
import json
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from conftest import FAKE_TOKEN, USER_AGENT
from discogs_api_client.api.database import get_release
from discogs_api_client.api.inventory_export import request_inventory_export
from discogs_openapi import (
    AsyncDiscogs,
    ConfigurationError,
    DecodeError,
    Discogs,
    DownloadError,
    download_image,
    download_image_async,
    export_inventory,
    export_inventory_async,
)
from replay_server import ReplayApp, serve

EXPORT_ID = 599632  # the recording's Location: https://api.discogs.com/inventory/export/599632


Answer = tuple[int, dict[str, str], bytes]


class Script:
    """An ASGI app answering "METHOD /path" from a script: each answer once, the last one again.

    It records what it saw: `seen` ("METHOD /path?query" as sent, undecoded) and the headers.
    """

    def __init__(self, routes: dict[str, list[Answer]]) -> None:
        self.routes = routes
        self.seen: list[str] = []
        self.headers: list[dict[str, str]] = []

    def count(self, route: str) -> int:
        return sum(1 for seen in self.seen if seen == route)

    async def __call__(self, scope: dict[str, Any], receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            return
        query = scope["query_string"].decode()
        self.seen.append(
            f"{scope['method']} {scope['raw_path'].decode()}{'?' if query else ''}{query}"
        )
        self.headers.append({k.decode().lower(): v.decode() for k, v in scope["headers"]})
        answers = self.routes.get(f"{scope['method']} {scope['path']}", [(404, {}, b"{}")])
        status, headers, body = answers.pop(0) if len(answers) > 1 else answers[0]
        await send(
            {
                "type": "http.response.start",
                "status": status,
                "headers": [
                    (k.encode(), v.encode())
                    for k, v in {"content-length": str(len(body)), **headers}.items()
                ],
            }
        )
        await send({"type": "http.response.body", "body": body})


@pytest.fixture
def serving() -> Iterator[Any]:
    """Start loopback servers for scripts: `url = serving(script)`."""
    with contextlib.ExitStack() as stack:
        yield lambda app: stack.enter_context(serve(app))


@pytest.fixture
def located_answer(serving: Any) -> Any:
    def start(location: str | None) -> tuple[str, Script]:
        headers = {"content-type": "application/json"}
        if location is not None:
            headers["location"] = location
        app = Script({"POST /inventory/export": [(200, headers, b"")]})
        return serving(app), app

    return start


@pytest.fixture
def client(replay_url: str) -> Iterator[Discogs]:
    with Discogs(USER_AGENT, token=FAKE_TOKEN, base_url=replay_url) as discogs:
        yield discogs


# --- the id a write answers in Location ---------------------------------------------------


def test_request_inventory_export_returns_the_new_id(
    client: Discogs, replay_app: ReplayApp
) -> None:
    before = len(replay_app.requests)
    assert request_inventory_export.sync(client=client) == EXPORT_ID
    assert [(m, p) for m, p, _ in replay_app.requests[before:]] == [("POST", "/inventory/export")]


async def test_request_inventory_export_returns_the_new_id_async(replay_url: str) -> None:
    async with AsyncDiscogs(USER_AGENT, token=FAKE_TOKEN, base_url=replay_url) as discogs:
        assert await request_inventory_export.asyncio(client=discogs) == EXPORT_ID
        detailed = await request_inventory_export.asyncio_detailed(client=discogs)
        assert detailed.parsed == EXPORT_ID


@pytest.mark.parametrize(
    "location",
    [None, "https://api.discogs.com/inventory/export/", "/inventory/export/12a", "/x/١٢"],
)
def test_a_missing_or_garbled_location_is_a_decode_error(
    location: str | None, located_answer: Any
) -> None:
    url, app = located_answer(location)
    with (
        Discogs(USER_AGENT, token=FAKE_TOKEN, base_url=url) as discogs,
        pytest.raises(DecodeError, match="end of the Location header"),
    ):
        request_inventory_export.sync(client=discogs)
    assert app.seen == ["POST /inventory/export"]


# --- export_inventory: request, wait, download ---------------------------------------------

CSV = b"listing_id,artist,title,release_id,status,price\r\n700000001,A,T,1,For Sale,9.99\r\n"


def _export(status: str) -> Answer:
    body = {
        "id": 7,
        "status": status,
        "created_ts": "2026-08-25T06:48:08",
        "url": "https://api.discogs.com/inventory/export/7",
        "finished_ts": None,
        "download_url": None,
        "filename": None,
    }
    return 200, {"content-type": "application/json"}, json.dumps(body).encode()


def _exporting(*statuses: str) -> Script:
    """The API's side: an export queued as id 7 that goes through `statuses`, then its CSV."""
    return Script(
        {
            "POST /inventory/export": [(200, {"location": "/inventory/export/7"}, b"")],
            "GET /inventory/export/7": [_export(status) for status in statuses],
            "GET /inventory/export/7/download": [
                (
                    200,
                    {
                        "content-type": "text/csv",
                        "content-disposition": 'attachment; filename="me-inventory.csv"',
                    },
                    CSV,
                )
            ],
        }
    )


POLL = 0.01  # seconds before the first poll: tests wait little


def test_export_inventory_waits_until_finished_then_downloads(serving: Any, tmp_path: Path) -> None:
    app = _exporting("pending", "in progress", "success")
    waited: list[str] = []
    written: list[tuple[int, int | None]] = []
    with Discogs(USER_AGENT, token=FAKE_TOKEN, base_url=serving(app)) as discogs:
        path = export_inventory(
            discogs,
            tmp_path,
            poll_interval=POLL,
            waiting=lambda status, _: waited.append(status),
            progress=lambda done, total: written.append((done, total)),
        )
    assert path == tmp_path / "me-inventory.csv"
    assert path.read_bytes() == CSV
    assert sorted(p.name for p in tmp_path.iterdir()) == ["me-inventory.csv"]  # no .part
    assert app.seen == [
        "POST /inventory/export",
        *["GET /inventory/export/7"] * 3,
        "GET /inventory/export/7/download",
    ]
    assert waited == ["pending", "in progress"]
    assert written[-1] == (len(CSV), len(CSV))


async def test_export_inventory_async(serving: Any, tmp_path: Path) -> None:
    app = _exporting("pending", "success")
    async with AsyncDiscogs(USER_AGENT, token=FAKE_TOKEN, base_url=serving(app)) as discogs:
        path = await export_inventory_async(discogs, tmp_path / "mine.csv", poll_interval=POLL)
    assert path.read_bytes() == CSV
    assert app.count("GET /inventory/export/7") == 2
    assert app.seen[-1] == "GET /inventory/export/7/download"


def test_a_failed_export_is_a_download_error(serving: Any, tmp_path: Path) -> None:
    app = _exporting("pending", "failed")
    with (
        Discogs(USER_AGENT, token=FAKE_TOKEN, base_url=serving(app)) as discogs,
        pytest.raises(DownloadError, match="export 7 ended with status 'failed'"),
    ):
        export_inventory(discogs, tmp_path, poll_interval=POLL)
    assert app.count("GET /inventory/export/7") == 2
    assert "GET /inventory/export/7/download" not in app.seen
    assert list(tmp_path.iterdir()) == []


async def test_an_export_never_finished_stops_at_the_timeout(serving: Any, tmp_path: Path) -> None:
    app = _exporting("pending")
    started = time.monotonic()
    async with AsyncDiscogs(USER_AGENT, token=FAKE_TOKEN, base_url=serving(app)) as discogs:
        with pytest.raises(DownloadError, match="export 7 was not finished after"):
            await export_inventory_async(discogs, tmp_path, timeout=0.5, poll_interval=0.05)
    assert time.monotonic() - started < 10
    # Waits of 0.05, 0.075, 0.11, 0.17 ... s: a handful of polls, not hundreds.
    assert 2 <= app.count("GET /inventory/export/7") <= 8
    assert "GET /inventory/export/7/download" not in app.seen
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize(
    ("options", "error"),
    [
        ({"timeout": 0}, ConfigurationError),
        ({"poll_interval": float("nan")}, ConfigurationError),
        ({"overwrite": False}, DownloadError),  # the destination file exists
    ],
)
def test_export_mistakes_spend_no_request(
    serving: Any, tmp_path: Path, options: dict[str, Any], error: type[Exception]
) -> None:
    app = _exporting("success")
    taken = tmp_path / "taken.csv"
    taken.write_bytes(b"mine")
    with (
        Discogs(USER_AGENT, token=FAKE_TOKEN, base_url=serving(app)) as discogs,
        pytest.raises(error),
    ):
        export_inventory(discogs, taken, **options)
    assert app.seen == []
    assert taken.read_bytes() == b"mine"


# --- download_image: another host, never a credential ---------------------------------------

JPEG = b"\xff\xd8\xff\xe0" + bytes(range(256)) * 40 + b"\xff\xd9"
# As Discogs gives them: a signature, then resizing steps, then the encoded source; the query
# and the %2B stand for anything a signer may put there, which must arrive unchanged.
SIGNED = "/Ab-3x_Sig=/rs:fit/g:sm/q:90/h:600/w:600/czM6Ly9kaXNjb2dz%2BLTI0OTUwNC5qcGVn.jpeg"
QUERY = "?Expires=1780000000&Signature=a%2Fb~c"


@pytest.fixture
def hosts(serving: Any) -> tuple[str, Script, str, Script]:
    """An API and an image host, each on its own loopback port."""
    api = Script({})
    image = Script(
        {f"GET {SIGNED.replace('%2B', '+')}": [(200, {"content-type": "image/jpeg"}, JPEG)]}
    )
    return serving(api), api, serving(image), image


def _no_credentials(app: Script) -> None:
    for headers in app.headers:
        assert "authorization" not in headers
        assert not any(FAKE_TOKEN in value for value in headers.values())
    assert not any(FAKE_TOKEN in seen for seen in app.seen)


def test_download_image_saves_it_and_sends_no_credentials(
    hosts: tuple[str, Script, str, Script], tmp_path: Path
) -> None:
    api_url, api, image_url, image = hosts
    with Discogs(USER_AGENT, token=FAKE_TOKEN, base_url=api_url) as discogs:
        path = download_image(discogs, image_url + SIGNED + QUERY, tmp_path)
    assert image.seen == ["GET " + SIGNED + QUERY]  # exactly as given
    _no_credentials(image)
    assert api.seen == []
    assert path.parent == tmp_path
    assert path.name.endswith(".jpeg")
    assert path.read_bytes() == JPEG
    assert [p.name for p in tmp_path.iterdir()] == [path.name]  # no .part left


async def test_download_image_async_sends_no_credentials(
    hosts: tuple[str, Script, str, Script], tmp_path: Path
) -> None:
    api_url, api, image_url, image = hosts
    written: list[int] = []
    async with AsyncDiscogs(USER_AGENT, token=FAKE_TOKEN, base_url=api_url) as discogs:
        path = await download_image_async(
            discogs,
            image_url + SIGNED + QUERY,
            tmp_path / "cover.jpg",
            progress=lambda done, _: written.append(done),
        )
    assert path == tmp_path / "cover.jpg"
    assert path.read_bytes() == JPEG
    assert written[-1] == len(JPEG)
    assert image.seen == ["GET " + SIGNED + QUERY]
    _no_credentials(image)
    assert api.seen == []


def test_an_answer_that_is_no_image_is_not_saved(serving: Any, tmp_path: Path) -> None:
    page = Script({"GET /x.jpeg": [(200, {"content-type": "text/html"}, b"<html>busy</html>")]})
    url = serving(page)
    with (
        Discogs(USER_AGENT, token=FAKE_TOKEN, base_url=serving(Script({}))) as discogs,
        pytest.raises(DecodeError, match="expected an image"),
    ):
        download_image(discogs, url + "/x.jpeg", tmp_path)
    assert page.seen == ["GET /x.jpeg"]
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("url", ["/images/x.jpeg", "ftp://example.com/x.jpeg", "", 42])
def test_a_url_that_is_no_image_url_spends_no_request(
    serving: Any, tmp_path: Path, url: Any
) -> None:
    api = Script({})
    with (
        Discogs(USER_AGENT, token=FAKE_TOKEN, base_url=serving(api)) as discogs,
        pytest.raises(ConfigurationError, match="absolute http"),
    ):
        download_image(discogs, url, tmp_path)
    assert api.seen == []


# --- the generated base class's unused auth attributes ---------------------------------------


@pytest.mark.parametrize("kind", [Discogs, AsyncDiscogs])
def test_unused_auth_attributes_are_not_exposed(kind: type[Discogs | AsyncDiscogs]) -> None:
    client = kind(USER_AGENT, token=FAKE_TOKEN, base_url="http://127.0.0.1:9")
    for name in ("token", "prefix", "auth_header_name"):
        assert not hasattr(client, name)
        assert name not in dir(client)
        with pytest.raises(AttributeError, match=f"has no '{name}'") as caught:
            getattr(client, name)
        assert FAKE_TOKEN not in str(caught.value)
    assert client == client
    assert client != kind(USER_AGENT, token=FAKE_TOKEN, base_url="http://127.0.0.1:9")
    assert client.auth_mode == "token"


def test_generated_functions_still_work_without_them(replay_url: str) -> None:
    with Discogs(USER_AGENT, token=FAKE_TOKEN, base_url=replay_url) as discogs:
        assert get_release.sync(249504, client=discogs).id == 249504


async def test_generated_functions_still_work_without_them_async(replay_url: str) -> None:
    async with AsyncDiscogs(USER_AGENT, token=FAKE_TOKEN, base_url=replay_url) as discogs:
        assert (await get_release.asyncio(249504, client=discogs)).id == 249504


def test_images_bypass_the_api_budget_but_a_429_is_waited_out(serving: Any, tmp_path: Path) -> None:
    # Discogs rate-limits images on their own host; the API's moving window (learnt from the
    # API's headers) does not count them, and the retry layer waits out the host's 429.
    image = Script(
        {
            "GET /i.png": [
                (429, {"retry-after": "0"}, b""),
                (200, {"content-type": "image/png"}, JPEG),
            ]
        }
    )
    url = serving(image)
    with Discogs(USER_AGENT, token=FAKE_TOKEN, base_url=serving(Script({}))) as discogs:
        before = discogs.rate_limit
        path = download_image(discogs, url + "/i.png", tmp_path)
        after = discogs.rate_limit
    assert path == tmp_path / "i.png"
    assert image.seen == ["GET /i.png"] * 2
    assert before is not None
    assert after is not None
    assert after.used == before.used


def test_a_caching_client_is_refused_before_any_request(serving: Any, tmp_path: Path) -> None:
    # Its cache would answer every poll with the first status it stored: the wait could not end.
    app = _exporting("pending", "success")
    with (
        Discogs(
            USER_AGENT, token=FAKE_TOKEN, base_url=serving(app), cache_path=tmp_path / "c.sqlite"
        ) as discogs,
        pytest.raises(ConfigurationError, match="without cache_path"),
    ):
        export_inventory(discogs, tmp_path, poll_interval=POLL, timeout=5)
    assert app.seen == []
