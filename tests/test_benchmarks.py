"""The throttle and overhead benchmarks run (tiny sizes), so they cannot rot unnoticed."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

SCRIPTS = Path(__file__).resolve().parent.parent / "scripts"


def _run(script: str, *arguments: str) -> str:
    result = subprocess.run(
        [sys.executable, str(SCRIPTS / script), *arguments],
        capture_output=True,
        text=True,
        timeout=180,
        check=True,
    )
    return result.stdout


def test_the_throttle_benchmark_runs() -> None:
    out = _run("bench_throttle.py", "--limit", "10", "--window", "0.5", "--duration", "1.5")
    assert "1. discogs-openapi (throttled)" in out
    assert "1. python3-discogs-client (peer)" in out
    assert "2. four processes sharing SQLite" in out
    ours = next(line for line in out.splitlines() if "discogs-openapi (throttled)" in line)
    assert "429s    0" in ours


def test_the_overhead_benchmark_runs() -> None:
    out = _run("bench_overhead.py", "--calls", "30", "--imports", "2")
    assert "ratio ours / raw httpx" in out
    assert "from discogs_openapi import Discogs" in out
