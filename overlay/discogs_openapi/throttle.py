"""Client-side throttling against Discogs' moving-window rate limit, as the server counts it.

The server counts a request when it arrives, which may be well after the throttle booked it (a
TLS handshake, a busy event loop), and only the answer proves it has arrived. So a request counts
in the window from its booking until a full window after it lands: when its answer's headers
come, or it fails (it may have arrived all the same), its booking is stamped again with that
moment. However late it reached the server, the server's window has moved past it before the
throttle's has. A request in flight for longer than a quarter of a window is stamped again
meanwhile, so it is never dropped from the count while it may still arrive: by this process's
next booking, before it books, or by a keeper thread (`_Keeper`) if none comes.

The bookings live in a store (`stores.py`): this process's memory, a SQLite file shared by
processes, or Redis shared by hosts. Work on a shared store runs in a worker thread under
asyncio, and waits for its lock are bounded (`RateLimitStoreError`). Every answer teaches the
throttle: `X-Discogs-Ratelimit` is the limit (from 1 to `LEARNT_LIMIT_CAP`; other values are
ignored), and a `-Remaining` lower than this client's own count means other programs on the
same IP spend the budget too, so their share is booked as spent. A 429 books the whole window
as spent. Waits are logged with their length: at INFO from a second up.
"""

from __future__ import annotations

import logging
import math
import os
import re
import threading
import time
import weakref
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, TypeVar

import httpx

from .deadline import WaitRefused, log_wait, waits_of
from .errors import RateLimitError, RateLimitStoreError
from .flow import Blocking, Flow, Sleep, Transport, run, run_async, send
from .layer import Layer, Origin
from .stores import RedisStore, SQLiteStore, Store, new_item

if TYPE_CHECKING:
    from pyrate_limiter import Rate, RateItem

__all__ = ["LEARNT_LIMIT_CAP", "LOCK_WAIT", "RateLimitView", "Throttle", "ThrottleLayer"]

logger = logging.getLogger("discogs_openapi.throttle")
_SECOND = 1000  # stamps are milliseconds
T = TypeVar("T")

LEARNT_LIMIT_CAP = 1000
"""The highest limit `X-Discogs-Ratelimit` may set (Discogs' has been 60, and 240 until 2017);
a larger value is taken for nonsense and ignored, and what `-Remaining` books is at most this."""
LOCK_WAIT = 10.0
"""Seconds to wait for a shared store's lock (or server) when the request sets no pool timeout."""
_DIGITS = re.compile(r"[0-9]{1,12}")
# How often, in spans, a booking in flight is stamped again: early, so that a keeper thread kept
# waiting (a loaded machine, a contended lock) still comes well before the stamp leaves the window.
_KEEP = 0.25


@dataclass(frozen=True)
class RateLimitView:
    """The budget as this client sees it now."""

    limit: int
    used: int
    remaining: int
    wait: float
    """Seconds until the next request may go out (0 when one may go now)."""


class Booking:
    """One request's place in the budget: `wait` > 0 if it has none yet, else its `item`."""

    __slots__ = ("__weakref__", "due", "item", "wait", "waited")

    def __init__(self, wait: float, item: RateItem | None = None, due: float = 0.0) -> None:
        self.wait = wait
        self.item = item
        self.due = due  # when the keeper stamps it again, by time.monotonic()
        self.waited = 0.0  # seconds the throttle slept before it got this booking


