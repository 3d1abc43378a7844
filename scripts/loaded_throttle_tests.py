"""Run the throttle tests again and again while every core is kept busy: where flakiness shows.

    python scripts/loaded_throttle_tests.py [--runs 10] [--timeout 600] [--cores N] [--nice 10]
                                            [pytest arguments...]

Each run is one pytest of the throttle's tests (tests/test_throttle*.py) against this checkout's
overlay and generated client, with CI=true (a missing redis-server fails instead of skipping),
ended with all it started after --timeout seconds. Meanwhile `stress --cpu <cores>` (one Python
busy loop per core when stress is not installed) keeps the cores busy, started afresh for each run
and stopped after it. The tests run at a lower priority than the load (--nice, 10 by default): at
equal priority a 2-core machine still gave them enough time to hide timing-dependent assertions. It
prints PASS or FAIL per run with the failing assertions, whether the load lasted the whole run
(others may end it), and the total; the exit status is 1 if any run failed.
"""

from __future__ import annotations

import argparse
import math
import multiprocessing
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TESTS = [
    "tests/test_throttle.py",
    "tests/test_throttle_arrivals.py",
    "tests/test_throttle_stores.py",
]


def _spin(deadline: float) -> None:
    while time.monotonic() < deadline:
        pass


class Load:
    """`cores` busy loops for at most `seconds`: stress when it is installed, else Python."""

    def __init__(self, cores: int, seconds: float) -> None:
        stress = shutil.which("stress")
        self.hog: subprocess.Popen[bytes] | None = None
        self.spinners: list[multiprocessing.Process] = []
        if stress is not None:
            # Its own process group (stress forks a worker per core: they end with the group),
            # but this session: with autogroup scheduling a new session would be a group of its
            # own, given only its share of the CPU beside the tests.
            self.hog = subprocess.Popen(  # noqa: S603 - stress from PATH, with numbers
                [stress, "--cpu", str(cores), "--timeout", f"{math.ceil(seconds)}s"],
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
                process_group=0,
            )
        else:
            deadline = time.monotonic() + seconds
            self.spinners = [
                multiprocessing.Process(target=_spin, args=(deadline,), daemon=True)
                for _ in range(cores)
            ]
            for spinner in self.spinners:
                spinner.start()

    def alive(self) -> bool:
        """Whether all of it still runs (others on the machine may end it)."""
        if self.hog is not None:
            return self.hog.poll() is None
        return all(spinner.is_alive() for spinner in self.spinners)

    def stop(self) -> None:
        if self.hog is not None:
            _end_group(self.hog)
        for spinner in self.spinners:
            spinner.terminate()
        for spinner in self.spinners:
            spinner.join(timeout=10)


def _end_group(process: subprocess.Popen[bytes]) -> None:
    """End a process started in its own process group, and what it started, by its id."""
    for sig in (signal.SIGTERM, signal.SIGKILL):
        try:
            os.killpg(process.pid, sig)
        except ProcessLookupError:
            break
        try:
            process.wait(timeout=10)
            break
        except subprocess.TimeoutExpired:
            continue


def run_once(extra: list[str], timeout: float, nice: int) -> tuple[bool, float, str]:
    """One pytest run: (passed, seconds, its output)."""
    env = dict(os.environ)
    paths = [str(ROOT / "overlay"), str(ROOT / "generated"), env.get("PYTHONPATH", "")]
    env["PYTHONPATH"] = os.pathsep.join(path for path in paths if path)
    env["CI"] = "true"
    started = time.monotonic()
    # Its own process group, so that a run past its time is ended with its workers and
    # redis-server; the same session as the load, so that they compete thread for thread.
    process = subprocess.Popen(  # noqa: S603 - this Python, with the caller's pytest arguments
        [sys.executable, "-m", "pytest", *TESTS, "-q", "-p", "no:cacheprovider", *extra],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        process_group=0,
        preexec_fn=lambda: os.nice(nice),
    )
    try:
        output, _ = process.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        _end_group(process)
        try:
            output, _ = process.communicate(timeout=10)
        except subprocess.TimeoutExpired:
            output = b""
        text = output.decode(errors="replace") + f"\ntimed out after {timeout:.0f} s\n"
        return False, time.monotonic() - started, text
    except BaseException:
        _end_group(process)  # interrupted: nothing of the run is left behind
        raise
    return process.returncode == 0, time.monotonic() - started, output.decode(errors="replace")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=10)
    parser.add_argument("--timeout", type=float, default=600, help="seconds per run")
    parser.add_argument("--cores", type=int, default=os.cpu_count() or 2, help="busy loops")
    parser.add_argument(
        "--nice", type=int, default=10, help="niceness of the test runs: the load comes first"
    )
    args, extra = parser.parse_known_args()
    passed = unloaded = 0
    for run in range(1, args.runs + 1):
        # A fresh load per run: it cannot outlive the run, and one ended by others is replaced.
        load = Load(args.cores, args.timeout + 30)
        try:
            ok, seconds, output = run_once(extra, args.timeout, args.nice)
            kept = load.alive()
        finally:
            load.stop()
        passed += ok
        unloaded += not kept
        summary = output.strip().splitlines()[-1] if output.strip() else "no output"
        note = "" if kept else " [the load ended during the run]"
        print(
            f"run {run}/{args.runs}: {'PASS' if ok else 'FAIL'} ({seconds:.1f} s) {summary}{note}"
        )
        if not ok:
            lines = output.splitlines()
            failures = [line for line in lines if line.startswith(("E ", "FAILED"))]
            print("\n".join(f"    {line}" for line in failures[-20:]) or output[-3000:])
        sys.stdout.flush()
    load_note = f", {unloaded} of them not loaded throughout" if unloaded else ""
    print(
        f"total: {passed}/{args.runs} passed under {args.cores} busy loops "
        f"({'stress' if shutil.which('stress') else 'Python'}, tests at nice +{args.nice})"
        f"{load_note}"
    )
    return 0 if passed == args.runs else 1


if __name__ == "__main__":
    sys.exit(main())
