"""Lifecycle misuse ends in a typed error with nothing sent: closed, copied, forked, a 2nd loop.

One loopback server answers `GET /releases/{id}` with a release of that very id and keeps every
path it got, so each test reads what reached it and a child of `os.fork()` that reads another
process's answer is caught by the id. Children report through pipes, and every wait is bounded.
"""

from __future__ import annotations

import asyncio
import copy
import inspect
import json
import os
import pickle
import select
import signal
import threading
import time
from collections.abc import Callable, Coroutine, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from bodies import release
from fault_server import Quiet

from conftest import FAKE_TOKEN, USER_AGENT
from discogs_api_client.api.database import get_artist_releases, get_release
from discogs_openapi import (
    AsyncDiscogs,
    ClientClosedError,
    ClientEventLoopError,
    ClientUsageError,
    Discogs,
    download_export,
    download_export_async,
    upload_inventory,
    upload_inventory_async,
)
from replay_server import serve

Client = Discogs | AsyncDiscogs
CHILDREN = 6
CALLS_PER_CHILD = 3
FORK_DEADLINE = 60.0  # seconds for all children to report; each call also has a 5 s timeout


class EchoIds(Quiet):
    """Answers `/releases/{id}` with that id after a short pause; 404 for anything else."""

    def __init__(self) -> None:
        super().__init__()
        self.paths: list[str] = []

    async def respond(self, scope: dict[str, Any], receive: Any, send: Any) -> None:
        self.paths.append(scope["path"])
        head, _, last = scope["path"].rpartition("/")
        found = head == "/releases" and last.isdigit()
        # The pause keeps requests that share one connection in flight together.
        await asyncio.sleep(0.005)
        body = release(id=int(last), title="T", resource_url="u", uri="u") if found else {}
        start = {"type": "http.response.start", "status": 200 if found else 404}
        headers = [(b"content-type", b"application/json")]
        await send(start | {"headers": headers})
        await send({"type": "http.response.body", "body": json.dumps(body).encode()})

    def count(self) -> int:
        """Requests that reached the server, once none is still being answered."""
        self.wait_quiet()
        return len(self.paths)


@pytest.fixture(scope="module")
def echo() -> Iterator[tuple[str, EchoIds]]:
    app = EchoIds()
    with serve(app) as url:
        yield url, app


def _client(kind: type[Client], url: str, **settings: Any) -> Client:
    return kind(USER_AGENT, token=FAKE_TOKEN, base_url=url, timeout=5.0, **settings)


async def _done(result: Any) -> Any:
    """The result of a call of either client: awaited when it is awaitable."""
    return await result if inspect.isawaitable(result) else result


def _release(client: Client, release_id: int) -> Any:
    if isinstance(client, AsyncDiscogs):
        return get_release.asyncio(release_id, client=client)
    return get_release.sync(release_id, client=client)


async def _enter(client: Client) -> None:
    await _done(client.__aenter__() if isinstance(client, AsyncDiscogs) else client.__enter__())


async def _exit(client: Client) -> None:
    exit = client.__aexit__ if isinstance(client, AsyncDiscogs) else client.__exit__
    await _done(exit(None, None, None))


async def _close(client: Client) -> None:
    await _done(client.aclose() if isinstance(client, AsyncDiscogs) else client.close())


def _no_secret(error: BaseException) -> None:
    """The error, and every error in its chain, names no credential."""
    seen: BaseException | None = error
    while seen is not None:
        assert FAKE_TOKEN not in f"{seen} {seen!r}"
        seen = seen.__cause__ or seen.__context__


def _misuses(client: Client, folder: Path) -> dict[str, Callable[[], Any]]:
    """Every way of sending through a client, the files helpers and paginate included."""
    rows = folder / "listings.csv"
    rows.write_text("release_id,price,media_condition\n1,9.99,Mint (M)\n", encoding="utf-8")
    sync = not isinstance(client, AsyncDiscogs)
    operation = get_release.sync if sync else get_release.asyncio
    http: Any = client.get_httpx_client if sync else client.get_async_httpx_client
    first = next if sync else anext
    download: Any = download_export if sync else download_export_async
    upload: Any = upload_inventory if sync else upload_inventory_async
    return {
        "operation": lambda: operation(8, client=client),
        "httpx client": lambda: http().get("/releases/8"),
        "paginate": lambda: first(client.paginate(get_artist_releases, artist_id=1)),
        "download_export": lambda: download(client, 1, folder),
        "upload_inventory": lambda: upload(client, "add", rows),
        "with": client.__enter__ if sync else client.__aenter__,
    }


# --- closed -----------------------------------------------------------------------------------


