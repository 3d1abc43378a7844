"""Where the throttle keeps its bookings: this process's memory, a SQLite file, or Redis.

Each store wraps a pyrate-limiter bucket, which checks and books a request in one step, and adds
what the throttle needs beyond it: moving a booking's stamp to a later time (`restamp`), the
stamps of a window (`stamps`), dropping now and then what has left every window, and a lock taken
with a bounded wait. A booking is a `RateItem` of its own name, so it can be found again. A
shared store is opened at its first use, under its lock, so that building a client never waits.
Stamps are milliseconds: the monotonic clock in memory, the host's clock in SQLite, the Redis
server's clock (shared by every host) in Redis.
"""

from __future__ import annotations

import itertools
import os
import time
from bisect import bisect_left, insort
from collections.abc import Iterator
from contextlib import AbstractContextManager, contextmanager, nullcontext
from operator import attrgetter
from typing import TYPE_CHECKING, Any, ClassVar, cast
from urllib.parse import urlsplit, urlunsplit

from .errors import RateLimitStoreError

if TYPE_CHECKING:
    # pyrate-limiter loads with the first throttle, not with the package.
    from pyrate_limiter import AbstractBucket, InMemoryBucket, Rate, RateItem, SQLiteBucket

__all__ = ["RedisStore", "SQLiteStore", "Store", "new_item", "redact"]

_NAME = "discogs-api"
_TABLE = "discogs_api_budget"
_POLL = 0.005  # seconds between tries of a lock another process holds
_LEAK_EVERY = 64  # bookings between two clean-ups of what has left the window
# Names unique across the processes and hosts sharing a store, however many bookings each makes.
_PROCESS = os.urandom(4).hex()
_SERIAL = itertools.count()
_stamp = attrgetter("timestamp")


def new_item(timestamp: int, weight: int = 1) -> RateItem:
    """A booking of `weight` requests at `timestamp`, under a name no other booking has."""
    from pyrate_limiter import RateItem

    return RateItem(f"{_NAME}:{_PROCESS}:{next(_SERIAL)}", timestamp, weight)


class Store:
    """The bookings of this process, in memory."""

    blocks: ClassVar[bool] = False
    """Whether its calls block (file locks, I/O): then asyncio runs them in a worker thread."""
    errors: tuple[type[BaseException], ...] = ()
    """What its calls raise when the store cannot be used."""
    lock_errors: tuple[type[BaseException], ...] = ()
    """Those of `errors` that mean its lock was not released in time."""
    lock_name = ""
    where = "in memory"
    setting = "rate_limit"

    def __init__(self, rates: list[Rate]) -> None:
        self.rates = rates
        self._bucket: AbstractBucket | None = None
        self._booked = 0

    @property
    def bucket(self) -> AbstractBucket:
        """The pyrate-limiter bucket, opened at first use (under the store's lock)."""
        if self._bucket is None:
            self._bucket = self.open()
        return self._bucket

    def open(self) -> AbstractBucket:
        from pyrate_limiter import InMemoryBucket

        return InMemoryBucket(self.rates)

    def now(self) -> int:
        return cast(int, self.bucket.now())  # type: ignore[no-untyped-call]

    def put(self, item: RateItem) -> int:
        """Book `item` (stamped now); 0 if booked, else the milliseconds to wait."""
        if not self.bucket.put(item):
            return max(1, cast(int, self.bucket.waiting(item)))
        self._booked += 1
        if self._booked % _LEAK_EVERY == 0:
            self.bucket.leak(item.timestamp)
        return 0

    def restamp(self, item: RateItem) -> None:
        """Move the booking `item` to now (booking it again if it has been dropped meanwhile)."""
        items = cast("InMemoryBucket", self.bucket).items
        index = bisect_left(items, item.timestamp, key=_stamp)
        while index < len(items) and items[index] is not item:
            index += 1  # past other bookings of the same millisecond
        if index < len(items):
            del items[index]
        item.timestamp = self.now()
        insort(items, item, key=_stamp)  # the bucket counts and waits by position: keep the order

    def stamps(self, since: int) -> list[int]:
        """The timestamps (ms) booked after `since`, oldest first."""
        items = cast("InMemoryBucket", self.bucket).items
        return [item.timestamp for item in items[bisect_left(items, since + 1, key=_stamp) :]]

    def lock(self, wait: float) -> AbstractContextManager[object]:
        """Held while the store is used; `wait` bounds the wait for another process's hold."""
        return nullcontext()

    def set_rates(self, rates: list[Rate]) -> None:
        self.rates = rates
        if self._bucket is not None:
            self._bucket.rates = rates  # the bucket's setter sorts and checks them

    @contextmanager
    def translated(self, wait: float) -> Iterator[None]:
        """Raises the store's own errors as `RateLimitStoreError`, saying what went wrong."""
        try:
            yield
        except self.errors as error:
            raise RateLimitStoreError(self.describe(error, wait)) from error

    def describe(self, error: BaseException, wait: float) -> str:
        if isinstance(error, self.lock_errors):
            return (
                f"another process holds the rate-limit budget's lock {self.lock_name} and did "
                f"not release it within {wait:g} s (a longer timeout waits longer)"
            )
        return (
            f"the rate-limit budget {self.where} cannot be used ({type(error).__name__}: "
            f"{error}); check {self.setting}"
        )


