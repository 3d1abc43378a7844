"""Retries over loopback: 429s waited out, failures retried only when repeating is safe."""

from __future__ import annotations

import asyncio
import socket
import time
from collections.abc import Callable, Iterator
from typing import Any

import httpx
import pytest
from fault_server import Quiet

from conftest import FAKE_TOKEN, USER_AGENT
from discogs_openapi import (
    AsyncDiscogs,
    Discogs,
    NetworkError,
    RateLimitError,
    RetriesExhaustedError,
    RetryPolicy,
    ServerError,
)
from replay_server import serve

LISTING = {"release_id": 1, "condition": "Mint (M)", "price": 9.5, "status": "For Sale"}
QUICK = RetryPolicy(attempts=3, backoff=0.01, max_backoff=0.02, rate_limit_wait=0.05, max_wait=2)
OK = (200, {}, b'{"id": 1}')


Answer = tuple[int, dict[str, str], bytes] | float


class Scripted(Quiet):
    """Answers requests with the next of `answers` (the last one repeats); records them."""

    def __init__(self, *answers: Answer) -> None:
        super().__init__()
        self.script(*answers)

    def script(self, *answers: Answer) -> None:
        """Answer `answers` from now on, nothing seen yet, once no request is being answered."""
        self.wait_quiet()
        self.answers = list(answers)
        self.seen: list[tuple[str, dict[str, str], float]] = []

    async def respond(self, scope: dict[str, Any], receive: Any, send: Any) -> None:
        headers = {k.decode().lower(): v.decode() for k, v in scope["headers"]}
        self.seen.append((scope["method"], headers, time.monotonic()))
        answer = self.answers[min(len(self.seen), len(self.answers)) - 1]
        if isinstance(answer, float):
            # Stall this long, then answer OK: a timeout for the client, whose hang-up ends it.
            try:
                await asyncio.wait_for(_hung_up(receive), answer)
                return
            except TimeoutError:
                answer = OK
        status, extra, body = answer
        out = [(b"content-type", b"application/json")]
        out += [(k.encode(), v.encode()) for k, v in extra.items()]
        await send({"type": "http.response.start", "status": status, "headers": out})
        await send({"type": "http.response.body", "body": body})


async def _hung_up(receive: Any) -> None:
    while (await receive())["type"] != "http.disconnect":
        pass


@pytest.fixture(scope="module")
def scripted_server() -> Iterator[tuple[str, Scripted]]:
    """One server for the module; each test scripts its answers through `scripted`."""
    app = Scripted(OK)
    with serve(app) as url:
        yield url, app


@pytest.fixture
def scripted(
    scripted_server: tuple[str, Scripted],
) -> Callable[..., tuple[str, Scripted]]:
    """`scripted(*answers)`: the module's server, answering these from now on."""
    url, app = scripted_server

    def start(*answers: Answer) -> tuple[str, Scripted]:
        app.script(*answers)
        return url, app

    return start


def _client(url: str, policy: RetryPolicy = QUICK, **extra: Any) -> Discogs:
    return Discogs(USER_AGENT, token=FAKE_TOKEN, base_url=url, retry=policy, **extra)


UNAVAILABLE = (503, {}, b'{"message": "down"}')


@pytest.mark.parametrize("method", ["GET", "PUT", "DELETE"])
def test_failures_are_retried_for_methods_safe_to_repeat(scripted: Any, method: str) -> None:
    url, app = scripted(UNAVAILABLE, UNAVAILABLE, OK)
    with _client(url) as client:
        response = client.get_httpx_client().request(method, "/releases/1")
    assert response.status_code == 200
    assert [seen[0] for seen in app.seen] == [method] * 3


def test_post_is_never_retried_after_a_failure(scripted: Any) -> None:
    url, app = scripted(UNAVAILABLE, OK)
    with _client(url) as client, pytest.raises(ServerError) as caught:
        client.get_httpx_client().post("/marketplace/listings", json=LISTING)
    assert len(app.seen) == 1
    assert "after" not in str(caught.value)


