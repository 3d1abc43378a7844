"""Benchmarks 1 and 2: how much of Discogs' moving-window budget is used, and how many 429s.

1. Sequential calls for `--duration` seconds against a server enforcing `--limit` requests per
   `--window` seconds: this client (throttle on) beside python3-discogs-client, the peer.
2. Four processes (`--processes`) of this client sharing one budget through SQLite, then
   through Redis (when `redis-server` is installed), against one server. The same processes
   serve both runs, and each run starts once all of them are ready.

The share is the requests served after the first window over what the window allows. A scaled
window (default 60 per 3 s) keeps it short; `--real-window` runs 60 per 60 s for 3 minutes.
Exits non-zero when the requests served are not the calls the clients completed.

    python scripts/bench_throttle.py [--limit 60 --window 3 --duration 15] [--real-window]
"""

from __future__ import annotations

import argparse
import select
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

from window_server import WindowServer

from discogs_api_client.api.database import get_release
from discogs_openapi import Discogs, RetryPolicy
from replay_server import serve

AGENT = "discogs-openapi-bench/1.0 +https://example.com"
TOKEN = "bench-token"  # noqa: S105 (the local server checks no credentials)
STARTUP = 120.0  # seconds a worker may take to start, or to answer once its run is over

Run = tuple[float, float, int]
"""(started, until, calls completed) of one run."""


def ours(url: str, limit: int, window: float, until: float) -> int:
    """Call until `until`; the calls completed."""
    policy = RetryPolicy(rate_limit_wait=window)
    calls = 0
    with Discogs(
        AGENT, token=TOKEN, base_url=url, rate_limit=limit, rate_limit_window=window, retry=policy
    ) as client:
        while time.monotonic() < until:
            get_release.sync(249504, client=client)
            calls += 1
    return calls


def peer(url: str, until: float) -> int:
    import discogs_client  # python3-discogs-client

    client = discogs_client.Client(AGENT, user_token=TOKEN)
    client._base_url = url  # its one setting for the API's address
    calls = 0
    while time.monotonic() < until:
        client.release(249504).refresh()
        calls += 1
    return calls


def sequential(duration: float, calls: Callable[[float], int]) -> Run:
    started = time.monotonic()
    until = started + duration
    return started, until, calls(until)


class Workers:
    """Worker processes of benchmark 2, started once for all its runs.

    A line protocol on their stdin and stdout: "url store" -> "ready"; "until" -> calls made.
    """

    def __init__(self, count: int, limit: int, window: float) -> None:
        command = [sys.executable, __file__, "--worker", str(limit), str(window)]
        # Unbuffered: every line `select` reports is read whole, none waits in a buffer.
        self.processes = [
            subprocess.Popen(command, stdin=subprocess.PIPE, stdout=subprocess.PIPE, bufsize=0)  # noqa: S603
            for _ in range(count)
        ]

    def __enter__(self) -> Workers:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        for process in self.processes:
            if process.stdin is not None:
                process.stdin.close()  # end of input: the worker exits
        for process in self.processes:
            try:
                process.wait(timeout=STARTUP)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()

    def run(self, url: str, store: str, duration: float) -> Run:
        """All the workers call `url` sharing `store` for `duration` s, started together."""
        for process in self.processes:
            self._send(process, f"{url} {store}")
        # Started only once all are ready: one still starting would leave its share unspent.
        for process in self.processes:
            if self._receive(process, time.monotonic() + STARTUP) != "ready":
                raise SystemExit("a worker process did not start")
        started = time.monotonic()
        until = started + duration
        for process in self.processes:
            self._send(process, str(until))
        deadline = until + STARTUP
        return started, until, sum(int(self._receive(p, deadline)) for p in self.processes)

    @staticmethod
    def _send(process: subprocess.Popen[bytes], line: str) -> None:
        assert process.stdin is not None
        process.stdin.write(f"{line}\n".encode())

    @staticmethod
    def _receive(process: subprocess.Popen[bytes], deadline: float) -> str:
        assert process.stdout is not None
        ready, _, _ = select.select([process.stdout], [], [], max(0, deadline - time.monotonic()))
        line = process.stdout.readline().decode().strip() if ready else ""
        if not line:
            raise SystemExit(f"a worker process gave no answer (exit status {process.poll()})")
        return line


