"""The fault matrix: each fault x each kind of call ends in a retry that succeeds or a typed error.

The fault server counts the attempts that reached it and their methods; no POST is ever sent
twice for a failure, and a write at most twice for a redirect; nothing but a `DiscogsError`
reaches the caller. One server serves the module, scripted afresh for each cell.
"""

from __future__ import annotations

import io
import tempfile
from collections.abc import Awaitable, Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from bodies import release_json
from fault_server import FAULTS, Faults

from conftest import FAKE_TOKEN, USER_AGENT
from discogs_api_client.api.database import (
    delete_release_user_rating,
    get_release,
    update_release_user_rating,
)
from discogs_api_client.api.marketplace import create_listing
from discogs_api_client.models import ListingFields, ReleaseRatingUpdate
from discogs_openapi import (
    AsyncDiscogs,
    BodyTooLargeError,
    DeadlineExceededError,
    DecodeError,
    Discogs,
    DiscogsError,
    DownloadError,
    NetworkError,
    NotFoundError,
    RateLimitError,
    RedirectError,
    RedirectRefusedError,
    RetryPolicy,
    ServerError,
    TooManyRedirectsError,
    download_export,
    download_export_async,
    upload_inventory,
    upload_inventory_async,
)
from replay_server import serve

TIMEOUT = 0.3  # the client's; a stall outlasts it
# A 429 books the whole throttle window as spent: a short one keeps each wait short.
WINDOW = 0.02
POLICY = RetryPolicy(
    attempts=2,
    backoff=0.01,
    max_backoff=0.02,
    rate_limit_wait=0.01,
    rate_limit_attempts=3,
    max_wait=2,
)
# Low, so the fault server's gzip bomb (1 MiB of padding once decoded) is over it.
MAX_BODY_SIZE = 64 * 1024
# The call's total deadline: a body dripping in for DRIP seconds outlasts it, piece by piece
# within the read timeout.
DEADLINE = 1.2
DRIP = 2.0
READ_REDIRECTS = 5  # redirect.MAX_READ_REDIRECTS: a GET in a redirect loop sends 6 requests
RELEASE = release_json()
RATING = b'{"username": "memory", "release_id": 1, "rating": 5}'
CREATED = b'{"listing_id": 7, "resource_url": "https://api.discogs.com/marketplace/listings/7"}'
LISTING = ListingFields(release_id=1, condition="Mint (M)", price=9.5, status="For Sale")

CSV = b"release_id,price,media_condition\n1,9.50,Mint (M)\n"
EXPORT = b"listing_id,release_id,price\n7,1,9.5\n" * 50
LOCATION = {"Location": "https://api.discogs.com/inventory/upload/599632"}


def _download(client: Any) -> Any:
    with tempfile.TemporaryDirectory() as folder:
        target = Path(folder) / "export.csv"
        try:
            return download_export(client, 599632, target)
        finally:
            # Whatever happened, nothing is left under the final name unless it all arrived
            # (a streamed download is not capped: a gzip bomb's padding is saved with it).
            assert not target.exists() or target.read_bytes().rstrip(b" ") == EXPORT


# kind: (the call, the OK answer, whether it is safe to repeat)
KINDS: dict[str, tuple[Callable[[Any], Any], tuple[int, str, bytes], bool]] = {
    "GET": (lambda c: get_release.sync(1, client=c), (200, "application/json", RELEASE), True),
    "PUT": (
        lambda c: update_release_user_rating.sync(
            1, "memory", client=c, body=ReleaseRatingUpdate(rating=5)
        ),
        (200, "application/json", RATING),
        True,
    ),
    "DELETE": (
        lambda c: delete_release_user_rating.sync(1, "memory", client=c),
        (204, "application/json", b""),
        True,
    ),
    "POST": (
        lambda c: create_listing.sync(client=c, body=LISTING),
        (201, "application/json", CREATED),
        False,
    ),
    "UPLOAD": (
        lambda c: upload_inventory(c, "add", io.BytesIO(CSV)),
        (200, "application/json", b""),
        False,
    ),
    "DOWNLOAD": (_download, (200, "text/csv", EXPORT), True),
}
METHODS = {"GET": "GET", "PUT": "PUT", "DELETE": "DELETE", "POST": "POST", "UPLOAD": "POST"}
RETRIED = {"429", "429-no-retry-after", "500", "502", "503", "504", "stall", "reset"}
BAD_BODY = {"html-200", "truncated", "empty", "missing-field", "nested", "gzip-mismatch"}


