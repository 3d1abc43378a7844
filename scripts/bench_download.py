"""Benchmark: memory and speed of `download_export` against reading the whole body with httpx.

A loopback server streams an export of `--megabytes` MB; both ways save it to a file. Prints the
peak of Python allocations (tracemalloc) and the throughput of each, and their ratios.

    python scripts/bench_download.py --megabytes 64
"""

from __future__ import annotations

import argparse
import tempfile
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path

from discogs_openapi import Discogs, download_export
from replay_server import CsvStream, serve


def measure(label: str, run: Callable[[], Path], size: int) -> tuple[float, float]:
    tracemalloc.start()
    started = time.perf_counter()
    saved = run()
    elapsed = time.perf_counter() - started
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    assert saved.stat().st_size == size, f"{label} saved {saved.stat().st_size} of {size} bytes"
    saved.unlink()
    mib = peak / 2**20
    rate = size / 2**20 / elapsed
    print(f"{label:<34} peak {mib:8.2f} MiB   {rate:8.1f} MiB/s")
    return peak, rate


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--megabytes", type=int, default=64)
    args = parser.parse_args()
    size = args.megabytes * 2**20
    with (
        serve(CsvStream(size)) as url,
        tempfile.TemporaryDirectory() as folder,
        Discogs("discogs-openapi-bench/1.0 +https://example.com", token="bench", base_url=url) as d,  # noqa: S106
    ):
        target = Path(folder) / "export.csv"

        def streamed() -> Path:
            return download_export(d, 1, target)

        def whole_body() -> Path:  # the peer: what a plain httpx call does
            target.write_bytes(d.get_httpx_client().get("/inventory/export/1/download").content)
            return target

        # Once unmeasured: the first call's imports and connection would count in the first run.
        streamed().unlink()
        print(f"export of {args.megabytes} MiB over loopback")
        ours, our_rate = measure("download_export (streamed)", streamed, size)
        peer, peer_rate = measure("httpx .get().content (peer)", whole_body, size)
    print(f"memory: streamed peak is {ours / peer:.3f}x the peer's ({peer / ours:.0f}x less)")
    print(f"speed:  streamed runs at {our_rate / peer_rate:.2f}x the peer's throughput")


if __name__ == "__main__":
    main()
