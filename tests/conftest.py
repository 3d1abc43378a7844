"""Shared fixtures: the spec, the recordings and a replay server on loopback."""

from __future__ import annotations

import contextlib
import importlib
import json
import logging
import os
import shutil
import socket
import subprocess
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
import verifier
import yaml
from openapi_python_client.strings import snake_case

import discogs_openapi.client
from replay_server import SERVER_THREAD, ReplayApp, serve

ROOT = Path(__file__).resolve().parent.parent
SPEC_PATH = ROOT / "openapi" / "discogs.yaml"
RECORDINGS_DIR = ROOT / "tests" / "recordings"
USER_AGENT = "discogs-openapi-tests/0.1 +https://example.com/tests"
FAKE_TOKEN = "tok-FAKE-7c1e9a53d2"

# The suite's clients decode strictly: an answer (a recording, a test server's body) that drifts
# from the spec fails its test. Tests of lenient decoding pass strict=False.
os.environ["DISCOGS_STRICT"] = "1"


class StrictDecoding:
    """Stands for a strict client where a generated `_parse_response` is called directly."""

    strict = True


@dataclass(frozen=True)
class Exchange:
    """A recording file, as the tests read it."""

    path: Path
    data: dict[str, Any]

    @property
    def id(self) -> str:
        return str(self.path.relative_to(RECORDINGS_DIR))

    @property
    def operation(self) -> str:
        return str(self.data["operation"])

    @property
    def status(self) -> int:
        return int(self.data["response"]["status"])

    @property
    def is_success(self) -> bool:
        return 200 <= self.status < 300


def load_exchanges() -> list[Exchange]:
    return [
        Exchange(path, json.loads(path.read_text(encoding="utf-8")))
        for path in sorted(RECORDINGS_DIR.rglob("*.json"))
    ]


EXCHANGES = load_exchanges()


def load_spec() -> dict[str, Any]:
    spec: dict[str, Any] = yaml.safe_load(SPEC_PATH.read_text(encoding="utf-8"))
    return spec


SPEC = load_spec()


def resolve(node: dict[str, Any]) -> dict[str, Any]:
    """Follow local `$ref`s in the spec until a node that is not a reference."""
    while "$ref" in node:
        target: Any = SPEC
        for part in node["$ref"].removeprefix("#/").split("/"):
            target = target[part]
        node = target
    return node


def operations(spec: dict[str, Any]) -> dict[str, tuple[str, str, dict[str, Any]]]:
    """operationId -> (path template, METHOD, operation object)."""
    found = {}
    for template, item in spec["paths"].items():
        for method, operation in item.items():
            if isinstance(operation, dict) and "operationId" in operation:
                found[operation["operationId"]] = (template, method.upper(), operation)
    return found


def generated_module(operation_id: str) -> ModuleType:
    """The generated module of an operation, named as the generator names it ("OAuth": o_auth)."""
    _, _, operation = operations(SPEC)[operation_id]
    tag = snake_case(operation["tags"][0])
    return importlib.import_module(f"discogs_api_client.api.{tag}.{snake_case(operation_id)}")


SHARED_REPLAY_APPS: list[ReplayApp] = []
"""The shared replay server's app (once a test asked for it), its URLs scanned at the run's end."""


@pytest.fixture(scope="session")
def replay_app() -> ReplayApp:
    app = ReplayApp.from_files(SPEC_PATH, RECORDINGS_DIR)
    SHARED_REPLAY_APPS.append(app)
    return app


@pytest.fixture(scope="session")
def replay_url(replay_app: ReplayApp) -> Iterator[str]:
    with serve(replay_app) as base_url:
        yield base_url


