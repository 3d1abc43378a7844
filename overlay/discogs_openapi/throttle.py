"""Client-side throttling against Discogs' moving-window rate limit.

A pyrate-limiter bucket holds the requests of the current window (in this process, in a SQLite
file shared by processes, or in Redis shared by hosts); a request that would overflow it waits
for the oldest to leave. Every answer from the API teaches the throttle:
`X-Discogs-Ratelimit` is the limit, and a `-Remaining` lower than this client's own count means
other programs on the same IP spend the budget too, so their share is booked as spent. A 429 books
the whole window as spent. Waits are logged with their length: at INFO from a second up.
"""

from __future__ import annotations

import logging
import threading
import time
from contextlib import AbstractContextManager, nullcontext
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, cast

import httpx

from .deadline import WaitRefused, log_wait, waits_of
from .errors import RateLimitError
from .flow import Flow, Sleep, Transport, run, run_async, send
from .layer import Layer, Origin

if TYPE_CHECKING:
    # pyrate-limiter loads with the first throttle, not with the package.
    from pyrate_limiter import AbstractBucket, InMemoryBucket, Rate, SQLiteBucket

__all__ = ["RateLimitView", "Throttle", "ThrottleLayer"]

logger = logging.getLogger("discogs_openapi.throttle")
_NAME = "discogs-api"
_TABLE = "discogs_api_budget"
_SECOND = 1000  # pyrate-limiter counts milliseconds


@dataclass(frozen=True)
class RateLimitView:
    """The budget as this client sees it now."""

    limit: int
    used: int
    remaining: int
    wait: float
    """Seconds until the next request may go out (0 when one may go now)."""


class _Store:
    """Where the window's requests are kept: this process's memory, a SQLite file, or Redis."""

    def __init__(self, bucket: AbstractBucket) -> None:
        self.bucket = bucket

    def now(self) -> int:
        return cast(int, self.bucket.now())  # type: ignore[no-untyped-call]

    def put(self, weight: int) -> int:
        """Book `weight` requests now; 0 if booked, else the milliseconds to wait."""
        from pyrate_limiter import RateItem

        with self.lock():
            # Stamped under the lock: a stamp taken before it could be older than one booked by
            # another process meanwhile, and the bucket would not count that newer booking.
            item = RateItem(_NAME, self.now(), weight)
            if self.bucket.put(item):
                return 0
            return max(1, cast(int, self.bucket.waiting(item)))

    def stamps(self, since: int) -> list[int]:
        """The timestamps (ms) booked after `since`, oldest first."""
        bucket = cast("InMemoryBucket", self.bucket)
        return sorted(item.timestamp for item in bucket.items if item.timestamp > since)

    def lock(self) -> AbstractContextManager[object]:
        return nullcontext()

    def with_rates(self, rates: list[Rate]) -> _Store:
        from pyrate_limiter import InMemoryBucket

        bucket = cast("InMemoryBucket", self.bucket)
        fresh = InMemoryBucket(rates)
        fresh.items = list(bucket.items)
        return _Store(fresh)


class _SQLiteStore(_Store):
    """A SQLite file shared by the processes of one host, guarded by a file lock."""

    def __init__(self, rates: list[Rate], path: str) -> None:
        from pyrate_limiter import SQLiteBucket

        self.path = path
        super().__init__(
            SQLiteBucket.init_from_file(rates, table=_TABLE, db_path=path, use_file_lock=True)
        )

    def stamps(self, since: int) -> list[int]:
        bucket = cast("SQLiteBucket", self.bucket)
        with self.lock():
            query = f"SELECT item_timestamp FROM '{_TABLE}' WHERE item_timestamp > ?"  # noqa: S608
            rows = bucket.conn.execute(query, (since,)).fetchall()
        return sorted(int(row[0]) for row in rows)

    def lock(self) -> AbstractContextManager[object]:
        lock = self.bucket.limiter_lock()
        return nullcontext() if lock is None else cast(AbstractContextManager[object], lock)

    def with_rates(self, rates: list[Rate]) -> _Store:
        return _SQLiteStore(rates, self.path)


class _RedisStore(_Store):
    """A Redis sorted set shared by every host that uses the same server and key."""

    def __init__(self, rates: list[Rate], url: str, redis: Any = None) -> None:
        from pyrate_limiter import RedisBucket
        from redis import Redis  # an optional dependency

        self.url = url
        self.redis: Any = redis if redis is not None else Redis.from_url(url)
        super().__init__(RedisBucket.init(rates, self.redis, _TABLE))

    def now(self) -> int:
        # The server's clock, shared by every host, so their stamps compare.
        seconds, microseconds = self.redis.time()
        return int(seconds) * 1000 + int(microseconds) // 1000

    def lock(self) -> AbstractContextManager[object]:
        # Check-and-book is one script, but the stamp comes from the client: booking under a
        # shared lock keeps stamps in order across processes and hosts.
        return cast(AbstractContextManager[object], self.redis.lock(f"{_TABLE}:lock", timeout=5))

    def stamps(self, since: int) -> list[int]:
        entries: list[tuple[bytes, float]] = self.redis.zrangebyscore(
            _TABLE, f"({since}", "+inf", withscores=True
        )
        return sorted(int(score) for _, score in entries)

    def with_rates(self, rates: list[Rate]) -> _Store:
        return _RedisStore(rates, self.url, self.redis)


