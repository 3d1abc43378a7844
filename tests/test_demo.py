"""The demo script, end to end: it starts the replay server, prints, and stops it."""

from __future__ import annotations

import os
import subprocess
import sys

from conftest import ROOT


def test_demo_runs_against_the_replay_server() -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith("DISCOGS_")}
    result = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "demo.py")],
        capture_output=True,
        text=True,
        timeout=60,
        env=env,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert "Release 249504: Never Gonna Give You Up" in out
    assert "Artist 72872: Rick Astley" in out
    assert "Search 'nirvana - nevermind'" in out
    assert "page 1/2" in out
    assert "page 2/2" in out
    assert "(replay server stopped)" in out
