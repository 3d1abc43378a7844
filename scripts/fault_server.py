"""A loopback server with scripted faults, for the reliability tests: one fault, then recovery.

`Faults(fault, ok)` answers the first request with `fault` and every later one with `ok`
(permanent faults answer every request); it counts what reached it. `reset` scripts another fault,
so one server serves many tests. Faults: 429 with and without `Retry-After` and an endless storm
of them, 500/502/503/504, a stall longer than the client's read timeout, a connection reset
mid-body, an HTML maintenance page with 503 or 200, truncated JSON, an empty 200, a body missing a
required field, a wrong Content-Type, a slow trickle, and a redirect to another origin
(`redirect_to`; pass the same server under another name). Hostile answers: a body labelled gzip
that is not, a gzip bomb (the call's answer padded with `bomb` spaces, gzipped), 10 KB of nested
JSON arrays (with 200 and 404), redirect loops (302 and 307, back to the same path), a
`Location` that is no URL, and a body dripping in for `drip` seconds, each piece within a read
timeout, and rate-limit headers that are nonsense (`²`) or absurd (200 million).
"""

from __future__ import annotations

import asyncio
import gzip
import time
from typing import Any

TRICKLE_PIECES = 8
DRIP_PIECES = 10
HTML = b"<html><body><h1>Discogs is down for maintenance</h1></body></html>"
JSON = "application/json"
NESTED = b"[" * 5000 + b"]" * 5000  # deeper than Python's recursion limit
GZIP = (b"content-encoding", b"gzip")
# (status, content type, body, permanent); "stall", "reset", "trickle", the redirects and the
# gzip answers built from the call's own answer are handled specially.
FAULTS: dict[str, tuple[int, str, bytes, bool]] = {
    "429": (429, JSON, b'{"message": "You are making requests too quickly."}', False),
    "429-no-retry-after": (
        429,
        JSON,
        b'{"message": "You are making requests too quickly."}',
        False,
    ),
    # Every attempt answered 429 (Retry-After: 0): the client must give up, not loop.
    "429-storm": (429, JSON, b'{"message": "You are making requests too quickly."}', True),
    "500": (500, JSON, b'{"message": "An internal server error occurred."}', False),
    "502": (502, "text/html", b"<html>Bad Gateway</html>", False),
    "503": (503, JSON, b'{"message": "Service unavailable."}', False),
    "504": (504, "text/html", b"<html>Gateway Timeout</html>", False),
    "stall": (0, JSON, b"", False),
    "reset": (0, JSON, b"", False),
    "trickle": (0, JSON, b"", False),
    "html-503": (503, "text/html", HTML, True),
    "html-200": (200, "text/html", HTML, True),
    "truncated": (200, JSON, b'{"id": 1, "title": "Stockh', True),
    "empty": (200, JSON, b"", True),
    "missing-field": (200, JSON, b'{"title": "no id here"}', True),
    "wrong-type": (200, "text/plain", b"", True),
    "redirect": (307, JSON, b"", False),
    "gzip-mismatch": (200, JSON, b"", True),
    "gzip-mismatch-404": (404, JSON, b'{"message": "Release not found."}', True),
    "gzip-bomb": (200, JSON, b"", True),
    "nested": (200, JSON, NESTED, True),
    "nested-404": (404, JSON, NESTED, True),
    "redirect-loop-302": (302, JSON, b"", True),
    "redirect-loop-307": (307, JSON, b"", True),
    "bad-location": (302, JSON, b"", True),
    # The call's own answer, its body a piece at a time, each within the read timeout but the
    # whole longer than the call's deadline.
    "drip": (0, JSON, b"", True),
    # The call's own answer with rate-limit headers that are nonsense or absurdly large.
    "ratelimit-odd": (0, JSON, b"", True),
    "ratelimit-huge": (0, JSON, b"", True),
}
# Headers a fault's answer always carries.
HEADERS: dict[str, list[tuple[bytes, bytes]]] = {
    "429": [(b"retry-after", b"0")],
    "429-storm": [(b"retry-after", b"0")],
    "gzip-mismatch-404": [GZIP],
    "bad-location": [(b"location", b"http://[::1")],
    "ratelimit-odd": [
        (b"x-discogs-ratelimit", "²".encode()),
        (b"x-discogs-ratelimit-remaining", "٣".encode()),
    ],
    "ratelimit-huge": [
        (b"x-discogs-ratelimit", b"200000000"),
        (b"x-discogs-ratelimit-remaining", b"0"),
    ],
}


