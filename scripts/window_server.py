"""A loopback stand-in for Discogs' rate limit, for the benchmarks and the throttle tests.

Every request counts against one budget (as all programs on one IP do), when it arrives, by this
server's clock. Within the budget it answers a full release body with the three
`X-Discogs-Ratelimit` headers; past it, 429 with the documented message. It keeps the arrival
time and status of every request. The first `held` answers can be sent `hold` seconds late.
"""

from __future__ import annotations

import asyncio
import collections
import json
import threading
import time
from bisect import bisect_right
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
RELEASE = json.dumps(
    json.loads((ROOT / "tests/recordings/getRelease/200-example.json").read_text())["response"][
        "json"
    ]
).encode()
TOO_MANY = json.dumps({"message": "You are making requests too quickly."}).encode()


class WindowServer:
    """An ASGI app allowing `limit` requests per moving `window` seconds."""

    def __init__(self, limit: int, window: float, *, hold: float = 0.0, held: int = 0) -> None:
        self.limit = limit
        self.window = window
        self.hold = hold
        self.held = held
        self.recent: collections.deque[float] = collections.deque()
        self.log: list[tuple[float, int]] = []  # (arrival, status)
        self._lock = threading.Lock()

    def _admit(self) -> tuple[int, int]:
        now = time.monotonic()
        with self._lock:
            while self.recent and self.recent[0] <= now - self.window:
                self.recent.popleft()
            status = 429 if len(self.recent) >= self.limit else 200
            if status == 200:
                self.recent.append(now)
            self.log.append((now, status))
            return status, len(self.recent)

    async def __call__(self, scope: dict[str, Any], receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            return
        status, used = self._admit()
        if len(self.log) <= self.held:
            await asyncio.sleep(self.hold)  # a slow answer: the request is in flight meanwhile
        headers = [
            (b"content-type", b"application/json"),
            (b"x-discogs-ratelimit", str(self.limit).encode()),
            (b"x-discogs-ratelimit-used", str(used).encode()),
            (b"x-discogs-ratelimit-remaining", str(max(0, self.limit - used)).encode()),
        ]
        body = RELEASE if status == 200 else TOO_MANY
        await send({"type": "http.response.start", "status": status, "headers": headers})
        await send({"type": "http.response.body", "body": body})

    @property
    def arrivals(self) -> list[float]:
        return [arrived for arrived, _ in self.log]

    @property
    def refused(self) -> int:
        return sum(1 for _, status in self.log if status == 429)

    def busiest(self) -> int:
        """The most requests that arrived within any one window (both of its ends included)."""
        times = sorted(self.arrivals)
        return max(
            (bisect_right(times, t + self.window) - i for i, t in enumerate(times)), default=0
        )

    def report(self, started: float, ended: float) -> tuple[int, int, float]:
        """(served, 429s, share of the budget used after the first window) over a run."""
        served = [t for t, status in self.log if status == 200]
        refused = self.refused
        steady = [t for t in served if started + self.window <= t < ended]
        windows = (ended - started - self.window) / self.window
        share = len(steady) / (self.limit * windows) if windows > 0 else 0.0
        return len(served), refused, share