class Throttle:
    """`limit` requests per moving `window` seconds, learnt from the API's headers as it goes.

    `path` (a SQLite file) or `url` (a Redis server) share the budget with other processes
    and hosts that name the same store; by default it lives in this process. `lock_wait` bounds
    the waits for a shared store's lock or server where a request sets no pool timeout.
    """

    def __init__(
        self,
        limit: int,
        window: float,
        *,
        path: str | None = None,
        url: str | None = None,
        lock_wait: float = LOCK_WAIT,
    ) -> None:
        if isinstance(limit, bool) or not isinstance(limit, int) or limit < 1 or window <= 0:
            raise ValueError("a rate limit needs an integer limit >= 1 and a window > 0 seconds")
        if path is not None and url is not None:
            raise ValueError("share the budget through a SQLite path or a Redis URL, not both")
        if not lock_wait > 0:
            raise ValueError("the wait for a shared rate-limit budget must be > 0 seconds")
        self.window = window
        self.lock_wait = lock_wait
        # Stamps are whole milliseconds, and the SQLite and Redis clocks are wall clocks that NTP
        # may slew: a small margin keeps them from ever counting a request out a little early.
        self._span = int((window + min(0.25, max(0.02, window * 0.01))) * _SECOND)
        self.limit = limit
        self._lock = threading.Lock()
        self._store = self._open(path, url)
        # This process's requests in flight, kept in the window until they land (under `_lock`).
        self._flights: weakref.WeakSet[Booking] = weakref.WeakSet()
        self._next_due = math.inf  # no flight is due before this (time.monotonic())

    def _open(self, path: str | None, url: str | None) -> Store:
        rates = self._rates(self.limit)
        if path is not None:
            return SQLiteStore(rates, path)
        if url is not None:
            return RedisStore(rates, url, self.lock_wait)
        return Store(rates)

    @property
    def span(self) -> float:
        """Seconds a request counts after it lands: the window and a small margin."""
        return self._span / _SECOND

    def _rates(self, limit: int) -> list[Rate]:
        from pyrate_limiter import Rate

        return [Rate(limit, self._span)]

    def try_take(self, lock_wait: float | None = None) -> float:
        """Book one request now and return 0, or return the seconds to wait before trying again."""
        return self._book(lock_wait).wait

    def take(self) -> None:
        """Wait until a request may go out, and book it (from now, as if it landed at once)."""
        self._let_go(run(self.taking()))

    async def take_async(self) -> None:
        """The asyncio form of `take`; the event loop keeps running while it waits."""
        self._let_go(await run_async(self.taking()))

    def taking(
        self, *, until: float | None = None, lock_wait: float | None = None
    ) -> Flow[Booking]:
        """The flow of `take`: sleep until a slot is free and book it.

        With `until` (a `time.monotonic()` instant), a wait that would end after it books nothing
        and raises `deadline.WaitRefused` with its length. The booking says how long it waited.
        """
        started = time.monotonic()
        while (booking := (yield from self._off_loop(self._book, lock_wait))).wait > 0:
            if until is not None and time.monotonic() + booking.wait > until:
                raise WaitRefused(booking.wait)
            log_wait(
                logger,
                booking.wait,
                "throttled: waiting %.2f s for a free slot (limit %d)",
                booking.wait,
                self.limit,
            )
            yield Sleep(booking.wait)
        booking.waited = time.monotonic() - started
        if booking.waited >= 0.001:
            logger.debug(
                "throttled: waited %.3f s for a free slot (limit %d)", booking.waited, self.limit
            )
        return booking

    def flying(
        self, booking: Booking, sending: Flow[httpx.Response], *, lock_wait: float | None = None
    ) -> Flow[httpx.Response]:
        """Run `sending` for `booking` (held since it was booked); then, answered or failed, it
        counts from now."""
        try:
            response = yield from sending
        except BaseException:
            yield from self._landing(booking, None, lock_wait)  # it may have arrived all the same
            raise
        yield from self._landing(booking, response, lock_wait)
        return response

    def _landing(
        self, booking: Booking, response: httpx.Response | None, lock_wait: float | None
    ) -> Flow[None]:
        yield from self._off_loop(self._land, booking, response, lock_wait)

    def learn(self, response: httpx.Response, lock_wait: float | None = None) -> None:
        """Adopt the server's limit and book what others on this IP have spent."""
        with self._using(lock_wait) as store:
            self._learn(store, response)

    def _learn(self, store: Store, response: httpx.Response) -> None:
        limit = _header_int(response, "x-discogs-ratelimit")
        remaining = _header_int(response, "x-discogs-ratelimit-remaining")
        if response.status_code == 429:
            remaining = 0
        if limit is not None and 1 <= limit <= LEARNT_LIMIT_CAP and limit != self.limit:
            self.limit = limit
            store.set_rates(self._rates(limit))
        if remaining is not None:
            # At most the limit (itself capped): one bounded booking, however large the header.
            spent_elsewhere = self.limit - len(self._window()) - min(remaining, self.limit)
            if spent_elsewhere > 0:
                store.put(new_item(store.now(), spent_elsewhere))

    def view(self) -> RateLimitView:
        with self._using(None) as store:
            stamps = self._window()
            now = store.now()
        used = len(stamps)
        # The next slot frees when the request that keeps the window full leaves it.
        blocking = used - self.limit
        wait = 0.0 if blocking < 0 else max(0, stamps[blocking] + self._span - now) / _SECOND
        return RateLimitView(self.limit, used, max(0, self.limit - used), wait)

    def _book(self, lock_wait: float | None) -> Booking:
        with self._using(lock_wait) as store:
            # This process's flights first: however late the keeper, no booking outruns them.
            self._keep(store)
            # Stamped under the lock: a stamp taken before it could be older than one booked by
            # another process meanwhile, and the bucket would not count that newer booking.
            item = new_item(store.now())
            wait = store.put(item)
            if wait:
                return Booking(wait / _SECOND)
            # In flight from now, not from when its flow resumes, which a busy event loop may
            # delay. One nobody lands (its flow cancelled meanwhile, `try_take`) goes with it.
            booking = Booking(0.0, item, time.monotonic() + self.span * _KEEP)
            self._flights.add(booking)
            self._next_due = min(self._next_due, booking.due)
        _KEEPER.watch(self, booking.due)
        return booking

    def _keep(self, store: Store) -> float:
        """Stamp again the flights that are due (under the lock); when the next one is due."""
        now = time.monotonic()
        if now < self._next_due:
            return self._next_due
        soonest = math.inf
        for booking in list(self._flights):
            if booking.due <= now:
                assert booking.item is not None
                store.restamp(booking.item)
                booking.due = now + self.span * _KEEP
            soonest = min(soonest, booking.due)
        self._next_due = soonest  # only now: if the store failed, they are due still
        return soonest

    def _kept(self) -> float:
        """`_keep` for the keeper thread, taking the lock only when a flight is due."""
        if time.monotonic() < self._next_due:
            return self._next_due
        with self._using(None) as store:
            return self._keep(store)

    def _let_go(self, booking: Booking) -> None:
        """No longer a flight (else it goes when nothing refers to it any more)."""
        if self._lock.acquire(timeout=self.lock_wait):
            self._flights.discard(booking)
            self._lock.release()

    def _land(self, booking: Booking, response: httpx.Response | None, wait: float | None) -> None:
        assert booking.item is not None
        try:
            with self._using(wait) as store:
                store.restamp(booking.item)
                # Only now: until it is stamped again (a worker thread may come to it late), it
                # is a flight, kept in the window.
                self._flights.discard(booking)
                if response is not None:
                    self._learn(store, response)
        except RateLimitStoreError as error:
            # The answer is the caller's, whatever the store says: it is not lost over this.
            logger.warning("%s; the request counts from its booking", error)
            self._let_go(booking)

    def _window(self) -> list[int]:
        return self._store.stamps(self._store.now() - self._span)

    def _off_loop(self, function: Callable[..., T], *arguments: Any) -> Flow[T]:
        """`function(*arguments)`, in a worker thread under asyncio if the store blocks."""
        if self._store.blocks:
            result: T = yield Blocking(function, arguments)
            return result
        return function(*arguments)

    @contextmanager
    def _using(self, wait: float | None) -> Iterator[Store]:
        """The store, locked for this thread and process, each wait bounded by `wait` seconds."""
        wait = self.lock_wait if wait is None else wait
        deadline = time.monotonic() + wait
        if not self._lock.acquire(timeout=wait):
            raise RateLimitStoreError(
                f"another thread of this process holds the rate-limit budget {self._store.where} "
                f"and did not release it within {wait:g} s (a longer timeout waits longer)"
            )
        store = self._store
        try:
            with store.translated(wait), store.lock(max(0.0, deadline - time.monotonic())):
                yield store
        finally:
            self._lock.release()