class SQLiteStore(Store):
    """A SQLite file shared by the processes of one host, guarded by a file lock."""

    blocks = True

    def __init__(self, rates: list[Rate], path: str) -> None:
        import sqlite3  # loaded with the first SQLite store, not with the package

        from filelock import FileLock, Timeout

        super().__init__(rates)
        self.errors = (sqlite3.Error, Timeout, OSError)
        self.lock_errors = (Timeout,)
        self.path = path
        self.where = f"in {path}"
        self.setting = "rate_limit_path"
        self.lock_name = f"{path}.lock"
        self.file_lock = FileLock(self.lock_name)

    def open(self) -> AbstractBucket:
        from pyrate_limiter import SQLiteBucket

        # pyrate-limiter's own file lock would wait forever, here and at every booking: the
        # bucket is built on a plain connection and given the lock whose waits are bounded.
        plain = SQLiteBucket.init_from_file(self.rates, table=_TABLE, db_path=self.path)
        plain.conn.execute("PRAGMA journal_mode=WAL")
        plain.conn.execute("PRAGMA synchronous=NORMAL")
        # A booking is stamped again by its name: found at once however many share the window.
        plain.conn.execute(f"CREATE INDEX IF NOT EXISTS '{_TABLE}_name' ON '{_TABLE}' (name)")
        return SQLiteBucket(self.rates, plain.conn, _TABLE, lock=self.file_lock)

    def now(self) -> int:
        return time.time_ns() // 1_000_000  # the host's clock, which its processes share

    @contextmanager
    def lock(self, wait: float) -> Iterator[object]:
        # The bucket takes this lock again inside: it is reentrant, so that costs no wait.
        self.file_lock.acquire(timeout=wait, poll_interval=_POLL)
        try:
            yield self.file_lock
        finally:
            self.file_lock.release()

    def restamp(self, item: RateItem) -> None:
        item.timestamp = self.now()
        conn = cast("SQLiteBucket", self.bucket).conn
        query = f"UPDATE '{_TABLE}' SET item_timestamp = ? WHERE name = ?"  # noqa: S608
        if not conn.execute(query, (item.timestamp, item.name)).rowcount:
            insert = f"INSERT INTO '{_TABLE}' (name, item_timestamp) VALUES (?, ?)"  # noqa: S608
            conn.execute(insert, (item.name, item.timestamp))
        conn.commit()

    def stamps(self, since: int) -> list[int]:
        conn = cast("SQLiteBucket", self.bucket).conn
        query = f"SELECT item_timestamp FROM '{_TABLE}' WHERE item_timestamp > ?"  # noqa: S608
        return sorted(int(row[0]) for row in conn.execute(query, (since,)).fetchall())


# Moves one booking (members "<name>:...") from its stamp to a new one, or books it again there.
_RESTAMP = """
local members = redis.call('ZRANGEBYSCORE', KEYS[1], ARGV[1], ARGV[1])
for _, member in ipairs(members) do
    if string.sub(member, 1, #ARGV[2]) == ARGV[2] then
        redis.call('ZADD', KEYS[1], ARGV[3], member)
        return 1
    end
end
redis.call('ZADD', KEYS[1], ARGV[3], ARGV[2])
return 0
"""


class RedisStore(Store):
    """A Redis sorted set shared by every host that uses the same server and key."""

    blocks = True

    def __init__(self, rates: list[Rate], url: str, wait: float) -> None:
        from redis import Redis, RedisError  # an optional dependency
        from redis.exceptions import LockError

        super().__init__(rates)
        self.errors = (RedisError,)
        self.lock_errors = (LockError,)
        self.where = f"at {redact(url)}"
        self.setting = "rate_limit_url, and that the server runs"
        self.lock_name = f"{_TABLE}:lock {self.where}"
        # Every call is bounded: a server that stops answering fails the call, not the process.
        self.redis: Any = Redis.from_url(url, socket_connect_timeout=wait, socket_timeout=wait)
        self._restamp = self.redis.register_script(_RESTAMP)

    def open(self) -> AbstractBucket:
        from pyrate_limiter import RedisBucket

        return cast("AbstractBucket", RedisBucket.init(self.rates, self.redis, _TABLE))

    def now(self) -> int:
        # The server's clock, shared by every host, so their stamps compare.
        seconds, microseconds = self.redis.time()
        return int(seconds) * 1000 + int(microseconds) // 1000

    def lock(self, wait: float) -> AbstractContextManager[object]:
        # Check-and-book is one script, but the stamp comes from the client, and the bucket counts
        # stamps up to its own: booking under a shared lock keeps stamps in order across hosts.
        # It expires 5 s after it was taken, so that a process stopped while holding it frees it.
        lock = self.redis.lock(
            f"{_TABLE}:lock",
            timeout=5,
            sleep=_POLL,
            blocking_timeout=wait,
            raise_on_release_error=False,  # expired meanwhile: there is nothing left to release
        )
        return cast(AbstractContextManager[object], lock)

    def restamp(self, item: RateItem) -> None:
        stamp = self.now()
        self._restamp(keys=[_TABLE], args=[item.timestamp, f"{item.name}:", stamp])
        item.timestamp = stamp

    def stamps(self, since: int) -> list[int]:
        entries: list[tuple[bytes, float]] = self.redis.zrangebyscore(
            _TABLE, f"({since}", "+inf", withscores=True
        )
        return sorted(int(score) for _, score in entries)


def redact(url: str) -> str:
    """A Redis URL without its user, password or query (which may hold a password)."""
    parts = urlsplit(url)
    host = parts.hostname or ""
    try:
        port = f":{parts.port}" if parts.port else ""
    except ValueError:
        port = ""
    return urlunsplit((parts.scheme, host + port, parts.path, "", ""))
