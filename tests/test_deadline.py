"""Bounded calls over loopback: a total deadline, and waits that end the call when they cannot fit.

One server answers scripted answers (a stall before the headers, a body dripped byte by byte, a
429 storm) and counts the requests that reach it; each test runs the sync and the asyncio client.
Elapsed times are asserted loosely (a generous multiple of the bound), as the machine is shared.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from collections.abc import AsyncIterator, Callable, Iterator
from dataclasses import dataclass, field
from typing import Any, TypeVar

import httpx
import pytest
from fault_server import Quiet, _hung_up_within

from conftest import FAKE_TOKEN, USER_AGENT
from discogs_openapi import (
    AsyncDiscogs,
    ConfigurationError,
    DeadlineExceededError,
    Discogs,
    NetworkError,
    RateLimitError,
    RetryPolicy,
)
from discogs_openapi import deadline as deadline_module
from discogs_openapi.client import DEFAULT_TIMEOUT
from replay_server import serve

Client = Discogs | AsyncDiscogs
E = TypeVar("E", bound=Exception)
KINDS = pytest.mark.parametrize("kind", [Discogs, AsyncDiscogs])
QUICK = RetryPolicy(attempts=3, backoff=0.01, max_backoff=0.02, rate_limit_wait=0.05, max_wait=5)
BODY = b'{"id": 1, "title": "dripped one byte at a time"}'
SLOW = "You are making requests too quickly."


@dataclass(frozen=True)
class Answer:
    """An answer: `stall` seconds before the headers, then the body in `pieces`, `gap` apart."""

    status: int = 200
    headers: dict[str, str] = field(default_factory=dict)
    body: bytes = b'{"id": 1}'
    stall: float = 0.0
    pieces: int = 1
    gap: float = 0.0


OK = Answer()
STORM = Answer(429, {"Retry-After": "0"}, b'{"message": "%s"}' % SLOW.encode())


class Timed(Quiet):
    """Answers with the next scripted `Answer` (the last repeats); counts requests as they come."""

    def __init__(self) -> None:
        super().__init__()
        self.script(OK)

    def script(self, *answers: Answer) -> None:
        self.wait_quiet(timeout=15)
        self.answers = list(answers)
        self.count = 0

    async def respond(self, scope: dict[str, Any], receive: Any, send: Any) -> None:
        self.count += 1
        answer = self.answers[min(self.count, len(self.answers)) - 1]
        if answer.stall and await _hung_up_within(receive, answer.stall):
            return
        headers = [(b"content-type", b"application/json")]
        headers += [(k.lower().encode(), v.encode()) for k, v in answer.headers.items()]
        await send({"type": "http.response.start", "status": answer.status, "headers": headers})
        size = -(-len(answer.body) // answer.pieces)
        for start in range(0, len(answer.body), size):
            piece = answer.body[start : start + size]
            await send({"type": "http.response.body", "body": piece, "more_body": True})
            # The pause ends early when the client hangs up: no drip outlives its test.
            if answer.gap and await _hung_up_within(receive, answer.gap):
                return
        await send({"type": "http.response.body", "body": b""})


@pytest.fixture(scope="module")
def timed_server() -> Iterator[tuple[str, Timed]]:
    app = Timed()
    with serve(app) as url:
        yield url, app


@pytest.fixture
def scripted(timed_server: tuple[str, Timed]) -> Callable[..., tuple[str, Timed]]:
    """`scripted(*answers)`: the module's server, answering these from now on."""
    url, app = timed_server

    def start(*answers: Answer) -> tuple[str, Timed]:
        app.script(*answers)
        return url, app

    return start


@contextlib.asynccontextmanager
async def _client(kind: type[Client], url: str, **settings: Any) -> AsyncIterator[Client]:
    settings = {"token": FAKE_TOKEN, "base_url": url, "retry": QUICK, **settings}
    client = kind(USER_AGENT, **settings)
    try:
        yield client
    finally:
        await client.aclose() if isinstance(client, AsyncDiscogs) else client.close()


async def _get(client: Client, path: str = "/releases/1") -> httpx.Response:
    if isinstance(client, AsyncDiscogs):
        return await client.get_async_httpx_client().get(path)
    return client.get_httpx_client().get(path)


async def _fails(kind: type[Client], url: str, error: type[E], within: float, **settings: Any) -> E:
    """The error a GET with these settings raises, checked to come within `within` seconds."""
    async with _client(kind, url, **settings) as client:
        started = time.monotonic()
        with pytest.raises(error) as caught:
            await _get(client)
        elapsed = time.monotonic() - started
    assert elapsed < within, (elapsed, caught.value)
    return caught.value


