"""A loopback TCP proxy whose new connections are slow to reach the server, as over TLS.

A request on a fresh connection reaches the server `delay` seconds after it was sent, while a
request on a connection already open goes straight through: what a TLS handshake (or a long
route) does to the first request of each connection. The throttle tests put it between a client
and a server that counts arrivals on its own clock. `drop` connections forward the request but
hang up instead of passing the answer back: the request arrived, yet the client sees it fail.

    with slow_proxy(server_url, delay=0.4) as (url, proxy): ...   # url: the proxy's http://...
"""

from __future__ import annotations

import asyncio
import contextlib
import threading
from collections.abc import Iterator
from urllib.parse import urlsplit

__all__ = ["SlowProxy", "slow_proxy"]

_CHUNK = 65536


class SlowProxy:
    """Forwards each connection to `upstream` (host, port) once its delay has passed.

    `slow` is how many of the first connections are delayed (all when None); `drop` how many of
    the first connections get their answers dropped. `connections` counts those accepted.
    """

    def __init__(
        self, upstream: tuple[str, int], delay: float, *, slow: int | None = None, drop: int = 0
    ) -> None:
        self.upstream = upstream
        self.delay = delay
        self.slow = slow
        self.drop = drop
        self.connections = 0

    async def handle(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        index = self.connections
        self.connections += 1
        try:
            if self.slow is None or index < self.slow:
                await asyncio.sleep(self.delay)
            up_reader, up_writer = await asyncio.open_connection(*self.upstream)
        except (OSError, asyncio.CancelledError):
            writer.close()
            return
        await asyncio.gather(
            _pipe(reader, up_writer), _pipe(up_reader, writer, drop=index < self.drop)
        )


async def _pipe(
    reader: asyncio.StreamReader, writer: asyncio.StreamWriter, *, drop: bool = False
) -> None:
    """Copy until end of input (or, with `drop`, until the first bytes, which are not passed)."""
    try:
        while data := await reader.read(_CHUNK):
            if drop:
                break
            writer.write(data)
            await writer.drain()
    except (OSError, asyncio.CancelledError):
        pass
    finally:
        writer.close()


@contextlib.contextmanager
def slow_proxy(
    upstream_url: str, delay: float, *, slow: int | None = None, drop: int = 0
) -> Iterator[tuple[str, SlowProxy]]:
    """Serve a `SlowProxy` to `upstream_url` on 127.0.0.1 in a thread; yields its URL and it."""
    parts = urlsplit(upstream_url)
    upstream = (parts.hostname or "127.0.0.1", parts.port or 80)
    proxy = SlowProxy(upstream, delay, slow=slow, drop=drop)
    loop = asyncio.new_event_loop()
    tasks: set[asyncio.Task[None]] = set()

    async def accept(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        task = asyncio.current_task()
        assert task is not None
        tasks.add(task)
        try:
            await proxy.handle(reader, writer)
        except asyncio.CancelledError:
            writer.close()  # the proxy is stopping
        finally:
            tasks.discard(task)

    # The loop runs in its own thread from the start: the caller's thread may run a loop already.
    thread = threading.Thread(target=loop.run_forever, name="slow-proxy", daemon=True)
    thread.start()
    starting = asyncio.start_server(accept, "127.0.0.1", 0)
    server = asyncio.run_coroutine_threadsafe(starting, loop).result(timeout=10)
    port = server.sockets[0].getsockname()[1]

    async def stop() -> None:
        server.close()
        for task in list(tasks):
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)

    try:
        yield f"http://127.0.0.1:{port}", proxy
    finally:
        asyncio.run_coroutine_threadsafe(stop(), loop).result(timeout=10)
        loop.call_soon_threadsafe(loop.stop)
        thread.join(timeout=10)
        loop.close()
