"""Client-side throttling against Discogs' moving-window rate limit.

A pyrate-limiter bucket holds this client's requests of the current window; a request that would
overflow it waits for the oldest to leave. Every answer from the API teaches the throttle:
`X-Discogs-Ratelimit` is the limit, and a `-Remaining` lower than this client's own count means
other programs on the same IP spend the budget too, so their share is booked as spent. A 429 books
the whole window as spent. Waits are logged at DEBUG with their length.
"""

from __future__ import annotations

import asyncio
import logging
import threading
import time
from dataclasses import dataclass
from typing import cast

import httpx
from pyrate_limiter import Duration, InMemoryBucket, Rate, RateItem

__all__ = ["AsyncThrottleTransport", "RateLimitView", "Throttle", "ThrottleTransport"]

logger = logging.getLogger("discogs_openapi.throttle")
_NAME = "discogs-api"


@dataclass(frozen=True)
class RateLimitView:
    """The budget as this client sees it now."""

    limit: int
    used: int
    remaining: int
    wait: float
    """Seconds until the next request may go out (0 when one may go now)."""


class Throttle:
    """`limit` requests per moving `window` seconds, learnt from the API's headers as it goes."""

    def __init__(self, limit: int, window: float) -> None:
        if limit < 1 or window <= 0:
            raise ValueError("a rate limit needs limit >= 1 and a window > 0 seconds")
        self.window = window
        self._lock = threading.Lock()
        self._bucket = self._new_bucket(limit)

    def _new_bucket(self, limit: int) -> InMemoryBucket:
        self.limit = limit
        return InMemoryBucket([Rate(limit, int(self.window * Duration.SECOND))])

    def try_take(self) -> float:
        """Book one request now and return 0, or return the seconds to wait before trying again."""
        with self._lock:
            item = RateItem(_NAME, self._now(), 1)
            if self._bucket.put(item):
                return 0.0
            waiting = self._waiting(item)
        return max(0.001, waiting / 1000)

    def take(self) -> None:
        """Wait until a request may go out, and book it."""
        started = time.monotonic()
        while (delay := self.try_take()) > 0:
            time.sleep(delay)
        self._log_wait(time.monotonic() - started)

    async def take_async(self) -> None:
        """The asyncio twin of `take`; the event loop keeps running while it waits."""
        started = time.monotonic()
        while (delay := self.try_take()) > 0:
            await asyncio.sleep(delay)
        self._log_wait(time.monotonic() - started)

    def _log_wait(self, waited: float) -> None:
        if waited >= 0.001:
            logger.debug("throttled: waited %.3f s for a free slot (limit %d)", waited, self.limit)

    def learn(self, response: httpx.Response) -> None:
        """Adopt the server's limit and book what others on this IP have spent."""
        limit = _header_int(response, "x-discogs-ratelimit")
        remaining = _header_int(response, "x-discogs-ratelimit-remaining")
        if response.status_code == 429:
            remaining = 0
        with self._lock:
            if limit is not None and limit >= 1 and limit != self.limit:
                used = self._used()
                self._bucket = self._new_bucket(limit)
                self._book(min(used, limit))
            if remaining is not None:
                self._book(max(0, self.limit - self._used() - remaining))

    def view(self) -> RateLimitView:
        with self._lock:
            now = self._now()
            window = int(self.window * Duration.SECOND)
            stamps = sorted(
                item.timestamp for item in self._bucket.items if item.timestamp > now - window
            )
            used = len(stamps)
            # The next slot frees when the item that keeps the window full leaves it.
            blocking = used - self.limit
            wait = 0.0 if blocking < 0 else max(0, stamps[blocking] + window - now) / 1000
        return RateLimitView(self.limit, used, max(0, self.limit - used), wait)

    # pyrate-limiter's bucket API serves sync and async buckets alike; this one is sync.
    def _now(self) -> int:
        return cast(int, self._bucket.now())  # type: ignore[no-untyped-call]

    def _waiting(self, item: RateItem) -> int:
        return cast(int, self._bucket.waiting(item))

    def _used(self) -> int:
        start = self._now() - int(self.window * Duration.SECOND)
        return sum(1 for item in self._bucket.items if item.timestamp > start)

    def _book(self, count: int) -> None:
        if count > 0:
            self._bucket.put(RateItem(_NAME, self._now(), count))


def _header_int(response: httpx.Response, name: str) -> int | None:
    value = response.headers.get(name, "")
    return int(value) if value.isdigit() else None


class ThrottleTransport(httpx.BaseTransport):
    """Holds each request until the throttle has room, then learns from the answer."""

    def __init__(self, inner: httpx.BaseTransport, throttle: Throttle, api: httpx.URL) -> None:
        self._inner = inner
        self._throttle = throttle
        self._api = api

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        # Images and other hosts do not count against the API's budget.
        if request.url.netloc != self._api.netloc:
            return self._inner.handle_request(request)
        self._throttle.take()
        response = self._inner.handle_request(request)
        self._throttle.learn(response)
        return response

    def close(self) -> None:
        self._inner.close()


class AsyncThrottleTransport(httpx.AsyncBaseTransport):
    """The asyncio twin of `ThrottleTransport`."""

    def __init__(self, inner: httpx.AsyncBaseTransport, throttle: Throttle, api: httpx.URL):
        self._inner = inner
        self._throttle = throttle
        self._api = api

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        if request.url.netloc != self._api.netloc:
            return await self._inner.handle_async_request(request)
        await self._throttle.take_async()
        response = await self._inner.handle_async_request(request)
        self._throttle.learn(response)
        return response

    async def aclose(self) -> None:
        await self._inner.aclose()