class FixedAnswer:
    """An ASGI app that answers every request with one response and records what arrived."""

    def __init__(self, status: int, body: bytes, content_type: str) -> None:
        self.status = status
        self.body = body
        self.content_type = content_type
        self.requests: list[tuple[str, str, dict[str, str]]] = []

    async def __call__(self, scope: dict[str, Any], receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            return
        headers = {k.decode().lower(): v.decode() for k, v in scope["headers"]}
        target = scope["path"] + (
            "?" + scope["query_string"].decode() if scope["query_string"] else ""
        )
        self.requests.append((scope["method"], target, headers))
        await send(
            {
                "type": "http.response.start",
                "status": self.status,
                "headers": [(b"content-type", self.content_type.encode())],
            }
        )
        await send({"type": "http.response.body", "body": self.body})


@pytest.fixture
def answering() -> Iterator[Any]:
    """Start loopback servers that give one fixed answer: `answering(status, body, type)`."""
    with contextlib.ExitStack() as stack:

        def start(status: int, body: bytes, content_type: str) -> tuple[str, FixedAnswer]:
            app = FixedAnswer(status, body, content_type)
            return stack.enter_context(serve(app)), app

        yield start


@pytest.fixture(scope="module")
def redis_url() -> Iterator[str]:
    """A real Redis server on a free loopback port, for as long as the module's tests run."""
    import redis  # the [redis] extra, which CI installs

    server = shutil.which("redis-server")
    if server is None:
        if os.environ.get("CI") == "true":
            pytest.fail("redis-server is not installed; .ci/run installs it")
        pytest.skip("redis-server is not installed (CI installs it and runs these tests)")
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    process = subprocess.Popen(
        [server, "--port", str(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"],
        stdout=subprocess.DEVNULL,
    )
    url = f"redis://127.0.0.1:{port}/0"
    client = redis.Redis.from_url(url)
    deadline = time.monotonic() + 10
    while True:
        try:
            client.ping()
            break
        except redis.ConnectionError:
            if time.monotonic() > deadline:
                process.kill()
                raise
            time.sleep(0.05)
    yield url
    process.terminate()
    process.wait(timeout=10)


def budget_store(kind: str, tmp_path: Path, request: pytest.FixtureRequest) -> dict[str, str]:
    """Throttle keywords for a store ("memory", "sqlite", "redis"); Redis (and its fixture) only
    when the case asks for it, emptied first. Client settings name them `rate_limit_<key>`."""
    if kind == "sqlite":
        return {"path": str(tmp_path / "budget.sqlite")}
    if kind == "redis":
        import redis

        url = request.getfixturevalue("redis_url")
        redis.Redis.from_url(url).flushdb()
        return {"url": url}
    return {}


# Every secret the tests hand to the client; none may ever reach a log record.
LOGGED_SECRETS = (FAKE_TOKEN, *verifier.SECRETS, verifier.ACCESS_TOKEN)
# None of these may be in a URL sent (an OAuth access token is sent, in the Authorization header).
SENT_SECRETS = (FAKE_TOKEN, *verifier.SECRETS)
RUN_LOG: list[str] = []
"""Every client-side log message of the run so far, scanned once more at the run's end."""


@pytest.fixture(autouse=True)
def scaled_rate_limit_window(monkeypatch: pytest.MonkeyPatch) -> None:
    """Clients throttle by default; a scaled window keeps the suite fast (seconds, not minutes)."""
    monkeypatch.setattr(discogs_openapi.client, "DEFAULT_RATE_LIMIT_WINDOW", 0.2)


@pytest.fixture(scope="session", autouse=True)
def no_secret_in_the_run() -> Iterator[None]:
    """At the end of the run, whichever test is last: every log record and URL of it scanned.

    An autouse session fixture is set up first, so torn down last: by then every test's records
    are in RUN_LOG and the shared replay server has had its last request. A leak makes this
    teardown fail, which pytest reports as an error of the last test and a non-zero exit.
    """
    yield
    urls = [target for app in SHARED_REPLAY_APPS for target in app.targets]
    leaks = [f"{s} in log records" for s in LOGGED_SECRETS if any(s in m for m in RUN_LOG)]
    leaks += [f"{s} in URLs sent" for s in SENT_SECRETS if any(s in url for url in urls)]
    assert not leaks, (
        f"end of run, {len(RUN_LOG)} log records and {len(urls)} URLs scanned: {leaks}"
    )


@pytest.fixture(autouse=True)
def no_secret_in_logs(caplog: pytest.LogCaptureFixture) -> Iterator[None]:
    """Run every test with DEBUG logging on, then scan all that was logged for secrets."""
    caplog.set_level(logging.DEBUG)
    yield
    records = [
        record.getMessage()
        for when in ("setup", "call", "teardown")
        for record in caplog.get_records(when)  # type: ignore[arg-type]
        # The loopback servers stand in for Discogs: what they log is the server's business.
        if record.threadName != SERVER_THREAD
    ]
    RUN_LOG.extend(records)
    leaked = [s for s in LOGGED_SECRETS if any(s in message for message in records)]
    assert not leaked, f"secrets in log records: {leaked}"


def run_make(*arguments: str, timeout: float = 300) -> subprocess.CompletedProcess[str]:
    """Run make in the repository, asserting success; the output is in the result."""
    # A make that runs this suite passes its flags (-n, jobserver) down: the nested make gets none.
    env = {k: v for k, v in os.environ.items() if k not in {"MAKEFLAGS", "MFLAGS", "MAKELEVEL"}}
    result = subprocess.run(
        ["make", "--no-print-directory", *arguments],  # noqa: S607
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )
    assert result.returncode == 0, (
        f"make {' '.join(arguments)} failed:\n{result.stdout}\n{result.stderr}"
    )
    return result