def test_attempts_are_bounded_and_counted(scripted: Any) -> None:
    url, app = scripted(UNAVAILABLE)
    with _client(url) as client, pytest.raises(ServerError) as caught:
        client.get_httpx_client().get("/releases/1")
    assert len(app.seen) == 3
    assert "after 3 attempts (503, 503, 503)" in str(caught.value)


def test_a_429_is_retried_even_for_post_after_retry_after(scripted: Any) -> None:
    url, app = scripted((429, {"Retry-After": "0.3"}, b'{"message": "slow"}'), OK)
    with _client(url) as client:
        response = client.get_httpx_client().post("/marketplace/listings", json=LISTING)
    assert response.status_code == 200
    (_, _, first), (_, _, second) = app.seen
    assert second - first >= 0.3


def test_a_429_without_retry_after_waits_the_configured_window(scripted: Any) -> None:
    url, app = scripted((429, {}, b"{}"), OK)
    with _client(url, RetryPolicy(rate_limit_wait=0.2, max_wait=1)) as client:
        client.get_httpx_client().get("/releases/1")
    assert app.seen[1][2] - app.seen[0][2] >= 0.2


def test_waiting_is_bounded_by_max_wait(scripted: Any) -> None:
    url, app = scripted((429, {"Retry-After": "0.2"}, b'{"message": "slow"}'))
    policy = RetryPolicy(max_wait=0.5)
    with _client(url, policy) as client, pytest.raises(RateLimitError) as caught:
        client.get_httpx_client().get("/releases/1")
    assert len(app.seen) == 3  # waited 0.2 + 0.2; a third wait would pass 0.5
    assert "after 3 attempts (429, 429, 429)" in str(caught.value)


def test_each_attempt_is_signed_again(scripted: Any) -> None:
    url, app = scripted(UNAVAILABLE, OK)
    oauth = {
        "consumer_key": "ck",
        "consumer_secret": "cs",
        "oauth_token": "ot",
        "oauth_token_secret": "os",
    }
    with Discogs(USER_AGENT, base_url=url, retry=QUICK, **oauth) as client:
        client.get_httpx_client().get("/releases/1")
    first, second = (seen[1]["authorization"] for seen in app.seen)
    assert first.startswith("OAuth ")
    assert first != second


def _closed_port() -> str:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    return f"http://127.0.0.1:{port}"


def test_connection_errors_are_retried_then_reported() -> None:
    with _client(_closed_port()) as client, pytest.raises(RetriesExhaustedError) as caught:
        client.get_httpx_client().get("/releases/1")
    assert "gave up after 3 attempts (ConnectError, ConnectError, ConnectError)" in str(
        caught.value
    )


def test_connection_errors_are_not_retried_for_post() -> None:
    with (
        _client(_closed_port()) as client,
        pytest.raises(NetworkError, match="a POST is never sent twice") as caught,
    ):
        client.get_httpx_client().post("/marketplace/listings", json=LISTING)
    assert isinstance(caught.value.__cause__, httpx.ConnectError)


def test_a_timeout_is_retried(scripted: Any) -> None:
    url, app = scripted(0.5, OK)
    with _client(url, timeout=0.2) as client:
        assert client.get_httpx_client().get("/releases/1").status_code == 200
    assert len(app.seen) == 2


async def test_async_retries(scripted: Any) -> None:
    url, app = scripted(UNAVAILABLE, (429, {"Retry-After": "0"}, b"{}"), OK)
    async with AsyncDiscogs(USER_AGENT, token=FAKE_TOKEN, base_url=url, retry=QUICK) as client:
        response = await client.get_async_httpx_client().get("/releases/1")
    assert response.status_code == 200
    assert len(app.seen) == 3


def test_a_bad_policy_is_refused() -> None:
    with pytest.raises(ValueError, match="attempts"):
        RetryPolicy(attempts=0)