def expected(fault: str, kind: str) -> tuple[type[DiscogsError] | None, int]:
    """(the error, or None for success; the attempts that reach the server)."""
    _, _, idempotent = KINDS[kind]
    if fault in ("429", "429-no-retry-after"):
        return None, 2  # the request was not processed: sent again whatever the method
    if fault == "429-storm":
        return RateLimitError, POLICY.rate_limit_attempts  # bounded, never an endless loop
    if fault == "redirect":
        # Followed for GET (without credentials); a write is never re-sent to another host.
        return (None, 2) if kind in ("GET", "DOWNLOAD") else (RedirectRefusedError, 1)
    if fault.startswith("redirect-loop"):
        # A read follows READ_REDIRECTS redirects, a write one: never an endless loop.
        return TooManyRedirectsError, READ_REDIRECTS + 1 if kind in ("GET", "DOWNLOAD") else 2
    if fault == "bad-location":
        return RedirectError, 1
    if fault == "drip":
        # The deadline cuts a body read whole, never retried; a 204 has none, an upload's answer
        # is empty, and a streamed download has the per-read timeout only (documented).
        return (DeadlineExceededError, 1) if kind in ("GET", "PUT", "POST") else (None, 1)
    if fault in ("nested-404", "gzip-mismatch-404"):
        return NotFoundError, 1  # the status's error, whatever its body
    if fault == "reset" and kind == "DOWNLOAD":
        return DownloadError, 1  # a stream cut mid-body is not replayed; no file is left
    if fault == "gzip-mismatch" and kind == "DOWNLOAD":
        return DownloadError, 1  # the stream does not decode: no file is left
    if fault == "gzip-bomb" and kind not in ("DELETE", "DOWNLOAD"):
        return BodyTooLargeError, 1  # a streamed download goes to disk, not into memory
    if fault in RETRIED:
        if idempotent:
            return None, 2
        return (NetworkError if fault in ("stall", "reset") else ServerError), 1
    if fault == "html-503":
        return ServerError, 2 if idempotent else 1
    if fault in BAD_BODY and kind != "DELETE":
        return DecodeError, 1
    if fault == "wrong-type" and kind == "DOWNLOAD":
        return DecodeError, 1  # a CSV download insists on text/csv
    return None, 1  # trickle, wrong-type, and bodies a 204 never reads


def methods(fault: str, kind: str, attempts: int) -> list[str]:
    """The methods the server sees: the call's own, but GET after a write's 302."""
    method = METHODS.get(kind, "GET")
    if fault == "redirect-loop-302" and kind not in ("GET", "DOWNLOAD"):
        return [method, "GET"]  # 302 (and 303) become GET without the body, as httpx does
    return [method] * attempts


CELLS = [(fault, kind) for fault in FAULTS for kind in KINDS]


def _settings(url: str) -> dict[str, Any]:
    """What every cell's client is made with, sync or asyncio."""
    return {
        "token": FAKE_TOKEN,
        "base_url": url,
        "retry": POLICY,
        "timeout": TIMEOUT,
        "rate_limit_window": WINDOW,
        "max_body_size": MAX_BODY_SIZE,
        "deadline": DEADLINE,
    }


def _client(url: str) -> Discogs:
    return Discogs(USER_AGENT, **_settings(url))


@pytest.fixture(scope="module")
def server() -> Iterator[tuple[Faults, str]]:
    """The module's fault server and its URL; each cell scripts it with `_script`."""
    app = Faults("500", KINDS["GET"][1], stall=2 * TIMEOUT, drip=DRIP)
    with serve(app) as url:
        app.redirect_to = url.replace("127.0.0.1", "localhost")
        yield app, url


def _script(server: tuple[Faults, str], fault: str, kind: str) -> tuple[Faults, str]:
    """Script the server for one cell: fault, answer and counts reset, the last cell's done."""
    app, url = server
    # The export trickles for longer than the read timeout, as a slow one does: the timeout
    # bounds each read, not the whole body. Smaller bodies trickle briefly.
    trickle = 1.2 * TIMEOUT if kind == "DOWNLOAD" else 0.04
    headers = LOCATION if kind == "UPLOAD" else None
    app.reset(fault, KINDS[kind][1], ok_headers=headers, trickle=trickle)
    return app, url


@pytest.mark.parametrize(("fault", "kind"), CELLS, ids=[f"{f}-{k}" for f, k in CELLS])
def test_fault_matrix(server: tuple[Faults, str], fault: str, kind: str) -> None:
    call, _, _ = KINDS[kind]
    app, url = _script(server, fault, kind)
    error, attempts = expected(fault, kind)
    with _client(url) as client:
        if error is None:
            call(client)
        else:
            with pytest.raises(error):
                call(client)
    assert app.count == attempts
    assert app.methods == methods(fault, kind, attempts)
    if fault == "redirect" and attempts == 2:
        assert app.authorizations[1] is None  # no credentials for the other host


async def _download_async(client: Any) -> Any:
    with tempfile.TemporaryDirectory() as folder:
        target = Path(folder) / "export.csv"
        try:
            return await download_export_async(client, 599632, target)
        finally:
            assert not target.exists() or target.read_bytes().rstrip(b" ") == EXPORT


ASYNC_CALLS: dict[str, Callable[[Any], Awaitable[Any]]] = {
    "GET": lambda c: get_release.asyncio(1, client=c),
    "PUT": lambda c: update_release_user_rating.asyncio(
        1, "memory", client=c, body=ReleaseRatingUpdate(rating=5)
    ),
    "DELETE": lambda c: delete_release_user_rating.asyncio(1, "memory", client=c),
    "POST": lambda c: create_listing.asyncio(client=c, body=LISTING),
    "UPLOAD": lambda c: upload_inventory_async(c, "add", io.BytesIO(CSV)),
    "DOWNLOAD": _download_async,
}


@pytest.mark.parametrize(("fault", "kind"), CELLS, ids=[f"{f}-{k}" for f, k in CELLS])
async def test_fault_matrix_async(server: tuple[Faults, str], fault: str, kind: str) -> None:
    app, url = _script(server, fault, kind)
    error, attempts = expected(fault, kind)
    async with AsyncDiscogs(USER_AGENT, **_settings(url)) as client:
        if error is None:
            await ASYNC_CALLS[kind](client)
        else:
            with pytest.raises(error):
                await ASYNC_CALLS[kind](client)
    assert app.count == attempts
    assert app.methods == methods(fault, kind, attempts)
    if fault == "redirect" and attempts == 2:
        assert app.authorizations[1] is None