@pytest.mark.parametrize("kind", [Discogs, AsyncDiscogs])
async def test_a_closed_client_sends_nothing(
    kind: type[Client], echo: tuple[str, EchoIds], tmp_path: Path
) -> None:
    url, app = echo
    client = _client(kind, url)
    await _enter(client)
    assert (await _done(_release(client, 7))).id == 7
    await _exit(client)
    before = app.count()
    name = kind.__name__
    for what, misuse in _misuses(client, tmp_path).items():
        with pytest.raises(ClientClosedError, match=rf"Create a new {name}\(") as caught:
            await _done(misuse())
        assert isinstance(caught.value, RuntimeError), what
        _no_secret(caught.value)
    await _close(client)  # closing again is fine
    assert app.count() == before
    assert [p.name for p in tmp_path.iterdir()] == ["listings.csv"]  # no partial download


@pytest.mark.parametrize("kind", [Discogs, AsyncDiscogs])
async def test_with_after_a_request_works_and_closes_at_its_end(
    kind: type[Client], echo: tuple[str, EchoIds]
) -> None:
    url, app = echo
    client = _client(kind, url)
    before = app.count()
    assert (await _done(_release(client, 11))).id == 11
    await _enter(client)  # httpx refuses to open a client that has sent a request
    assert (await _done(_release(client, 12))).id == 12
    await _exit(client)
    with pytest.raises(ClientClosedError):
        await _done(_release(client, 13))
    assert app.paths[before:] == ["/releases/11", "/releases/12"]


# --- copies, pickles, reconfiguring ---------------------------------------------------------


@pytest.mark.parametrize("kind", [Discogs, AsyncDiscogs])
@pytest.mark.parametrize("duplicate", [copy.copy, copy.deepcopy, pickle.dumps])
async def test_a_client_is_not_copied_or_pickled(
    kind: type[Client], duplicate: Callable[[Any], Any], echo: tuple[str, EchoIds]
) -> None:
    url, app = echo
    client = _client(kind, url)
    with pytest.raises(ClientUsageError, match="cannot be copied or pickled") as caught:
        duplicate(client)
    assert isinstance(caught.value, TypeError)
    _no_secret(caught.value)
    before = app.count()
    assert (await _done(_release(client, 21))).id == 21  # the original is untouched
    await _close(client)
    assert app.paths[before:] == ["/releases/21"]


@pytest.mark.parametrize("kind", [Discogs, AsyncDiscogs])
def test_reconfiguring_or_the_other_kinds_functions_are_usage_errors(
    kind: type[Client], echo: tuple[str, EchoIds]
) -> None:
    url, app = echo
    client = _client(kind, url)
    misuses: list[Callable[[], Any]] = [
        lambda: client.with_headers({"X-A": "b"}),
        lambda: client.with_cookies({"a": "b"}),
        lambda: client.with_timeout(httpx.Timeout(1.0)),
    ]
    if isinstance(client, AsyncDiscogs):
        misuses += [client.get_httpx_client, client.__enter__]
    else:
        misuses += [client.get_async_httpx_client, lambda: asyncio.run(client.__aenter__())]
    before = app.count()
    for misuse in misuses:
        with pytest.raises(ClientUsageError, match=kind.__name__) as caught:
            misuse()
        _no_secret(caught.value)
    assert app.count() == before


# --- event loops ------------------------------------------------------------------------------


class _LoopThread:
    """An event loop running in a thread, as a server's would: it outlives each call."""

    def __enter__(self) -> _LoopThread:
        self.loop = asyncio.new_event_loop()
        self._thread = threading.Thread(target=self.loop.run_forever, daemon=True)
        self._thread.start()
        return self

    def run(self, coroutine: Coroutine[Any, Any, Any]) -> Any:
        return asyncio.run_coroutine_threadsafe(coroutine, self.loop).result(timeout=30)

    def __exit__(self, *args: object) -> None:
        self.loop.call_soon_threadsafe(self.loop.stop)
        self._thread.join(timeout=10)
        self.loop.close()


def test_an_async_client_refuses_a_second_event_loop(echo: tuple[str, EchoIds]) -> None:
    url, app = echo
    client = _client(AsyncDiscogs, url)  # made outside any loop: the first to use it owns it
    with _LoopThread() as first:
        assert first.run(get_release.asyncio(31, client=client)).id == 31
        before = app.count()

        async def enter() -> None:
            async with client:
                pass

        for misuse in (lambda: get_release.asyncio(32, client=client), enter):
            with pytest.raises(ClientEventLoopError, match="one AsyncDiscogs per event loop") as e:
                asyncio.run(misuse())
            assert isinstance(e.value, RuntimeError)
            _no_secret(e.value)
        assert app.count() == before
        assert first.run(get_release.asyncio(33, client=client)).id == 33  # still fine there
        first.run(client.aclose())
    assert app.paths[before:] == ["/releases/33"]