class Quiet:
    """An ASGI app that knows how many requests it is answering, so a test can wait for none.

    A module shares one server between its tests: a late request of the previous test must not
    count in the next one, nor be answered with the next one's script.
    """

    def __init__(self) -> None:
        self.active = 0  # requests being answered now

    async def __call__(self, scope: dict[str, Any], receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            return
        self.active += 1
        try:
            await self.respond(scope, receive, send)
        finally:
            self.active -= 1

    async def respond(self, scope: dict[str, Any], receive: Any, send: Any) -> None:
        raise NotImplementedError

    def wait_quiet(self, timeout: float = 5.0) -> None:
        """Return once no request is being answered; `RuntimeError` after `timeout` seconds."""
        deadline = time.monotonic() + timeout
        while self.active:
            if time.monotonic() > deadline:
                raise RuntimeError(f"requests still being answered after {timeout} s")
            time.sleep(0.002)


class Faults(Quiet):
    """Answers with `fault` first (or always, for permanent ones), then `ok`.

    `stall` is how long a stalled answer is held (unless the client hangs up first); a trickled
    body arrives in `TRICKLE_PIECES` pieces spread over `trickle` seconds.
    """

    def __init__(
        self,
        fault: str,
        ok: tuple[int, str, bytes],
        stall: float = 1.0,
        ok_headers: dict[str, str] | None = None,
        redirect_to: str = "",
        trickle: float = 0.1,
        bomb: int = 1 << 20,
        drip: float = 2.0,
    ) -> None:
        self.redirect_to = redirect_to
        self.drip = drip
        self.stall = stall
        self.bomb = bomb
        super().__init__()
        self.reset(fault, ok, ok_headers=ok_headers, trickle=trickle)

    def reset(
        self,
        fault: str,
        ok: tuple[int, str, bytes],
        *,
        ok_headers: dict[str, str] | None = None,
        trickle: float = 0.1,
        timeout: float = 5.0,
    ) -> None:
        """Script the next fault and answer, counts cleared, once no request is being answered."""
        self.wait_quiet(timeout)
        self.fault = fault
        self.ok = ok
        self.extra = [(k.encode(), v.encode()) for k, v in (ok_headers or {}).items()]
        self.trickle = trickle
        self.authorizations: list[str | None] = []
        self.methods: list[str] = []
        self.count = 0

    async def respond(self, scope: dict[str, Any], receive: Any, send: Any) -> None:
        while (await receive()).get("more_body"):
            pass
        self.count += 1
        headers = {k.decode().lower(): v.decode() for k, v in scope["headers"]}
        self.authorizations.append(headers.get("authorization"))
        self.methods.append(scope["method"])
        status, kind, body, permanent = FAULTS[self.fault]
        if self.count > 1 and not permanent:
            status, kind, body = self.ok
            await _answer(send, status, kind, body, extra=self.extra)
            return
        if permanent and status == 200:
            # A bad body comes with the success status of the call (a 204 carries none).
            status = self.ok[0]
            body = b"" if status == 204 else body
        if self.fault == "redirect":
            location = (self.redirect_to + scope["path"]).encode()
            await _answer(send, 307, JSON, b"", extra=[(b"location", location)])
        elif self.fault.startswith("redirect-loop"):
            await _answer(send, status, JSON, b"", extra=[(b"location", scope["path"].encode())])
        elif self.fault in ("gzip-mismatch", "gzip-bomb"):
            # The call's own answer and headers, labelled gzip: not gzip at all, or a bomb.
            ok, kind, body = self.ok
            if self.fault == "gzip-bomb":
                body = gzip.compress(body + b" " * self.bomb)
            body = b"" if ok == 204 else body or b"not gzip"
            await _answer(send, ok, kind, body, extra=[*self.extra, GZIP])
        elif self.fault == "wrong-type":
            await _answer(send, self.ok[0], "text/plain", self.ok[2], extra=self.extra)
        elif self.fault == "stall":
            # The client's read timeout closes the connection: the answer is not sent then, and
            # the stall ends with it rather than outlasting the test.
            if not await _hung_up_within(receive, self.stall):
                await _answer(send, *self.ok, extra=self.extra)
        elif self.fault == "reset":
            headers = [(b"content-type", self.ok[1].encode()), (b"content-length", b"1000")]
            await send({"type": "http.response.start", "status": 200, "headers": headers})
            await send({"type": "http.response.body", "body": b'{"id": 1, ', "more_body": True})
            raise ConnectionResetError("the fault server drops the connection mid-body")
        elif self.fault == "trickle":
            await _answer(send, *self.ok, trickle=self.trickle, extra=self.extra)
        elif self.fault.startswith("ratelimit-"):
            await _answer(send, *self.ok, extra=[*self.extra, *HEADERS[self.fault]])
        elif self.fault == "drip":
            await _answer(send, *self.ok, trickle=self.drip, pieces=DRIP_PIECES, extra=self.extra)
        else:
            await _answer(send, status, kind, body, extra=HEADERS.get(self.fault, []))


async def _hung_up_within(receive: Any, seconds: float) -> bool:
    """Whether the client closes the connection within `seconds` (its body is read already)."""

    async def hang_up() -> None:
        while (await receive())["type"] != "http.disconnect":
            pass

    try:
        await asyncio.wait_for(hang_up(), seconds)
    except TimeoutError:
        return False
    return True


async def _answer(
    send: Any,
    status: int,
    kind: str,
    body: bytes,
    *,
    trickle: float = 0.0,
    pieces: int = TRICKLE_PIECES,
    extra: list[tuple[bytes, bytes]] | None = None,
) -> None:
    """Send an answer; with `trickle` > 0, its body in `pieces` spread over that many seconds."""
    headers = [(b"content-type", kind.encode()), *(extra or [])]
    await send({"type": "http.response.start", "status": status, "headers": headers})
    if not trickle:
        await send({"type": "http.response.body", "body": body})
        return
    size = -(-len(body) // pieces)  # ceiling division: `pieces` pieces at most
    for index in range(0, len(body), size or 1):
        await asyncio.sleep(trickle / pieces)
        await send(
            {"type": "http.response.body", "body": body[index : index + size], "more_body": True}
        )
    await send({"type": "http.response.body", "body": b""})
