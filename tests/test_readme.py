"""Every code block of the README runs, against the replay server.

Python blocks run as they are, each in a fresh interpreter, with `DISCOGS_BASE_URL` pointing the
client at the replay server (the client's default when set) and fake credentials in the
environment. Shell blocks: `python examples/…` and `python scripts/…` commands run against the
replay server too; `make` targets are dry-run (`make -n`: the target exists and is well formed;
running `make test` inside the tests would recurse); `pip install` lines must name this
distribution and its real extras (the release test installs it from a package index for real).
The JSON block must be a recording envelope; the layer diagram must name the overlay's modules.
"""

from __future__ import annotations

import json
import os
import re
import shlex
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

from conftest import FAKE_TOKEN, RECORDINGS_DIR, ROOT, USER_AGENT, run_make
from discogs_openapi import AsyncDiscogs, Discogs
from discogs_openapi.layer import Layer

README = (ROOT / "README.md").read_text(encoding="utf-8")
BLOCKS = [
    (match.group(1), match.group(2), README.count("\n", 0, match.start()) + 1)
    for match in re.finditer(r"^```(\w*)\n(.*?)^```$", README, re.M | re.S)
]
VERIFIER = "KsFqTnVdxa"  # what a person would paste after authorizing the application


def _environment(replay_url: str, *, consumer: bool) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("DISCOGS_")}
    env |= {"DISCOGS_BASE_URL": replay_url, "DISCOGS_USER_AGENT": USER_AGENT}
    if consumer:  # the OAuth flow's block reads a consumer pair
        return env | {
            "DISCOGS_CONSUMER_KEY": "readme-key",
            "DISCOGS_CONSUMER_SECRET": "readme-secret",
        }
    return env | {"DISCOGS_TOKEN": FAKE_TOKEN}  # what the shell blocks export


@pytest.fixture
def workdir(tmp_path: Path) -> Path:
    """A folder holding the files the blocks name: the CSV the upload recording expects."""
    upload = json.loads((RECORDINGS_DIR / "addInventoryUpload" / "200-example.json").read_text())
    (tmp_path / "listings.csv").write_text(upload["request"]["multipart"]["upload"]["text"])
    return tmp_path


def _run(
    command: list[str], replay_url: str, cwd: Path, *, consumer: bool = False
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        command,
        cwd=cwd,
        env=_environment(replay_url, consumer=consumer),
        input=f"{VERIFIER}\n",
        capture_output=True,
        text=True,
        timeout=90,
        check=False,
    )


def _ids(kind: str) -> list[str]:
    return [f"line{line}" for language, _, line in BLOCKS if language == kind]


def _blocks(kind: str) -> list[str]:
    return [code for language, code, _ in BLOCKS if language == kind]


def test_every_block_has_a_known_language() -> None:
    languages = {language for language, _, _ in BLOCKS}
    assert languages <= {"python", "sh", "json", "text"}, languages
    assert len(_blocks("python")) >= 8


@pytest.mark.parametrize("code", _blocks("python"), ids=_ids("python"))
def test_python_block_runs(code: str, replay_url: str, workdir: Path) -> None:
    result = _run([sys.executable, "-c", code], replay_url, workdir, consumer=True)
    assert result.returncode == 0, f"{code}\n--- stderr:\n{result.stderr[-3000:]}"
    assert "Traceback" not in result.stderr
    assert result.stdout.strip(), "a README example should show what it got"


def _shell_commands(code: str) -> list[list[str]]:
    joined = code.replace("\\\n", " ")
    return [shlex.split(line, comments=True) for line in joined.splitlines() if line.strip()]


@pytest.mark.parametrize("code", _blocks("sh"), ids=_ids("sh"))
def test_shell_block_works(code: str, replay_url: str, workdir: Path) -> None:
    with (ROOT / "pyproject.toml").open("rb") as file:
        project = tomllib.load(file)["project"]
    for words in filter(None, _shell_commands(code)):
        while "=" in words[0]:  # VAR=value prefixes: the test's own environment stands in
            words = words[1:]
        if words[0] == "export":
            # The variables the blocks export are the ones this test sets itself.
            assert all(w.split("=")[0].startswith(("DISCOGS_", "TWINE_")) for w in words[1:])
        elif words[0] == "make":
            run_make("-n", *words[1:], timeout=60)  # the target exists and is well formed
        elif words[:2] == ["pip", "install"]:
            for requirement in words[2:]:
                name, _, extras = requirement.partition("[")
                assert name == project["name"]
                wanted = set(filter(None, extras.rstrip("]").split(",")))
                assert wanted <= set(project["optional-dependencies"]), requirement
        elif words[0] == "python":
            script = ROOT / words[1]
            assert script.is_file(), words[1]
            # Run from the work folder; a path of the repository (tests/recordings) stays one.
            arguments = [
                str(ROOT / w) if (ROOT / w).exists() and not (workdir / w).exists() else w
                for w in words[2:]
            ]
            result = _run([sys.executable, str(script), *arguments], replay_url, workdir)
            assert result.returncode == 0, f"`{' '.join(words)}`: {result.stderr[-3000:]}"
        else:
            pytest.fail(f"the README runs a command this test cannot check: {' '.join(words)}")


@pytest.mark.parametrize("code", _blocks("json"), ids=_ids("json"))
def test_json_block_is_a_recording_envelope(code: str) -> None:
    envelope = json.loads(code)
    assert set(envelope) == {"operation", "source", "request", "response"}
    assert (RECORDINGS_DIR / envelope["operation"]).is_dir()


@pytest.mark.parametrize("code", _blocks("text"), ids=_ids("text"))
@pytest.mark.parametrize("kind", [Discogs, AsyncDiscogs])
def test_layer_diagram_is_the_stack_as_built(
    code: str, kind: type[Discogs | AsyncDiscogs], tmp_path: Path
) -> None:
    names = [line.split()[0] for line in code.splitlines() if line.strip()]
    modules = [name for name in names if name.endswith(".py")]
    assert modules, code
    for module in modules:
        assert (ROOT / "overlay" / "discogs_openapi" / module).is_file(), module
    # Every layer switched on: the stack a client really builds, outermost first.
    client = kind(USER_AGENT, token=FAKE_TOKEN, cache_path=tmp_path / "cache.sqlite")
    layer = client._stack
    built = []
    while isinstance(layer, Layer):
        built.append(type(layer).__module__.rsplit(".", 1)[-1] + ".py")
        layer = layer.inner
    assert built == modules
    assert names[-1] == "httpx"
