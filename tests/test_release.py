"""The release pipeline end to end: `make release` to a real package index, then a user's install.

A pypiserver on loopback stands in for PyPI: uploads need a password, as on a real index, and it
holds only the runtime dependencies' wheels that `make setup` downloaded. The working tree is
copied into a fresh git repository, so the release sees a clean tree of exactly what is tested.
`make release` there skips its `test` step (RELEASE_SKIP_TEST=1): this test is part of that step.
Then a new virtualenv installs `discogs-openapi` from that index alone and runs the demo against
the replay server.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from passlib.apache import HtpasswdFile

import drift
from conftest import FAKE_TOKEN, RECORDINGS_DIR, ROOT
from drifted_server import drift_directory

VENV = ROOT / ".venv"
WHEELHOUSE = VENV / "wheelhouse"
PUBLISHER, PASSWORD = "publisher", "index-password-7b1f0c"
VERSION = "0.1.0"


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@contextlib.contextmanager
def _pypiserver(home: Path, protect: str) -> Iterator[str]:
    """A pypiserver on loopback holding the runtime dependencies; `protect` needs a password."""
    wheels = sorted(WHEELHOUSE.glob("*.whl"))
    assert wheels, f"{WHEELHOUSE} is empty: `make setup` downloads the dependencies' wheels"
    packages = home / "packages"
    packages.mkdir()
    for wheel in wheels:
        shutil.copy(wheel, packages)
    passwords = HtpasswdFile(str(home / "htpasswd"), new=True)
    passwords.set_password(PUBLISHER, PASSWORD)
    passwords.save()
    port = _free_port()
    command = [str(VENV / "bin" / "pypi-server"), "run", "-i", "127.0.0.1", "-p", str(port)]
    command += ["-a", protect, "-P", str(home / "htpasswd"), str(packages)]
    server = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                if httpx.get(f"{url}/health", timeout=1).status_code == 200:
                    break
            except httpx.TransportError:
                pass
            assert time.monotonic() < deadline, "pypiserver did not start within 30 s"
            assert server.poll() is None, "pypiserver exited"
            time.sleep(0.2)
        yield url
    finally:
        server.terminate()
        server.wait(timeout=10)


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A public index whose uploads need a password, as PyPI's do."""
    with _pypiserver(tmp_path_factory.mktemp("index"), "update") as url:
        yield url