def _header_int(response: httpx.Response, name: str) -> int | None:
    """A header's value if it is a plain number (ASCII digits only), else None."""
    value = response.headers.get(name, "").strip()
    return int(value) if _DIGITS.fullmatch(value) else None


class _Keeper:
    """Stamps again the flights of throttles that book nothing meanwhile, so they stay counted.

    A request counts until a window after it lands; while it is in flight its stamp must not
    leave the window, or another process could book its slot before it has even arrived. A
    throttle that books stamps its own due flights first; this one daemon thread, for every
    throttle of the process, does it for those that do not book. Throttles are held weakly.
    """

    def __init__(self) -> None:
        self._throttles: weakref.WeakSet[Throttle] = weakref.WeakSet()
        self._changed = threading.Condition()
        self._wake = math.inf  # when the thread wakes next, while it waits
        self._soonest = math.inf  # the soonest due watched while it was looking
        self._thread: threading.Thread | None = None

    def watch(self, throttle: Throttle, due: float) -> None:
        """`throttle` has a flight due at `due` (by time.monotonic())."""
        with self._changed:
            self._throttles.add(throttle)
            self._soonest = min(self._soonest, due)
            if self._thread is None:
                self._thread = threading.Thread(target=self._run, name="discogs-throttle-keeper")
                self._thread.daemon = True
                self._thread.start()
            elif due < self._wake:
                self._changed.notify()

    def _run(self) -> None:
        while True:
            with self._changed:
                self._soonest = math.inf
                self._wake = -math.inf  # no need to wake it: it looks at `_soonest` after
                throttles = list(self._throttles)
            due = math.inf
            for throttle in throttles:
                try:
                    due = min(due, throttle._kept())
                except Exception as error:  # the thread serves every throttle: it must go on
                    logger.warning("%s; a request in flight may leave the count early", error)
                    due = min(due, time.monotonic() + throttle.span * _KEEP)
            with self._changed:
                self._wake = min(due, self._soonest)
                if self._wake == math.inf:
                    self._changed.wait()
                elif (wait := self._wake - time.monotonic()) > 0:
                    self._changed.wait(wait)


_KEEPER = _Keeper()


def _fresh_keeper() -> None:
    """In a forked child: the parent's thread and flights are not this process's."""
    global _KEEPER
    _KEEPER = _Keeper()


os.register_at_fork(after_in_child=_fresh_keeper)


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
        # The pool timeout bounds the wait for a shared budget's lock, as it does for a connection.
        wait = request.extensions.get("timeout", {}).get("pool")
        try:
            booking = yield from self.throttle.taking(until=until, lock_wait=wait)
        except WaitRefused as refused:
            left = max(0.0, (until or 0.0) - time.monotonic())
            why = f"longer than the {left:.2f} s left of {what}"
            raise RateLimitError.unsent(request, refused.wait, why) from None
        if waits is not None:
            waits.spent += booking.waited  # counted against max_wait, as the retry's waits are
        return (yield from self.throttle.flying(booking, send(request, self.inner), lock_wait=wait))
