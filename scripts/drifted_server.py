"""Drifted answers: the recordings changed the six ways issue 17 names, as files or served.

Each `Drift` changes every 2xx JSON answer of one operation, and says the one finding
`drift.py` must report for it. The same change applies to a recording envelope on disk
(`drift_directory`, for testing the report) and to the replay server's loaded recordings
(`drifted_app`, for testing recorder → report end to end over loopback):

    with serve(drifted_app()) as base_url: ...       # every drift
    drift_directory(RECORDINGS_DIR, tmp_path, ["type-changed"])
"""

from __future__ import annotations

import dataclasses
import json
import shutil
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from drift import CONTRADICTION, SUGGESTION
from replay_server import RECORDINGS_DIR, SPEC_PATH, Recording, ReplayApp

Response = dict[str, Any]  # {"status", "headers", "json"}, as in a recording envelope


@dataclasses.dataclass(frozen=True)
class Drift:
    """A change to an operation's 2xx answers and the finding it must cause: (status, kind,
    JSON path, severity) as `drift.py` reports them."""

    name: str
    operation: str
    change: Callable[[Response], None]
    expected: tuple[int, str, str, str]

    def applies(self, operation: str, response: Response) -> bool:
        return operation == self.operation and 200 <= response["status"] < 300

    def apply(self, response: Response) -> Response:
        changed: Response = json.loads(json.dumps(response))  # a copy: recordings stay intact
        self.change(changed)
        return changed


def _remove_title(response: Response) -> None:
    del response["json"]["title"]


def _note_sublabels(response: Response) -> None:
    for sublabel in response["json"]["sublabels"]:
        sublabel["drift_note"] = "a field the spec does not declare"


def _year_as_text(response: Response) -> None:
    response["json"]["year"] = str(response["json"]["year"])


def _on_hold(response: Response) -> None:
    response["json"]["status"] = "On Hold"


def _teapot(response: Response) -> None:
    response.update(status=418, json={"message": "I'm a teapot."})


def _created(response: Response) -> None:
    response["status"] = 201


DRIFTS = {
    drift.name: drift
    for drift in (
        Drift(
            "required-removed",
            "getRelease",
            _remove_title,
            (200, "missing", "$.title", CONTRADICTION),
        ),
        Drift(
            "unknown-field",
            "getLabel",
            _note_sublabels,
            (200, "undeclared", "$.sublabels[*].drift_note", SUGGESTION),
        ),
        Drift("type-changed", "getMaster", _year_as_text, (200, "type", "$.year", CONTRADICTION)),
        Drift("new-enum-value", "getListing", _on_hold, (200, "enum", "$.status", SUGGESTION)),
        Drift("undeclared-status", "getReleaseStats", _teapot, (418, "status", "$", SUGGESTION)),
        Drift(
            "created-not-ok",
            "getReleaseCommunityRating",
            _created,
            (201, "status", "$", CONTRADICTION),
        ),
    )
}


def _selected(names: Iterable[str] | None) -> list[Drift]:
    if names is None:
        return list(DRIFTS.values())
    names = list(names)
    if unknown := sorted(set(names) - set(DRIFTS)):
        raise ValueError(f"unknown drifts {unknown}: choose among {sorted(DRIFTS)}")
    return [DRIFTS[name] for name in names]


def drift_envelope(data: dict[str, Any], drifts: Iterable[Drift]) -> dict[str, Any]:
    """A recording envelope with the drifts that apply to it applied."""
    for drift in drifts:
        if "json" in data["response"] and drift.applies(data["operation"], data["response"]):
            data = {**data, "response": drift.apply(data["response"])}
    return data


def drift_directory(source: Path, target: Path, names: Iterable[str] | None = None) -> None:
    """Copy the recordings under `source` to `target`, drifted (every drift by default)."""
    drifts = _selected(names)
    shutil.copytree(source, target, dirs_exist_ok=True)
    for path in sorted(target.rglob("*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        drifted = drift_envelope(data, drifts)
        if drifted is not data:
            path.write_text(json.dumps(drifted, indent=2, ensure_ascii=False) + "\n", "utf-8")


def drift_recording(recording: Recording, drifts: Iterable[Drift]) -> Recording:
    """A loaded recording with the drifts that apply to it applied to its answer."""
    try:
        body = json.loads(recording.body)
    except ValueError:
        return recording  # CSV, forms, empty bodies: no drift targets them
    response = {"status": recording.status, "headers": recording.headers, "json": body}
    answer = drift_envelope({"operation": recording.operation, "response": response}, drifts)[
        "response"
    ]
    if answer is response:
        return recording
    return dataclasses.replace(
        recording,
        status=answer["status"],
        headers=answer["headers"],
        body=json.dumps(answer["json"], ensure_ascii=False).encode(),
    )


def drifted_app(
    names: Iterable[str] | None = None,
    spec_path: Path = SPEC_PATH,
    recordings_dir: Path = RECORDINGS_DIR,
) -> ReplayApp:
    """The replay server over the recordings, its answers drifted (every drift by default)."""
    drifts = _selected(names)
    app = ReplayApp.from_files(spec_path, recordings_dir)
    app.recordings = [drift_recording(recording, drifts) for recording in app.recordings]
    return app
