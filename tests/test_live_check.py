"""The spec checked against the API end to end: record with scripts/record.py, judge with
scripts/drift.py (issue 17), against the replay server and a drifted copy of it on loopback.

The scheduled job's script, .ci/live-drift, runs here too, pointed at the replay server.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
from pathlib import Path
from typing import Any

import pytest
from test_record import SEED_ARGUMENTS, AnyPageSize, walk

import drift
from conftest import FAKE_TOKEN, ROOT, USER_AGENT
from drifted_server import DRIFTS, drifted_app
from replay_server import serve


@pytest.fixture(autouse=True)
def credentials(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in [n for n in os.environ if n.startswith("DISCOGS_")]:
        monkeypatch.delenv(name)
    monkeypatch.setenv("DISCOGS_USER_AGENT", USER_AGENT)
    monkeypatch.setenv("DISCOGS_TOKEN", FAKE_TOKEN)


def _findings(report: drift.Report) -> set[tuple[Any, ...]]:
    return {
        (f.operation, f.status, f.kind, f.path, f.severity)
        for f in [*report.contradictions, *report.suggestions]
    }


def test_recording_the_replay_server_gives_a_clean_report(tmp_path: Path) -> None:
    with serve(AnyPageSize.from_files()) as base_url:
        summary, _ = walk(base_url, tmp_path)
    assert len(summary.reached) == 39
    report = drift.check(tmp_path)
    assert report.contradictions == [], drift.render_text(report)
    assert not report.unreadable
    assert drift.main([str(tmp_path)]) == 0


def test_each_drift_of_the_server_is_reported_once(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    clean, drifted = tmp_path / "clean", tmp_path / "drifted"
    with serve(AnyPageSize.from_files()) as base_url:
        walk(base_url, clean)
    changed = drifted_app()
    with serve(AnyPageSize(changed.routes, changed.recordings)) as base_url:
        walk(base_url, drifted)
    new = _findings(drift.check(drifted)) - _findings(drift.check(clean))
    expected = {(d.operation, *d.expected) for d in DRIFTS.values()}
    assert new == expected
    capsys.readouterr()
    assert drift.main([str(drifted)]) == 1
    text = capsys.readouterr().out
    for operation, status, _, path, _ in expected:
        lines = [line for line in text.splitlines() if f"{operation} {status} {path}" in line]
        assert len(lines) == 1, (operation, path, text)
    assert drift.main([str(drifted), "--json"]) == 1
    report = json.loads(capsys.readouterr().out)
    assert report["summary"]["contradictions"] == len(report["contradictions"]) >= 3


def test_the_scheduled_job_records_and_keeps_the_report(tmp_path: Path) -> None:
    app = AnyPageSize.from_files()
    # Make's flags from a `make test` above would reach the job's own make calls.
    env = {k: v for k, v in os.environ.items() if k not in {"MAKEFLAGS", "MFLAGS", "MAKELEVEL"}}
    with serve(app) as base_url:
        env |= {
            "DISCOGS_BASE_URL": base_url,
            "DRIFT_OUT": str(tmp_path / "live"),
            # The replay server's rate-limit headers are the live API's: a scaled window.
            "RECORD_ARGS": " ".join(["--rate-limit-window", "0.2", *SEED_ARGUMENTS]),
        }
        job = subprocess.run(
            [str(ROOT / ".ci" / "live-drift")],
            env=env,
            capture_output=True,
            text=True,
            timeout=240,
            check=False,
        )
    assert job.returncode == 0, job.stdout[-3000:] + job.stderr[-3000:]
    report = json.loads((tmp_path / "live" / "drift-report.json").read_text(encoding="utf-8"))
    assert report["contradictions"] == []
    assert report["summary"]["recorded"] >= 39
    text = (tmp_path / "live" / "drift-report.txt").read_text(encoding="utf-8")
    assert "0 contradictions" in text
    # Masked and redacted: neither the token nor the maintainer's name is kept.
    saved = "".join(p.read_text("utf-8") for p in (tmp_path / "live").rglob("*.json"))
    assert FAKE_TOKEN not in saved + job.stdout + job.stderr
    assert "/users/maintainer" in saved  # the identity's user ("example"), masked
    assert not re.search(r"/users/example(?![\w.-])", saved)  # "example_seller" is another user