class Throttle:
    """`limit` requests per moving `window` seconds, learnt from the API's headers as it goes.

    `path` (a SQLite file) or `url` (a Redis server) share the budget with other processes
    and hosts that name the same store; by default it lives in this process.
    """

    def __init__(
        self, limit: int, window: float, *, path: str | None = None, url: str | None = None
    ) -> None:
        if isinstance(limit, bool) or not isinstance(limit, int) or limit < 1 or window <= 0:
            raise ValueError("a rate limit needs an integer limit >= 1 and a window > 0 seconds")
        if path is not None and url is not None:
            raise ValueError("share the budget through a SQLite path or a Redis URL, not both")
        self.window = window
        # Requests reach the server a little after they are booked, and not all equally late: a
        # small margin keeps the server's window from ever seeing one too many.
        self._span = int((window + min(0.25, max(0.02, window * 0.01))) * _SECOND)
        self.limit = limit
        self._lock = threading.Lock()
        from pyrate_limiter import InMemoryBucket

        rates = self._rates(limit)
        if path is not None:
            self._store: _Store = _SQLiteStore(rates, path)
        elif url is not None:
            self._store = _RedisStore(rates, url)
        else:
            self._store = _Store(InMemoryBucket(rates))

    def _rates(self, limit: int) -> list[Rate]:
        from pyrate_limiter import Rate

        return [Rate(limit, self._span)]

    def try_take(self) -> float:
        """Book one request now and return 0, or return the seconds to wait before trying again."""
        with self._lock:
            return self._store.put(1) / 1000

    def take(self) -> None:
        """Wait until a request may go out, and book it."""
        run(self.taking())

    async def take_async(self) -> None:
        """The asyncio form of `take`; the event loop keeps running while it waits."""
        await run_async(self.taking())

    def taking(self, *, until: float | None = None) -> Flow[float]:
        """The flow of `take`: sleep until a slot is free and book it; the seconds it waited.

        With `until` (a `time.monotonic()` instant), a wait that would end after it books nothing
        and raises `deadline.WaitRefused` with its length.
        """
        started = time.monotonic()
        while (delay := self.try_take()) > 0:
            if until is not None and time.monotonic() + delay > until:
                raise WaitRefused(delay)
            log_wait(
                logger,
                delay,
                "throttled: waiting %.2f s for a free slot (limit %d)",
                delay,
                self.limit,
            )
            yield Sleep(delay)
        waited = time.monotonic() - started
        if waited >= 0.001:
            logger.debug("throttled: waited %.3f s for a free slot (limit %d)", waited, self.limit)
        return waited

    def learn(self, response: httpx.Response) -> None:
        """Adopt the server's limit and book what others on this IP have spent."""
        limit = _header_int(response, "x-discogs-ratelimit")
        remaining = _header_int(response, "x-discogs-ratelimit-remaining")
        if response.status_code == 429:
            remaining = 0
        with self._lock:
            if limit is not None and limit >= 1 and limit != self.limit:
                self.limit = limit
                self._store = self._store.with_rates(self._rates(limit))
            if remaining is not None:
                spent_elsewhere = self.limit - len(self._window()) - remaining
                if spent_elsewhere > 0:
                    self._store.put(spent_elsewhere)

    def view(self) -> RateLimitView:
        with self._lock:
            stamps = self._window()
            now = self._store.now()
        used = len(stamps)
        # The next slot frees when the request that keeps the window full leaves it.
        blocking = used - self.limit
        window = self._span
        wait = 0.0 if blocking < 0 else max(0, stamps[blocking] + window - now) / 1000
        return RateLimitView(self.limit, used, max(0, self.limit - used), wait)

    def _window(self) -> list[int]:
        return self._store.stamps(self._store.now() - self._span)


def _header_int(response: httpx.Response, name: str) -> int | None:
    value = response.headers.get(name, "")
    return int(value) if value.isdigit() else None


class ThrottleLayer(Layer):
    """Holds each request to the API until the throttle has room, then learns from the answer."""

    def __init__(
        self,
        inner: Transport,
        origin: Origin,
        throttle: Throttle,
    ) -> None:
        super().__init__(inner, origin)
        self.throttle = throttle

    def flow(self, request: httpx.Request) -> Flow[httpx.Response]:
        waits = waits_of(request)
        until, what = waits.limit() if waits is not None else (None, "")
        try:
            waited = yield from self.throttle.taking(until=until)
        except WaitRefused as refused:
            left = max(0.0, (until or 0.0) - time.monotonic())
            why = f"longer than the {left:.2f} s left of {what}"
            raise RateLimitError.unsent(request, refused.wait, why) from None
        if waits is not None:
            waits.spent += waited  # counted against max_wait, as the retry layer's waits are
        response = yield from send(request, self.inner)
        self.throttle.learn(response)
        return response