def worker(limit: str, window: str) -> None:
    """One process of benchmark 2: a run per "url store" line read, until stdin ends."""
    policy = RetryPolicy(rate_limit_wait=float(window))
    for line in sys.stdin:
        url, store = line.split()
        kind, _, where = store.partition("=")
        shared = {"rate_limit_path": where} if kind == "path" else {"rate_limit_url": where}
        calls = 0
        with Discogs(
            AGENT,
            token=TOKEN,
            base_url=url,
            rate_limit=int(limit),
            rate_limit_window=float(window),
            retry=policy,
            **shared,  # type: ignore[arg-type]
        ) as client:
            print("ready", flush=True)
            until = float(sys.stdin.readline())
            while time.monotonic() < until:
                get_release.sync(249504, client=client)
                calls += 1
        print(calls, flush=True)


def run(label: str, limit: int, window: float, work: Callable[[str], Run]) -> None:
    """Run `work` against a fresh window server and print its figures."""
    app = WindowServer(limit, window)
    with serve(app) as url:
        started, until, calls = work(url)
        ended = time.monotonic()
    served, refused, share = app.report(started, min(ended, until))
    # Every completed call is one request served: otherwise the figures count something else.
    if served != calls:
        raise SystemExit(f"{label}: {served} requests served, but {calls} calls completed")
    print(f"{label:<44} served {served:5d}   429s {refused:4d}   budget used {share:7.1%}")


def redis_server() -> tuple[subprocess.Popen[bytes], str] | None:
    binary = shutil.which("redis-server")
    if binary is None:
        return None
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    process = subprocess.Popen(  # noqa: S603
        [binary, "--port", str(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"],
        stdout=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 10
    while True:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=1).close()
            break
        except OSError:
            if process.poll() is not None or time.monotonic() > deadline:
                process.kill()
                process.wait()
                raise SystemExit("redis-server did not start") from None
            time.sleep(0.02)
    return process, f"redis://127.0.0.1:{port}/0"


def main() -> None:
    if len(sys.argv) > 1 and sys.argv[1] == "--worker":
        worker(*sys.argv[2:4])
        return
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=60)
    parser.add_argument("--window", type=float, default=3.0)
    parser.add_argument("--duration", type=float, default=15.0)
    parser.add_argument("--real-window", action="store_true", help="60 per 60 s for 3 minutes")
    parser.add_argument("--skip-peer", action="store_true")
    parser.add_argument("--processes", type=int, default=4, help="for benchmark 2")
    args = parser.parse_args()
    if args.real_window:
        args.limit, args.window, args.duration = 60, 60.0, 180.0
    limit, window, duration = args.limit, args.window, args.duration
    print(f"moving window: {limit} requests per {window:g} s, {duration:g} s of sequential calls")
    run(
        "1. discogs-openapi (throttled)",
        limit,
        window,
        lambda url: sequential(duration, lambda until: ours(url, limit, window, until)),
    )
    if not args.skip_peer:
        run(
            "1. python3-discogs-client (peer)",
            limit,
            window,
            lambda url: sequential(duration, lambda until: peer(url, until)),
        )
    shared = f"2. {args.processes} processes sharing"
    server = redis_server()
    try:
        with Workers(args.processes, limit, window) as workers, tempfile.TemporaryDirectory() as d:
            path = f"path={Path(d) / 'budget.sqlite'}"
            run(f"{shared} SQLite", limit, window, lambda url: workers.run(url, path, duration))
            if server is None:
                print(f"{shared} Redis: skipped, redis-server is not installed")
                return
            store = f"url={server[1]}"
            run(f"{shared} Redis", limit, window, lambda url: workers.run(url, store, duration))
    finally:
        if server is not None:
            server[0].terminate()
            server[0].wait(timeout=10)


if __name__ == "__main__":
    main()