# --- the deadline ---------------------------------------------------------------------------


DOWN = b'{"message": "down"}'
# What ends a call early: (the server's answers, the client's settings, the error, a bound on
# the call's seconds, words of its message, the requests the server saw). Bounds are loose:
# several times the deadline or max_wait, which the unbounded calls took many times over.
ENDINGS: dict[str, tuple[tuple[Answer, ...], dict[str, Any], type[Exception], float, str, int]] = {
    # One byte every 0.3 s (~15 s in all): each read is quick, so only a total deadline ends it;
    # sync stops at the first byte after the deadline, asyncio at the deadline itself.
    "a dripping body": (
        (Answer(body=BODY, pieces=len(BODY), gap=0.3),),
        {"throttle": False, "timeout": 5, "deadline": 1},
        DeadlineExceededError,
        3,
        "1 s deadline (the body was still arriving on attempt 1); pass a longer deadline=",
        1,
    ),
    # Each attempt takes 0.7 s to answer 503: the second one is cut off when 1.2 s have passed.
    "retries sharing one deadline": (
        (Answer(503, body=DOWN, stall=0.7),),
        {"throttle": False, "timeout": 5, "deadline": 1.2},
        DeadlineExceededError,
        3.6,
        "1.2 s deadline (after 2 attempts (503, ReadTimeout))",
        2,
    ),
    # A redirect's next hop is the same call: it gets what is left of the deadline, not more.
    "a redirect's next hop": (
        (Answer(302, {"Location": "/releases/2"}, stall=0.6), Answer(stall=0.6)),
        {"throttle": False, "timeout": 5, "deadline": 1},
        DeadlineExceededError,
        3,
        "1 s deadline (after 1 attempt (ReadTimeout))",
        2,
    ),
    # The last answer stands, saying why it was not retried: the wait would have been 9 s.
    "a 429 wait past the deadline": (
        (Answer(429, {"Retry-After": "9"}, STORM.body), OK),
        {"throttle": False, "retry": RetryPolicy(max_wait=60), "deadline": 0.5},
        RateLimitError,
        1.5,
        "waiting 9.00 s more would pass the call's 0.5 s deadline",
        1,
    ),
    # No Retry-After: the policy's 60 s would be waited, which max_wait does not allow.
    "a 429 wait past max_wait": (
        (Answer(429, body=STORM.body),),
        {"throttle": False, "retry": RetryPolicy(max_wait=2)},
        RateLimitError,
        6,
        f"waiting 60.00 s more would pass RetryPolicy.max_wait (2 s)): {SLOW}",
        1,
    ),
}


@KINDS
@pytest.mark.parametrize("ending", ENDINGS)
async def test_calls_end_within_their_bounds(
    kind: type[Client], scripted: Any, ending: str
) -> None:
    answers, settings, error, within, words, requests = ENDINGS[ending]
    url, app = scripted(*answers)
    raised = await _fails(kind, url, error, within, **settings)
    assert words in str(raised)
    assert isinstance(raised, NetworkError | RateLimitError)
    assert app.count == requests  # a call past its deadline is not retried


@KINDS
async def test_a_streamed_body_has_the_per_read_timeout_only(
    kind: type[Client], scripted: Any
) -> None:
    # The headers come 0.3 s into a 0.5 s deadline; the body then takes 1.2 s, 0.3 s a piece:
    # a download is bounded until its headers, and its reads get the client's timeout back.
    url, app = scripted(Answer(body=BODY, stall=0.3, pieces=4, gap=0.3))
    async with _client(kind, url, throttle=False, timeout=5, deadline=0.5) as client:
        if isinstance(client, AsyncDiscogs):
            async with client.get_async_httpx_client().stream("GET", "/releases/1") as streamed:
                body = await streamed.aread()
        else:
            with client.get_httpx_client().stream("GET", "/releases/1") as response:
                body = response.read()
        assert body == BODY
        assert app.count == 1


@KINDS
async def test_a_request_sent_again_gets_a_fresh_deadline(
    kind: type[Client], scripted: Any
) -> None:
    url, app = scripted(OK)
    async with _client(kind, url, throttle=False, deadline=0.3) as client:
        # Past the first send's deadline by the second: that one must not inherit it.
        if isinstance(client, AsyncDiscogs):
            http = client.get_async_httpx_client()
            request = http.build_request("GET", "/releases/1")
            await http.send(request)
            await asyncio.sleep(0.5)
            assert (await http.send(request)).status_code == 200
        else:
            sync_http = client.get_httpx_client()
            request = sync_http.build_request("GET", "/releases/1")
            sync_http.send(request)
            time.sleep(0.5)
            assert sync_http.send(request).status_code == 200
        assert app.count == 2


