"""The throttle and overhead benchmarks run at tiny sizes and print figures that add up."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

SCRIPTS = Path(__file__).resolve().parent.parent / "scripts"
ROW = re.compile(
    r"(?P<label>\S.*?)\s+served\s+(?P<served>\d+)\s+429s\s+(?P<refused>\d+)"
    r"\s+budget used\s+(?P<share>\d+\.\d)%"
)
MICROSECONDS = re.compile(r"   (?P<label>\S.*?)\s+(?P<value>\d+) µs")
CPU_TIMES = re.compile(
    r"   (?P<label>import .*?|from .*?)\s+(?P<value>\d+) ms\s+(?P<ratio>\d+\.\d\d) x httpx"
)


def _run(script: str, *arguments: str) -> str:
    result = subprocess.run(
        [sys.executable, str(SCRIPTS / script), *arguments],
        capture_output=True,
        text=True,
        timeout=180,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    return result.stdout


def test_the_throttle_benchmark_runs() -> None:
    # The script itself exits non-zero when the requests served are not the calls completed.
    out = _run(
        *("bench_throttle.py", "--limit", "5", "--window", "0.2", "--duration", "0.4"),
        *("--processes", "2"),
    )
    lines = out.splitlines()
    assert lines[0] == "moving window: 5 requests per 0.2 s, 0.4 s of sequential calls"
    rows = {
        m["label"]: (int(m["served"]), int(m["refused"]), float(m["share"]))
        for m in map(ROW.fullmatch, lines[1:])
        if m
    }
    ours, peer = "1. discogs-openapi (throttled)", "1. python3-discogs-client (peer)"
    shared = ["2. 2 processes sharing SQLite", "2. 2 processes sharing Redis"]
    if shutil.which("redis-server") is None:
        assert lines[-1] == "2. 2 processes sharing Redis: skipped, redis-server is not installed"
        shared.pop()
    assert list(rows) == [ours, peer, *shared], out
    for label, (served, _, share) in rows.items():
        # The steady state (the window after the first) allows at most 100 %.
        assert served > 0, label
        assert 0 <= share <= 100, label
    assert rows[ours][1] == 0, "the throttled client met a 429"
    assert rows[ours][2] > 0
    # The peer does not throttle: 5 per 0.2 s is under 40 ms a call, so the server's limit bites.
    assert rows[peer][1] > 0, "the window server refused nothing"
    # Every process ran calls in the steady state; sharing is held to no overflow in
    # test_throttle.py, with slack for the processes' skew that these tiny windows lack.
    for label in shared:
        assert rows[label][2] > 0, label


def test_the_overhead_benchmark_runs() -> None:
    out = _run("bench_overhead.py", "--calls", "30", "--imports", "1")
    assert "3. per call, full release parsed (30 calls over loopback)" in out
    calls = {m["label"]: int(m["value"]) for m in MICROSECONDS.finditer(out)}
    assert list(calls) == [
        "raw httpx + json.loads",
        "discogs-openapi, namespace",
        "discogs-openapi, function",
        "python3-discogs-client (peer)",
    ]
    assert all(value > 0 for value in calls.values()), calls
    ratio = re.search(r"ratio ours / raw httpx: (\d+\.\d\d)  \(peer: (\d+\.\d\d)\)", out)
    assert ratio, out
    raw, ours, _, peer = calls.values()
    for printed, time in ((float(ratio[1]), ours), (float(ratio[2]), peer)):
        # Ratios of the unrounded times: the printed µs' ratio, within twice their rounding.
        assert abs(printed - time / raw) <= 0.005 + (1 + printed) / raw, (printed, time, raw)
    assert "4. cold import, CPU time, median of 1 fresh processes" in out
    imports = {m["label"]: (int(m["value"]), float(m["ratio"])) for m in CPU_TIMES.finditer(out)}
    assert list(imports) == [
        "import httpx",
        "import discogs_openapi",
        "from discogs_openapi import Discogs + get_release",
        "import discogs_client (peer)",
    ]
    assert all(value > 0 for value, _ in imports.values()), imports
    baseline = imports["import httpx"][0]
    assert imports["import httpx"][1] == 1.0
    for label, (value, ratio) in imports.items():
        # The ratio of the unrounded times: the printed ms' ratio, within their rounding.
        assert abs(ratio - value / baseline) <= 0.005 + (1 + ratio) / baseline, label
