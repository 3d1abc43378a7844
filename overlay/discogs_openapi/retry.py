"""Retries: 429 always (the request was not processed), failures only when repeating is safe.

A 429 waits for `Retry-After` (or `RetryPolicy.rate_limit_wait`) and is sent again, whatever the
method, up to `RetryPolicy.rate_limit_attempts` times, so a storm of 429s ends in an error.
Connection errors, timeouts and 500/502/503/504 are retried with exponential backoff and
full jitter for GET, HEAD, PUT and DELETE only: repeating a POST could create a second listing,
order message or folder. Each attempt goes down the rest of the stack, so it is throttled and
signed afresh. When retries run out, or the next wait would pass `max_wait` or the call's
deadline, the last answer (or error) stands, and says how many attempts were made and why no more.
Each attempt's timeouts end by the deadline (`deadline.py`); a buffered body is read by it too.
"""

from __future__ import annotations

import logging
import random
from dataclasses import dataclass

import httpx

from . import deadline
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
    """The most time one request may spend waiting, in seconds: backoff, 429 and throttle waits."""
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

    def longest_call(self, timeout: httpx.Timeout) -> float | None:
        """The default deadline: time for every attempt this policy allows, and all its waits.

        `max_wait + (attempts + rate_limit_attempts - 1) * (connect + read timeouts)`: 460 s with
        the defaults (30 s, connect 10 s). None, for no deadline, when either timeout is None.
        """
        if timeout.connect is None or timeout.read is None:
            return None
        most_attempts = self.attempts + self.rate_limit_attempts - 1
        return self.max_wait + most_attempts * (timeout.connect + timeout.read)


class _Plan:
    """The bookkeeping of one request's attempts, shared by the sync and async transports."""

    def __init__(self, policy: RetryPolicy, request: httpx.Request) -> None:
        self.policy = policy
        self.request = request
        self.attempt = 0
        self.reasons: list[str] = []
        self.stopped = ""  # why no further attempt, when a wait would not fit
        self.deadline = deadline.of(request)
        self.waits = deadline.Waits(policy.max_wait, self.deadline)
        request.extensions[deadline.WAITS] = self.waits  # the throttle's waits count too

    def begin(self) -> None:
        """Before each attempt: none once the deadline has passed."""
        if self.deadline is not None and self.deadline.passed():
            done = self.summary() if self.attempt else "0 attempts"
            detail = f"before attempt {self.attempt + 1}, after {done}"
            raise self.deadline.exceeded(self.request, detail, done)
        self.attempt += 1

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
        if isinstance(error, httpx.TimeoutException) and self.deadline and self.deadline.passed():
            summary = self.summary()
            raise self.deadline.exceeded(self.request, f"after {summary}", summary) from error
        if not self._may_repeat():
            return None
        return self._wait(self.policy.backoff_delay(self.attempt))

    def _may_repeat(self) -> bool:
        return self.request.method in IDEMPOTENT and self.attempt < self.policy.attempts

    def _wait(self, delay: float) -> float | None:
        room, what = self.waits.room()
        if delay > room:
            self.stopped = f"not retried: waiting {delay:.2f} s more would pass {what}"
            return None
        self.waits.spent += delay
        deadline.log_wait(
            logger,
            delay,
            "%s %s: attempt %d got %s; retrying in %.2f s",
            self.request.method,
            self.request.url.copy_with(query=None),
            self.attempt,
            self.reasons[-1],
            delay,
        )
        return delay

    def summary(self) -> str:
        attempts = f"{self.attempt} attempt{'s' if self.attempt > 1 else ''}"
        stopped = f"; {self.stopped}" if self.stopped else ""
        return f"{attempts} ({', '.join(self.reasons)}){stopped}"


def _network_error(plan: _Plan, request: httpx.Request, error: Exception) -> NetworkError:
    if plan.attempt > 1:
        return RetriesExhaustedError(plan.summary(), error)
    never = "not retried: a POST is never sent twice"
    why = never if request.method not in IDEMPOTENT else plan.stopped
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
    if plan.attempt > 1 or plan.stopped:
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
            plan.begin()
            timeouts = deadline.fit(request)
            try:
                response = yield from send(request, self.inner)
                if request.extensions.get(BUFFERED):
                    # The caller reads the whole body anyway: read it here, so a connection lost
                    # mid-body is a failure to retry. A streamed body is left to its reader.
                    deadline.bound(response, request, plan.attempt)
                    yield Read(response)
                elif timeouts is not None:
                    timeouts.release()  # a download's reads get the client's own timeout back
            except httpx.TransportError as error:
                delay = plan.after_error(error)
                if delay is None:
                    raise _network_error(plan, request, error) from error
            else:
                delay = plan.after_response(response)
                if delay is None:
                    return _mark(response, plan)
                deadline.bound(response, request, plan.attempt)
                yield Discard(response)
            yield Sleep(delay)
