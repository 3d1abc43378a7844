"""The scripts in examples/, run against the replay server over loopback HTTP.

Each is called in-process through `main([...])` (so the suite's scaled throttle window applies)
with DISCOGS_BASE_URL, DISCOGS_TOKEN and DISCOGS_USER_AGENT set, and once more as a subprocess.
Expected values are read from the recordings the server answers with.
"""

from __future__ import annotations

import copy
import csv
import importlib.util
import json
import os
import subprocess
import sys
from collections.abc import Callable, Iterator
from decimal import Decimal
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from conftest import EXCHANGES, FAKE_TOKEN, RECORDINGS_DIR, ROOT, USER_AGENT
from replay_server import ReplayApp, load_recordings, serve

EXAMPLES = ROOT / "examples"


def _load(name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(f"example_{name}", EXAMPLES / f"{name}.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


export_collection = _load("export_collection")
mirror_wantlist = _load("mirror_wantlist")
list_inventory = _load("list_inventory")


def _recorded(operation: str, name: str) -> Any:
    path = RECORDINGS_DIR / operation / f"{name}.json"
    return json.loads(path.read_text(encoding="utf-8"))["response"]["json"]


@pytest.fixture
def point_at(monkeypatch: pytest.MonkeyPatch) -> Callable[[str], None]:
    """Configure the examples' `Discogs.from_env()` for a loopback server, nothing else."""

    def configure(url: str) -> None:
        for name in [n for n in os.environ if n.startswith("DISCOGS_")]:
            monkeypatch.delenv(name)
        monkeypatch.setenv("DISCOGS_BASE_URL", url)
        monkeypatch.setenv("DISCOGS_TOKEN", FAKE_TOKEN)
        monkeypatch.setenv("DISCOGS_USER_AGENT", USER_AGENT)

    return configure


@pytest.fixture
def at_replay(replay_url: str, point_at: Callable[[str], None]) -> str:
    """The examples pointed at the shared replay server."""
    point_at(replay_url)
    return replay_url


def _clean_failure(code: int, err: str) -> None:
    """Exit code 1 and a one-line message last on stderr (after any progress bar), no traceback."""
    assert code == 1
    assert err.strip().splitlines()[-1].startswith("error: ")
    assert "Traceback" not in err


# --- export_collection ---------------------------------------------------------------------------

# The recorded items (rodneyfool's two and example's one, a second copy of release 2464521
# without `date_added`) are served as the two pages of user `collector`, the first short of
# `per_page` as Discogs' can be. User `halfway` has page 1 of 2 only: page 2 answers 404, an
# export failing midway. (The README runs the export against the stock replay server.)
# Recordings share items (200-single-page.json repeats rodneyfool's): each copy counts once.
COLLECTION_ITEMS = list(
    {
        item["instance_id"]: item
        for exchange in EXCHANGES
        if exchange.operation == "listCollectionFolderReleases" and exchange.is_success
        for item in exchange.data["response"]["json"]["releases"]
    }.values()
)


@pytest.fixture(scope="module")
def collection_url(
    tmp_path_factory: pytest.TempPathFactory, replay_app: ReplayApp
) -> Iterator[str]:
    template = next(
        e.data for e in EXCHANGES if e.operation == "listCollectionFolderReleases" and e.is_success
    )
    folder = tmp_path_factory.mktemp("collection") / "listCollectionFolderReleases"
    folder.mkdir()
    pages = [COLLECTION_ITEMS[:2], COLLECTION_ITEMS[2:]]
    for user, served in (("collector", pages), ("halfway", pages[:1])):
        for number, items in enumerate(served, 1):
            recording = copy.deepcopy(template)
            recording["source"] = f"constructed by test_examples.py: page {number} of 2"
            recording["request"]["path"] = f"/users/{user}/collection/folders/0/releases"
            recording["request"]["query"] = {"page": str(number)}
            recording["response"]["json"] = {
                "pagination": {"page": number, "pages": 2, "per_page": 100, "items": 3, "urls": {}},
                "releases": items,
            }
            (folder / f"{user}-{number}.json").write_text(json.dumps(recording), encoding="utf-8")
    # The routes the shared replay app parsed from the spec, and these recordings.
    with serve(ReplayApp(replay_app.routes, load_recordings(folder.parent))) as url:
        yield url


def test_export_collection_writes_a_row_per_item(
    collection_url: str,
    point_at: Callable[[str], None],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    point_at(collection_url)
    out = tmp_path / "collection.csv"
    assert export_collection.main(["collector", str(out)]) == 0
    captured = capsys.readouterr()
    assert f"3 items of collector's folder 0 written to {out}" in captured.out
    assert "3/3" in captured.err  # the progress bar knew the total
    with out.open(newline="", encoding="utf-8") as file:
        reader = csv.DictReader(file)
        assert reader.fieldnames == list(export_collection.COLUMNS)
        rows = list(reader)
    assert len(rows) == len(COLLECTION_ITEMS)
    for row, item in zip(rows, COLLECTION_ITEMS, strict=True):
        info = item["basic_information"]
        assert row["instance_id"] == str(item["instance_id"])
        assert row["release_id"] == str(item["id"])
        assert row["artists"] == ", ".join(a["name"] for a in info["artists"])
        assert row["title"] == info["title"]
        assert row["year"] == str(info["year"])
        assert row["folder_id"] == str(item["folder_id"])
        assert row["rating"] == str(item["rating"])
        assert row["date_added"] == item.get("date_added", "")
        for fmt in info["formats"]:
            shown = f"{fmt['qty']} x {fmt['name']} ({', '.join(fmt['descriptions'])})"
            assert shown in row["formats"]
    assert [p.name for p in tmp_path.iterdir()] == ["collection.csv"]


@pytest.mark.parametrize("earlier", [None, "an earlier export\n"])
def test_export_collection_failing_midway_leaves_no_partial_file(
    collection_url: str,
    point_at: Callable[[str], None],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    earlier: str | None,
) -> None:
    point_at(collection_url)
    out = tmp_path / "collection.csv"
    if earlier is not None:
        out.write_text(earlier, encoding="utf-8")
    code = export_collection.main(["halfway", str(out)])
    err = capsys.readouterr().err
    _clean_failure(code, err)
    assert "page=2" in err
    assert "answered 404" in err
    if earlier is None:
        assert list(tmp_path.iterdir()) == []
    else:
        assert [p.name for p in tmp_path.iterdir()] == ["collection.csv"]
        assert out.read_text(encoding="utf-8") == earlier


def test_export_collection_interrupted_by_ctrl_c_leaves_no_file(
    collection_url: str,
    point_at: Callable[[str], None],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    class InterruptedBar:
        """A progress bar whose user presses Ctrl-C at the second item."""

        def __init__(self, **options: Any) -> None:
            self.n = 0

        def __enter__(self) -> InterruptedBar:
            return self

        def __exit__(self, *exc: object) -> None:
            return None

        def update(self, count: int) -> None:
            self.n += count
            if self.n >= 2:
                raise KeyboardInterrupt

    monkeypatch.setattr(export_collection, "tqdm", InterruptedBar)
    point_at(collection_url)
    with pytest.raises(KeyboardInterrupt):
        export_collection.main(["collector", str(tmp_path / "collection.csv")])
    assert list(tmp_path.iterdir()) == []


def test_export_collection_of_a_private_folder_fails_cleanly(
    at_replay: str,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    code = export_collection.main(["rodneyfool", str(tmp_path / "c.csv"), "--folder", "1"])
    err = capsys.readouterr().err
    _clean_failure(code, err)
    assert "answered 403" in err
    assert _recorded("listCollectionFolderReleases", "403-not-owner")["message"] in err
    assert list(tmp_path.iterdir()) == []


# --- mirror_wantlist -----------------------------------------------------------------------------


def test_mirror_wantlist_reports_additions_then_nothing(
    at_replay: str,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    wants = _recorded("listWants", "200-example")["wants"]
    path = tmp_path / "wantlist.json"

    assert mirror_wantlist.main(["example", str(path)]) == 0
    out = capsys.readouterr().out.splitlines()
    added = [line for line in out if line.startswith("+ ")]
    assert sorted(int(line.split()[1]) for line in added) == sorted(w["id"] for w in wants)
    for want in wants:
        assert any(want["basic_information"]["title"] in line for line in added)
    assert out[-1] == f"{len(wants)} added, 0 removed; mirror written to {path}"
    first = path.read_text(encoding="utf-8")
    mirrored = json.loads(first)
    assert mirrored["username"] == "example"
    assert [w["id"] for w in mirrored["wants"]] == sorted(w["id"] for w in wants)

    assert mirror_wantlist.main(["example", str(path)]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out == [f"0 added, 0 removed; mirror written to {path}"]
    assert path.read_text(encoding="utf-8") == first
    assert [p.name for p in tmp_path.iterdir()] == ["wantlist.json"]


def test_mirror_wantlist_reports_a_removed_want(
    at_replay: str,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    wants = _recorded("listWants", "200-example")["wants"]
    gone = _recorded("listWants", "200-short-last-page")["wants"][0]
    path = tmp_path / "wantlist.json"
    path.write_text(json.dumps({"username": "example", "wants": [*wants, gone]}), encoding="utf-8")

    assert mirror_wantlist.main(["example", str(path)]) == 0
    out = capsys.readouterr().out.splitlines()
    assert [line for line in out if line.startswith(("+", "-"))] == [
        f"- {gone['id']:>10}  Persuader, The - {gone['basic_information']['title']}"
    ]
    assert out[-1] == f"0 added, 1 removed; mirror written to {path}"
    ids = [w["id"] for w in json.loads(path.read_text(encoding="utf-8"))["wants"]]
    assert ids == sorted(w["id"] for w in wants)


def test_mirror_wantlist_of_a_private_wantlist_fails_cleanly(
    at_replay: str,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    path = tmp_path / "wantlist.json"
    path.write_text('{"username": "private_example", "wants": []}', encoding="utf-8")
    code = mirror_wantlist.main(["private_example", str(path)])
    err = capsys.readouterr().err
    _clean_failure(code, err)
    assert _recorded("listWants", "403-private")["message"] in err
    assert path.read_text(encoding="utf-8") == '{"username": "private_example", "wants": []}'
    assert [p.name for p in tmp_path.iterdir()] == ["wantlist.json"]


def test_mirror_wantlist_refuses_an_unreadable_mirror_before_any_request(
    at_replay: str,
    replay_app: ReplayApp,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    path = tmp_path / "wantlist.json"
    path.write_text("[1, 2", encoding="utf-8")
    before = len(replay_app.requests)
    code = mirror_wantlist.main(["example", str(path)])
    err = capsys.readouterr().err
    _clean_failure(code, err)
    assert "cannot read the mirror" in err
    assert len(replay_app.requests) == before
    assert path.read_text(encoding="utf-8") == "[1, 2"


# --- list_inventory ------------------------------------------------------------------------------


def test_list_inventory_prints_prices_and_totals_per_currency(
    at_replay: str,
    replay_app: ReplayApp,
    capsys: pytest.CaptureFixture[str],
) -> None:
    listings = _recorded("getUserInventory", "200-example")["listings"]
    argv = ["rappcats", "--status", "For Sale", "--sort", "price", "--order", "desc"]
    assert list_inventory.main(argv) == 0
    assert replay_app.targets[-1] == (
        "/users/rappcats/inventory?status=For+Sale&sort=price&sort_order=desc&page=1&per_page=100"
    )
    out = capsys.readouterr().out.splitlines()
    assert out[0].split() == ["listing", "price", "condition", "status", "release"]
    totals: dict[str, Decimal] = {}
    for line, listing in zip(out[1:], listings, strict=False):
        price = listing["price"]
        assert line.split()[:3] == [str(listing["id"]), price["currency"], f"{price['value']:.2f}"]
        for text in (listing["condition"], listing["status"], listing["release"]["description"]):
            assert text in line
        currency = price["currency"]
        totals[currency] = totals.get(currency, Decimal(0)) + Decimal(str(price["value"]))
    assert out[1 + len(listings)] == f"{len(listings)} listings"
    assert out[2 + len(listings) :] == [f"total {c} {t:.2f}" for c, t in sorted(totals.items())]
    assert out[-1] == "total USD 469.96"


def test_list_inventory_of_an_unknown_seller_fails_cleanly(
    at_replay: str, capsys: pytest.CaptureFixture[str]
) -> None:
    code = list_inventory.main(["no_such_user_zz"])
    captured = capsys.readouterr()
    _clean_failure(code, captured.err)
    assert "answered 404" in captured.err
    assert _recorded("getUserInventory", "404-not-found")["message"] in captured.err
    assert captured.out == ""


def test_list_inventory_rejects_an_unknown_status_without_a_request(
    at_replay: str,
    replay_app: ReplayApp,
    capsys: pytest.CaptureFixture[str],
) -> None:
    before = len(replay_app.requests)
    with pytest.raises(SystemExit) as exited:
        list_inventory.main(["rappcats", "--status", "Bogus"])
    assert exited.value.code == 2
    assert "invalid choice: 'Bogus'" in capsys.readouterr().err
    assert len(replay_app.requests) == before


# --- all three -----------------------------------------------------------------------------------


def test_a_missing_user_agent_is_a_clean_error(
    at_replay: str,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.delenv("DISCOGS_USER_AGENT")
    for module, argv in (
        (export_collection, ["rodneyfool", str(tmp_path / "c.csv")]),
        (mirror_wantlist, ["example", str(tmp_path / "w.json")]),
        (list_inventory, ["rappcats"]),
    ):
        code = module.main(argv)
        err = capsys.readouterr().err
        _clean_failure(code, err)
        assert "DISCOGS_USER_AGENT is not set" in err
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize(
    ("argv", "code", "expected"),
    [
        (["list_inventory.py", "rappcats"], 0, "total USD 469.96"),
        (["list_inventory.py", "no_such_user_zz"], 1, "answered 404"),
        (["mirror_wantlist.py", "private_example", "{tmp}/w.json"], 1, "answered 403"),
        (["export_collection.py", "rodneyfool", "{tmp}/c.csv", "--folder", "1"], 1, "403"),
    ],
)
def test_the_scripts_run_as_programs(
    replay_url: str, tmp_path: Path, argv: list[str], code: int, expected: str
) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith("DISCOGS_")}
    env |= {
        "DISCOGS_BASE_URL": replay_url,
        "DISCOGS_TOKEN": FAKE_TOKEN,
        "DISCOGS_USER_AGENT": USER_AGENT,
    }
    result = subprocess.run(
        [sys.executable, str(EXAMPLES / argv[0]), *(a.format(tmp=tmp_path) for a in argv[1:])],
        capture_output=True,
        text=True,
        timeout=60,
        env=env,
        check=False,
    )
    assert result.returncode == code, result.stderr
    assert expected in (result.stdout if code == 0 else result.stderr)
    assert "Traceback" not in result.stderr
    assert FAKE_TOKEN not in result.stdout + result.stderr


@pytest.mark.parametrize("name", ["export_collection", "mirror_wantlist", "list_inventory"])
def test_each_example_says_how_to_run_it_live(name: str) -> None:
    doc = _load(name).__doc__ or ""
    assert "DISCOGS_TOKEN=" in doc
    assert "DISCOGS_USER_AGENT=" in doc
    assert f"python examples/{name}.py" in doc
