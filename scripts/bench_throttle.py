"""Benchmarks 1 and 2: how much of Discogs' moving-window budget is used, and how many 429s.

1. Sequential calls for `--duration` seconds against a server enforcing `--limit` requests per
   `--window` seconds: this client (throttle on) beside python3-discogs-client, the peer.
2. Four processes of this client sharing one budget through SQLite, then through Redis (when
   `redis-server` is installed), against one server.

The share is the requests served after the first window over what the window allows. A scaled
window (default 60 per 3 s) keeps it short; `--real-window` runs 60 per 60 s for 3 minutes.

    python scripts/bench_throttle.py [--limit 60 --window 3 --duration 15] [--real-window]
"""

from __future__ import annotations

import argparse
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from window_server import WindowServer

from discogs_api_client.api.database import get_release
from discogs_openapi import Discogs, RetryPolicy
from replay_server import serve

AGENT = "discogs-openapi-bench/1.0 +https://example.com"
TOKEN = "bench-token"  # noqa: S105 (the local server checks no credentials)


def ours(url: str, limit: int, window: float, until: float) -> None:
    policy = RetryPolicy(rate_limit_wait=window)
    with Discogs(
        AGENT, token=TOKEN, base_url=url, rate_limit=limit, rate_limit_window=window, retry=policy
    ) as client:
        while time.monotonic() < until:
            get_release.sync(249504, client=client)


def peer(url: str, until: float) -> None:
    import discogs_client  # python3-discogs-client

    client = discogs_client.Client(AGENT, user_token=TOKEN)
    client._base_url = url  # its one setting for the API's address
    while time.monotonic() < until:
        client.release(249504).refresh()


def run(label: str, limit: int, window: float, duration: float, work: str, store: str = "") -> None:
    app = WindowServer(limit, window)
    with serve(app) as url:
        started = time.monotonic()
        until = started + duration
        if work == "ours":
            ours(url, limit, window, until)
        elif work == "peer":
            peer(url, until)
        else:
            processes = [
                subprocess.Popen(  # noqa: S603
                    [
                        sys.executable,
                        __file__,
                        "--worker",
                        url,
                        str(limit),
                        str(window),
                        str(until),
                        store,
                    ]
                )
                for _ in range(4)
            ]
            for process in processes:
                process.wait(timeout=duration + 120)
        ended = time.monotonic()
    served, refused, share = app.report(started, min(ended, until))
    print(f"{label:<44} served {served:5d}   429s {refused:4d}   budget used {share:7.1%}")


def worker(url: str, limit: str, window: str, until: str, store: str) -> None:
    kind, _, where = store.partition("=")
    shared = {"rate_limit_path": where} if kind == "path" else {"rate_limit_url": where}
    policy = RetryPolicy(rate_limit_wait=float(window))
    with Discogs(
        AGENT,
        token=TOKEN,
        base_url=url,
        rate_limit=int(limit),
        rate_limit_window=float(window),
        retry=policy,
        **shared,  # type: ignore[arg-type]
    ) as client:
        while time.monotonic() < float(until):
            get_release.sync(249504, client=client)


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
    time.sleep(0.5)
    return process, f"redis://127.0.0.1:{port}/0"


def main() -> None:
    if len(sys.argv) > 1 and sys.argv[1] == "--worker":
        worker(*sys.argv[2:7])
        return
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=60)
    parser.add_argument("--window", type=float, default=3.0)
    parser.add_argument("--duration", type=float, default=15.0)
    parser.add_argument("--real-window", action="store_true", help="60 per 60 s for 3 minutes")
    parser.add_argument("--skip-peer", action="store_true")
    args = parser.parse_args()
    if args.real_window:
        args.limit, args.window, args.duration = 60, 60.0, 180.0
    limit, window, duration = args.limit, args.window, args.duration
    print(f"moving window: {limit} requests per {window:g} s, {duration:g} s of sequential calls")
    run("1. discogs-openapi (throttled)", limit, window, duration, "ours")
    if not args.skip_peer:
        run("1. python3-discogs-client (peer)", limit, window, duration, "peer")
    with tempfile.TemporaryDirectory() as folder:
        path = f"path={Path(folder) / 'budget.sqlite'}"
        run("2. four processes sharing SQLite", limit, window, duration, "workers", path)
    server = redis_server()
    if server is None:
        print("2. four processes sharing Redis: skipped, redis-server is not installed")
        return
    process, url = server
    try:
        run("2. four processes sharing Redis", limit, window, duration, "workers", f"url={url}")
    finally:
        process.terminate()
        process.wait(timeout=10)


if __name__ == "__main__":
    main()