def test_aclose_in_another_loop_says_so_and_marks_the_client_closed(
    echo: tuple[str, EchoIds],
) -> None:
    url, app = echo
    client = _client(AsyncDiscogs, url)
    with _LoopThread() as first:
        assert first.run(get_release.asyncio(41, client=client)).id == 41
        with pytest.raises(ClientEventLoopError, match="cannot be closed from this one"):
            asyncio.run(client.aclose())
        with pytest.raises(ClientClosedError):
            first.run(get_release.asyncio(42, client=client))
        first.run(client.get_async_httpx_client().aclose())  # the test's own clean-up
    assert app.paths[-1] == "/releases/41"


# --- os.fork() --------------------------------------------------------------------------------


def _fork_children(child: Callable[[int], object]) -> list[object]:
    """Fork CHILDREN processes, released together; each reports `child(index)` as JSON.

    A child never returns into pytest (`os._exit`); one that has not reported by the deadline
    reports None and is killed.
    """
    go_read, go_write = os.pipe()
    children: list[tuple[int, int]] = []
    try:
        for index in range(CHILDREN):
            report_read, report_write = os.pipe()
            pid = os.fork()
            if pid == 0:
                try:
                    select.select([go_read], [], [], FORK_DEADLINE)
                    try:
                        result: object = child(index)
                    except BaseException as error:
                        result = f"crashed: {type(error).__name__}: {error}"[:500]
                    os.write(report_write, json.dumps(result).encode()[:4000])
                finally:
                    os._exit(0)
            os.close(report_write)
            children.append((pid, report_read))
        os.write(go_write, b"g" * CHILDREN)
        deadline = time.monotonic() + FORK_DEADLINE
        return [_report(pipe, deadline) for _, pipe in children]
    finally:
        for pid, pipe in children:
            os.close(pipe)
            _reap(pid)
        os.close(go_read)
        os.close(go_write)


def _report(pipe: int, deadline: float) -> object:
    data = b""
    while (left := deadline - time.monotonic()) > 0 and select.select([pipe], [], [], left)[0]:
        chunk = os.read(pipe, 4096)
        if not chunk:
            break
        data += chunk
    try:
        return json.loads(data) if data else None
    except ValueError:
        return data.decode(errors="replace")


def _reap(pid: int) -> None:
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        if os.waitpid(pid, os.WNOHANG) != (0, 0):
            return
        time.sleep(0.01)
    os.kill(pid, signal.SIGKILL)
    os.waitpid(pid, 0)


def _outcome(call: Callable[[], Any], want: int | None = None) -> str:
    """What a call in a child came to: its own answer, another's, or an error's name."""
    try:
        result = call()
    except Exception as error:
        leak = " naming the token" if FAKE_TOKEN in f"{error!r} {error}" else ""
        return f"{type(error).__name__}{leak}"
    if want is None:
        return "ok"
    return "own answer" if result.id == want else f"another's answer ({result.id})"


@pytest.mark.parametrize("budget", ["memory", "sqlite"])
@pytest.mark.parametrize("kind", [Discogs, AsyncDiscogs])
def test_a_forked_child_sends_nothing_and_the_parent_keeps_working(
    kind: type[Client], budget: str, echo: tuple[str, EchoIds], tmp_path: Path
) -> None:
    """Children of a client with a keep-alive connection (and the budget's file lock) refuse."""
    url, app = echo
    path = str(tmp_path / "budget.sqlite") if budget == "sqlite" else None
    client = _client(kind, url, rate_limit=1000, rate_limit_window=1.0, rate_limit_path=path)
    with _LoopThread() as parent:

        def run(client: Client, call: Any) -> Any:
            if not isinstance(client, AsyncDiscogs):
                return call
            return parent.run(call)

        assert run(client, _release(client, 1)).id == 1  # a keep-alive connection in the pool
        before = app.count()

        def child(index: int) -> dict[str, object]:
            def own(call: Any) -> Any:  # a fresh loop: the parent's is not running here
                if not isinstance(client, AsyncDiscogs):
                    return call
                return asyncio.run(asyncio.wait_for(call, 10))

            wants = [1000 * (index + 1) + n for n in range(CALLS_PER_CHILD)]
            return {
                "calls": [_outcome(lambda w=w: own(_release(client, w)), w) for w in wants],
                "rate_limit": _outcome(lambda: client.rate_limit),
                "close": _outcome(lambda: asyncio.run(_close(client))),
            }

        reports = _fork_children(child)
        refused = ["ClientForkedError"] * CALLS_PER_CHILD
        assert (
            reports
            == [{"calls": refused, "rate_limit": "ClientForkedError", "close": "ok"}] * CHILDREN
        )
        assert app.count() == before  # no child sent anything
        assert run(client, _release(client, 2)).id == 2  # the parent's client keeps working
        assert client.rate_limit is not None
        parent.run(_close(client))
    assert app.paths[before:] == ["/releases/2"]