@pytest.fixture(scope="module")
def checkout(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The working tree as it is, committed in a repository of its own."""
    listed = subprocess.run(
        ["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"],  # noqa: S607
        cwd=ROOT,
        capture_output=True,
        check=True,
    ).stdout.decode()
    copy = tmp_path_factory.mktemp("checkout")
    for name in filter(None, listed.split("\0")):
        source = ROOT / name
        if source.is_file():  # tracked files deleted in the working tree are left out
            (copy / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, copy / name)
    git = ["git", "-c", "user.name=Release Test", "-c", "user.email=release@example.invalid"]
    for command in (["init", "-q"], ["add", "-A"], ["commit", "-q", "-m", "release candidate"]):
        subprocess.run([*git, *command], cwd=copy, check=True)
    return copy


def _release(
    checkout: Path, index: str, drift_report: Path | None = None
) -> subprocess.CompletedProcess[str]:
    env = {key: value for key, value in os.environ.items() if not key.startswith("PIP_")}
    env |= {
        "TWINE_REPOSITORY_URL": index,
        "TWINE_USERNAME": PUBLISHER,
        "TWINE_PASSWORD": PASSWORD,
        "RELEASE_SKIP_TEST": "1",
    }
    stamp = VENV / ".installed-stamp"
    # This project's venv, as it is: `-o` keeps make from reinstalling the copy into it.
    command = ["make", "--no-print-directory", "release", f"VENV={VENV}", "-o", str(stamp)]
    if drift_report is not None:
        command.append(f"DRIFT_REPORT={drift_report}")
    result = subprocess.run(
        command, cwd=checkout, env=env, capture_output=True, text=True, timeout=300, check=False
    )
    assert PASSWORD not in result.stdout + result.stderr
    return result


def _listed(index: str) -> str:
    response = httpx.get(f"{index}/simple/discogs-openapi/", timeout=10)
    return response.text if response.status_code == 200 else ""


def test_release_round_trip(checkout: Path, index: str, replay_url: str, tmp_path: Path) -> None:
    # A dirty tree is refused before anything is built or sent.
    (checkout / "stray.txt").write_text("not committed")
    refused = _release(checkout, index)
    assert refused.returncode != 0
    assert "working tree is not clean" in refused.stderr
    assert "stray.txt" in refused.stderr
    assert _listed(index) == ""
    (checkout / "stray.txt").unlink()

    # A drift report in which the live API contradicts the spec is refused, before anything else.
    reports = {}
    for name, recordings in (("clean", RECORDINGS_DIR), ("drifted", tmp_path / "drifted")):
        if name == "drifted":
            drift_directory(RECORDINGS_DIR, recordings)
        reports[name] = tmp_path / f"{name}.json"
        report = drift.check(recordings)
        reports[name].write_text(drift.render_json(report), encoding="utf-8")
    refused = _release(checkout, index, reports["drifted"])
    assert refused.returncode != 0
    assert "contradictions between the spec and the live API" in refused.stdout
    assert "regenerate.py" not in refused.stdout
    assert _listed(index) == ""

    started = time.monotonic()
    published = _release(checkout, index, reports["clean"])
    assert published.returncode == 0, published.stdout[-3000:] + published.stderr[-3000:]
    assert f"published discogs-openapi {VERSION}" in published.stdout
    print(f"make release: {time.monotonic() - started:.1f} s")
    listing = _listed(index)
    assert f"discogs_openapi-{VERSION}-py3-none-any.whl" in listing
    assert f"discogs_openapi-{VERSION}.tar.gz" in listing

    # The same version again is refused, before the checks and the build run.
    again = _release(checkout, index)
    assert again.returncode != 0
    assert f"discogs-openapi {VERSION} is already on" in again.stderr
    assert "regenerate.py" not in again.stdout

    # A user's install: a new virtualenv, this index and nothing else.
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True, timeout=120)
    python = str(venv / "bin" / "python")
    env = {
        key: value for key, value in os.environ.items() if not key.startswith(("PIP_", "DISCOGS_"))
    }
    env |= {"PIP_CONFIG_FILE": os.devnull, "PIP_DISABLE_PIP_VERSION_CHECK": "1"}
    install = subprocess.run(
        [
            python,
            "-m",
            "pip",
            "install",
            "--no-cache-dir",
            "--no-input",
            "--index-url",
            f"{index}/simple/",
            "discogs-openapi",
        ],
        env=env,
        capture_output=True,
        text=True,
        timeout=180,
        check=False,
    )
    assert install.returncode == 0, install.stdout[-3000:] + install.stderr[-3000:]

    probe = (
        "import json, importlib.resources as r, discogs_api_client, discogs_openapi;"
        "print(json.dumps([discogs_openapi.__version__, discogs_openapi.__file__,"
        " discogs_api_client.__file__,"
        " json.loads(r.files('discogs_api_client').joinpath('generation.json').read_text())]))"
    )
    shown = subprocess.run(
        [python, "-c", probe], env=env, capture_output=True, text=True, timeout=60, check=True
    )
    version, overlay_file, generated_file, stamp = json.loads(shown.stdout)
    assert version == VERSION
    assert overlay_file.startswith(str(venv))
    assert generated_file.startswith(str(venv))
    committed = ROOT / "generated" / "discogs_api_client" / "generation.json"
    assert stamp == json.loads(committed.read_text())

    demo = subprocess.run(
        [python, str(checkout / "scripts" / "demo.py")],
        env=env | {"DISCOGS_BASE_URL": replay_url, "DISCOGS_TOKEN": FAKE_TOKEN},
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert demo.returncode == 0, demo.stderr[-3000:]
    assert "Release 249504: Never Gonna Give You Up" in demo.stdout
    assert "page 2/2" in demo.stdout


def test_the_generation_stamp_names_what_the_package_was_made_from(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import regenerate

    assert regenerate.verify() == 0
    stamp = json.loads(regenerate.STAMP.read_text())
    assert stamp["generator"] == "openapi-python-client==0.29.1"
    # An edited spec (one byte) makes the committed stamp stale, and says which input changed.
    edited = tmp_path / "discogs.yaml"
    edited.write_bytes(regenerate.SPEC.read_bytes() + b"\n")
    monkeypatch.setattr(regenerate, "SPEC", edited)
    monkeypatch.setattr(regenerate, "ROOT", Path("/"))
    assert regenerate.verify() == 1
    assert "spec_sha256 was" in capsys.readouterr().err


def test_a_private_index_gets_the_credentials_only_from_its_own_host(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import release

    with _pypiserver(tmp_path, "update,download,list") as url:
        monkeypatch.delenv("RELEASE_INDEX_URL", raising=False)
        monkeypatch.setenv("TWINE_REPOSITORY_URL", url)
        monkeypatch.setenv("TWINE_USERNAME", PUBLISHER)
        monkeypatch.setenv("TWINE_PASSWORD", PASSWORD)
        assert httpx.get(f"{url}/simple/discogs-openapi/", timeout=5).status_code == 401
        assert release.published_versions() == set()  # asked with the password: not there yet
        # The same index under another name is another host: no password goes there.
        monkeypatch.setenv("RELEASE_INDEX_URL", url.replace("127.0.0.1", "localhost") + "/simple")
        with pytest.raises(release.ReleaseError, match="answered 401") as refused:
            release.published_versions()
        assert PASSWORD not in str(refused.value)
        monkeypatch.delenv("RELEASE_INDEX_URL")
        monkeypatch.setenv("TWINE_PASSWORD", "wrong")
        with pytest.raises(release.ReleaseError, match="answered 403"):
            release.published_versions()
