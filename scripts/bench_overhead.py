"""Benchmarks 3 and 4: what the client costs per call, and at import.

3. Fetching and parsing a full release over loopback, `--calls` times: this client
   (`client.database.get_release` into models, throttle off) beside raw httpx + `json.loads`,
   the generated function called directly (`get_release.sync`), and
   python3-discogs-client (which loads a release on first attribute access).
4. Cold import: the CPU time (user + system, from getrusage of the child) of a fresh process
   running `import httpx`, `import discogs_openapi`, `from discogs_openapi import Discogs`
   plus the module of a first call (`discogs_api_client.api.database.get_release`), and
   python3-discogs-client's `import discogs_client`: median of `--imports` runs taken in turn,
   each as a ratio to httpx's. CPU time, not wall time, so other work on the machine counts
   less; from bytecode, as installed (see import_times).

Exits non-zero when one of the four ways does not get the release.

    python scripts/bench_overhead.py [--calls 2000] [--imports 15]
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from typing import Any

import httpx
from window_server import RELEASE

from discogs_api_client.api.database import get_release
from discogs_openapi import Discogs
from replay_server import serve

AGENT = "discogs-openapi-bench/1.0 +https://example.com"


async def release_app(scope: dict[str, Any], receive: Any, send: Any) -> None:
    if scope["type"] != "http":
        return
    headers = [(b"content-type", b"application/json")]
    await send({"type": "http.response.start", "status": 200, "headers": headers})
    await send({"type": "http.response.body", "body": RELEASE})


def per_call(call: Callable[[], object], calls: int) -> float:
    for _ in range(min(50, calls)):  # warm connections and caches
        call()
    started = time.perf_counter()
    for _ in range(calls):
        call()
    return (time.perf_counter() - started) / calls


IMPORTS = {
    "import httpx": "import httpx",
    "import discogs_openapi": "import discogs_openapi",
    "from discogs_openapi import Discogs + get_release": (
        "from discogs_openapi import Discogs; import discogs_api_client.api.database.get_release"
    ),
    "import discogs_client (peer)": "import discogs_client",
}


def _child_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def import_times(runs: int) -> dict[str, float]:
    """Median CPU seconds of a fresh interpreter running each of IMPORTS, taken in turn.

    Every module is loaded from bytecode, as from an installed wheel (pip compiles on install):
    the children write and read .pyc files under a temporary PYTHONPYCACHEPREFIX, after one
    untimed run each, whether or not this environment sets PYTHONDONTWRITEBYTECODE.
    """
    times: dict[str, list[float]] = {label: [] for label in IMPORTS}
    with tempfile.TemporaryDirectory() as prefix:
        env = {**os.environ, "PYTHONPYCACHEPREFIX": prefix}
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        for run in range(runs + 1):
            for label, statement in IMPORTS.items():
                before = _child_cpu()
                subprocess.run([sys.executable, "-c", statement], check=True, env=env)  # noqa: S603
                if run:  # the first run writes the bytecode
                    times[label].append(_child_cpu() - before)
    return {label: statistics.median(values) for label, values in times.items()}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--calls", type=int, default=2000)
    parser.add_argument("--imports", type=int, default=15)
    args = parser.parse_args()

    import discogs_client  # python3-discogs-client, the peer

    with serve(release_app) as url, httpx.Client(base_url=url) as raw:
        ours = Discogs(AGENT, base_url=url, throttle=False)
        peer = discogs_client.Client(AGENT)
        peer._base_url = url  # its one setting for the API's address
        calls: dict[str, Callable[[], Any]] = {
            "raw": lambda: json.loads(raw.get("/releases/249504").content),
            "ours": lambda: ours.database.get_release(249504),
            "function": lambda: get_release.sync(249504, client=ours),
            "peer": lambda: discogs_client.Release(peer, {"id": 249504}).title,
        }
        # What each way got, checked once: a benchmark of failing calls would measure nothing.
        title = json.loads(RELEASE)["title"]
        got = {
            "raw": calls["raw"]()["title"],
            "ours": getattr(calls["ours"](), "title", None),
            "function": getattr(calls["function"](), "title", None),
            "peer": calls["peer"](),
        }
        if any(value != title for value in got.values()):
            raise SystemExit(f"not the release {title!r}: {got}")
        # Rounds taken in turn, medians kept: drift on a busy machine hits all three alike.
        rounds: dict[str, list[float]] = {name: [] for name in calls}
        for _ in range(5):
            for name, call in calls.items():
                rounds[name].append(per_call(call, max(1, args.calls // 5)))
        raw_time, our_time, function_time, peer_time = (statistics.median(rounds[n]) for n in calls)
        ours.close()
    print(f"3. per call, full release parsed ({args.calls} calls over loopback)")
    print(f"   raw httpx + json.loads          {raw_time * 1e6:8.0f} µs")
    print(f"   discogs-openapi, namespace      {our_time * 1e6:8.0f} µs")
    print(f"   discogs-openapi, function       {function_time * 1e6:8.0f} µs")
    print(f"   python3-discogs-client (peer)   {peer_time * 1e6:8.0f} µs")
    print(
        f"   ratio ours / raw httpx: {our_time / raw_time:.2f}  (peer: {peer_time / raw_time:.2f})"
    )

    cpu = import_times(args.imports)
    baseline = cpu["import httpx"]
    print(f"4. cold import, CPU time, median of {args.imports} fresh processes")
    for label, seconds in cpu.items():
        print(f"   {label:<50} {seconds * 1e3:6.0f} ms  {seconds / baseline:5.2f} x httpx")


if __name__ == "__main__":
    main()
