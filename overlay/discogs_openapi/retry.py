"""Retries: 429 always (the request was not processed), failures only when repeating is safe.

A 429 waits for `Retry-After` (or `RetryPolicy.rate_limit_wait`) and is sent again, whatever the
method, up to `RetryPolicy.rate_limit_attempts` times, so a storm of 429s ends in an error.
Connection errors, timeouts and 500/502/503/504 are retried with exponential backoff and
full jitter for GET, HEAD, PUT and DELETE only: repeating a POST could create a second listing,
order message or folder. Each attempt goes down the rest of the stack, so it is throttled and
signed afresh. When retries run out the last answer (or error) stands, and says how many attempts
were made.
"""

from __future__ import annotations

import logging
import random
from dataclasses import dataclass

import httpx

from .errors import NetworkError, RetriesExhaustedError
from .flow import Discard, Flow, Read, Sleep, Transport, send
from .layer import Layer

__all__ = ["BUFFERED", "RetryLayer", "RetryPolicy"]

logger = logging.getLogger("discogs_openapi.retry")

BUFFERED = "discogs_openapi.buffered"
"""A request extension the clients set when the caller reads the whole body (not a stream)."""
IDEMPOTENT = frozenset({"GET", "HEAD", "PUT", "DELETE", "OPTIONS"})
RETRIED_STATUSES = frozenset({500, 502, 503, 504})


@dataclass(frozen=True)
class RetryPolicy:
    """How hard to try: `attempts=1` stops retries of failures, `rate_limit_attempts=1` of 429s."""

    attempts: int = 4
    """Attempts in all for a failure that may be retried (connection error, timeout, 5xx)."""
    backoff: float = 0.5
    """The first backoff in seconds; it doubles each attempt, with full jitter."""
    max_backoff: float = 30.0
    max_wait: float = 180.0
    """The most time to spend waiting between attempts of one request, in seconds."""
    rate_limit_wait: float = 60.0
    """How long to wait after a 429 that sends no `Retry-After`: one moving window."""
    rate_limit_attempts: int = 4
    """Attempts in all while the API keeps answering 429."""

    def __post_init__(self) -> None:
        times = (self.backoff, self.max_backoff, self.max_wait, self.rate_limit_wait)
        if min(self.attempts, self.rate_limit_attempts) < 1 or min(times) < 0:
            raise ValueError(
                "RetryPolicy needs attempts >= 1, rate_limit_attempts >= 1 and non-negative times."
            )

    def backoff_delay(self, attempt: int) -> float:
        return random.uniform(0, min(self.max_backoff, self.backoff * 2 ** (attempt - 1)))  # noqa: S311


class _Plan:
    """The bookkeeping of one request's attempts, shared by the sync and async transports."""

    def __init__(self, policy: RetryPolicy, request: httpx.Request) -> None:
        self.policy = policy
        self.request = request
        self.attempt = 0
        self.waited = 0.0
        self.reasons: list[str] = []

    def after_response(self, response: httpx.Response) -> float | None:
        """Seconds to wait before the next attempt, or None to keep this response."""
        status = response.status_code
        if status == 429:
            self.reasons.append("429")
            if self.reasons.count("429") >= self.policy.rate_limit_attempts:
                return None
            delay = _retry_after(response)
            return self._wait(self.policy.rate_limit_wait if delay is None else delay)
        if status in RETRIED_STATUSES:
            self.reasons.append(str(status))
            if self._may_repeat():
                return self._wait(self.policy.backoff_delay(self.attempt))
        return None

    def after_error(self, error: httpx.TransportError) -> float | None:
        self.reasons.append(type(error).__name__)
        if not self._may_repeat():
            return None
        return self._wait(self.policy.backoff_delay(self.attempt))

    def _may_repeat(self) -> bool:
        return self.request.method in IDEMPOTENT and self.attempt < self.policy.attempts

    def _wait(self, delay: float) -> float | None:
        if self.waited + delay > self.policy.max_wait:
            return None
        self.waited += delay
        logger.debug(
            "%s %s: attempt %d got %s; retrying in %.2f s",
            self.request.method,
            self.request.url.copy_with(query=None),
            self.attempt,
            self.reasons[-1],
            delay,
        )
        return delay

    def summary(self) -> str:
        return f"{self.attempt} attempts ({', '.join(self.reasons)})"


def _network_error(plan: _Plan, request: httpx.Request, error: Exception) -> NetworkError:
    if plan.attempt > 1:
        return RetriesExhaustedError(plan.summary(), error)
    why = "not retried: a POST is never sent twice" if request.method not in IDEMPOTENT else ""
    where = f"{request.method} {request.url.copy_with(query=None)}"
    reason = f"{type(error).__name__}: {error}" if str(error) else type(error).__name__
    return NetworkError(f"{where} got no answer ({reason}){'; ' + why if why else ''}")


def _retry_after(response: httpx.Response) -> float | None:
    value = response.headers.get("retry-after", "")
    try:
        return max(0.0, float(value))
    except ValueError:
        return None


def _mark(response: httpx.Response, plan: _Plan) -> httpx.Response:
    if plan.attempt > 1:
        response.extensions["discogs_attempts"] = plan.summary()
    return response


class RetryLayer(Layer):
    """Retries through `inner` according to `policy`."""

    def __init__(self, inner: Transport, policy: RetryPolicy) -> None:
        super().__init__(inner)
        self.policy = policy

    def flow(self, request: httpx.Request) -> Flow[httpx.Response]:
        plan = _Plan(self.policy, request)
        while True:
            plan.attempt += 1
            try:
                response = yield from send(request, self.inner)
                if request.extensions.get(BUFFERED):
                    # The caller reads the whole body anyway: read it here, so a connection lost
                    # mid-body is a failure to retry. A streamed body is left to its reader.
                    yield Read(response)
            except httpx.TransportError as error:
                delay = plan.after_error(error)
                if delay is None:
                    raise _network_error(plan, request, error) from error
            else:
                delay = plan.after_response(response)
                if delay is None:
                    return _mark(response, plan)
                yield Discard(response)
            yield Sleep(delay)
