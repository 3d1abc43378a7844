"""What people need back: the new export's id, a finished export on disk, an image saved."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from typing import Any

import pytest

from conftest import FAKE_TOKEN, USER_AGENT
from discogs_api_client.api.inventory_export import request_inventory_export
from discogs_openapi import AsyncDiscogs, DecodeError, Discogs
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
                "headers": [(k.encode(), v.encode()) for k, v in headers.items()],
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