@pytest.mark.parametrize("value", [0, -1, "10", True, float("nan")])
def test_a_bad_deadline_is_refused(value: object) -> None:
    with pytest.raises(ConfigurationError, match="deadline must be seconds > 0"):
        Discogs(USER_AGENT, deadline=value)  # type: ignore[arg-type]


def test_the_default_deadline_fits_every_retry() -> None:
    # max_wait + (attempts + rate_limit_attempts - 1) * (connect + read) = 180 + 7 * 40.
    assert RetryPolicy().longest_call(DEFAULT_TIMEOUT) == 460
    assert RetryPolicy(attempts=1, rate_limit_attempts=1, max_wait=0).longest_call(
        httpx.Timeout(5)
    ) == pytest.approx(10)
    assert RetryPolicy().longest_call(httpx.Timeout(None)) is None
    Discogs(USER_AGENT, deadline=None).close()  # no total deadline at all


# --- waits that would not fit -------------------------------------------------------------


@KINDS
async def test_a_429_storm_ends_at_once_when_the_throttle_wait_passes_max_wait(
    kind: type[Client], scripted: Any
) -> None:
    # Each 429 books the throttle's whole 5 s window: the next attempt would wait ~5 s for it.
    url, app = scripted(STORM)
    storm = RetryPolicy(rate_limit_wait=0, max_wait=2)
    # Within 3 x max_wait; it took ~15 s.
    error = await _fails(kind, url, RateLimitError, 6, retry=storm, rate_limit_window=5)
    assert error.sent is False
    assert error.wait is not None
    assert 3 < error.wait <= 5.1
    assert f"would wait {error.wait:.2f} s" in str(error)
    assert "RetryPolicy.max_wait (2 s)" in str(error)
    assert error.status_code == 429
    assert float(error.response.headers["Retry-After"]) >= error.wait
    assert app.count == 1


@KINDS
async def test_a_throttle_wait_past_the_deadline_ends_the_call(
    kind: type[Client], scripted: Any
) -> None:
    url, app = scripted(OK)
    # The throttle is per client: its one slot in 5 s is spent by the first call of the two.
    async with _client(kind, url, rate_limit=1, rate_limit_window=5, deadline=1) as client:
        await _get(client)
        started = time.monotonic()
        with pytest.raises(RateLimitError) as caught:
            await _get(client)
        assert time.monotonic() - started < 3
    assert caught.value.sent is False
    assert "s left of the call's 1 s deadline" in str(caught.value)
    assert app.count == 1


@KINDS
async def test_a_429_wait_past_max_wait_is_named(kind: type[Client], scripted: Any) -> None:
    # No Retry-After: the policy's 60 s window would be waited, which max_wait does not allow.
    url, app = scripted(Answer(429, body=STORM.body))
    settings = {"throttle": False, "retry": RetryPolicy(max_wait=2)}
    error = await _fails(kind, url, RateLimitError, 6, **settings)
    assert error.sent is True
    assert "waiting 60.00 s more would pass RetryPolicy.max_wait (2 s)" in str(error)
    assert SLOW in str(error)
    assert app.count == 1


# --- long waits are logged at INFO -----------------------------------------------------------


@KINDS
async def test_long_waits_are_logged_at_info(
    kind: type[Client],
    scripted: Any,
    caplog: pytest.LogCaptureFixture,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Scaled: waits from 0.05 s up count as long. A 503's quick backoff stays at DEBUG; the
    # 429's 0.1 s wait and the throttle's waits for its 0.3 s window go to INFO.
    monkeypatch.setattr(deadline_module, "LONG_WAIT", 0.05)
    unavailable = Answer(503, body=b'{"message": "down"}')
    url, app = scripted(unavailable, Answer(429, {"Retry-After": "0.1"}, STORM.body), OK)
    caplog.set_level(logging.DEBUG, logger="discogs_openapi")
    async with _client(kind, url, rate_limit=1, rate_limit_window=0.3) as client:
        response = await _get(client)
        assert response.status_code == 200
        assert app.count == 3
        logged = [(record.levelno, record.getMessage()) for record in caplog.records]
        retried = [(level, text) for level, text in logged if "retrying in" in text]
        assert [level for level, _ in retried] == [logging.DEBUG, logging.INFO]
        assert "got 503" in retried[0][1]
        assert "got 429; retrying in 0.10 s" in retried[1][1]
        throttled = [level for level, text in logged if "throttled: waiting" in text]
        assert throttled
        assert set(throttled) == {logging.INFO}
