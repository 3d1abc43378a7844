"""Replay server: answers Discogs API requests from recorded exchanges, over real HTTP.

An ASGI app served by uvicorn on 127.0.0.1. It routes each request by the spec's paths, then:
- 404 for a path the spec does not have, 405 for a method the path does not list;
- 401 when the operation needs credentials (its `security` has no `{}`) and none were sent;
- otherwise the best-matching recording of that operation and path, or 404 (an unknown id).

A recording matches when every query parameter it names has the same value in the request
(`page` absent counts as page 1). Among matches it prefers the most query parameters matched,
then an equal request body (JSON, or the text of each multipart file), then a 2xx answer.

    python scripts/replay_server.py --port 8000      # serve until interrupted
    with serve() as base_url: ...                    # from tests: a free port, stopped on exit
"""

from __future__ import annotations

import argparse
import contextlib
import email.parser
import email.policy
import json
import re
import threading
import time
from collections.abc import Awaitable, Callable, Iterator, MutableMapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl

import uvicorn
import yaml

ROOT = Path(__file__).resolve().parent.parent
SPEC_PATH = ROOT / "openapi" / "discogs.yaml"
RECORDINGS_DIR = ROOT / "tests" / "recordings"

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]

SERVER_THREAD = "replay-server"  # the thread `serve` runs servers in
HTTP_METHODS = ("get", "put", "post", "delete", "patch", "head", "options")
UNAUTHENTICATED_HEADERS = {
    "X-Discogs-Ratelimit": "25",
    "X-Discogs-Ratelimit-Used": "1",
    "X-Discogs-Ratelimit-Remaining": "24",
}


@dataclass(frozen=True)
class Recording:
    """One recorded exchange, in the project's language-neutral envelope."""

    name: str
    operation: str
    method: str
    path: str
    query: dict[str, str]
    request_body: Any
    status: int
    headers: dict[str, str]
    body: bytes

    @classmethod
    def load(cls, path: Path) -> Recording:
        data = json.loads(path.read_text(encoding="utf-8"))
        request, response = data["request"], data["response"]
        if "json" in response:
            body = json.dumps(response["json"], ensure_ascii=False).encode()
        else:
            body = response.get("text", "").encode()
        return cls(
            name=str(path),
            operation=data["operation"],
            method=request["method"].upper(),
            path=request["path"],
            query={k: str(v) for k, v in request.get("query", {}).items()},
            request_body=_recorded_body(request),
            status=response["status"],
            headers=dict(response.get("headers", {})),
            body=body,
        )


@dataclass
class Route:
    """A path of the spec and its operations by method."""

    template: str
    pattern: re.Pattern[str]
    operations: dict[str, dict[str, Any]] = field(default_factory=dict)


def load_routes(spec_path: Path = SPEC_PATH) -> list[Route]:
    spec = yaml.safe_load(spec_path.read_text(encoding="utf-8"))
    routes = []
    for template, item in spec["paths"].items():
        regex = re.sub(r"\\\{[^}]+\\\}", "[^/]+", re.escape(template))
        operations = {m.upper(): op for m, op in item.items() if m in HTTP_METHODS}
        routes.append(Route(template, re.compile(f"^{regex}$"), operations))
    # Literal segments before parameters: /inventory/export beats /inventory/{id}.
    routes.sort(key=lambda r: (r.template.count("{"), r.template))
    return routes


def _recorded_body(request: dict[str, Any]) -> Any:
    """What a request's body must equal to pick this recording (None: any body)."""
    if "multipart" in request:
        return {name: part["text"] for name, part in request["multipart"].items()}
    return request.get("json")


def _request_body(content_type: str, body: bytes) -> Any:
    """A request body in the form `_recorded_body` gives: JSON, or multipart fields as text."""
    if content_type.startswith("multipart/form-data"):
        head = f"Content-Type: {content_type}\r\n\r\n".encode("latin-1")
        message = email.parser.BytesParser(policy=email.policy.HTTP).parsebytes(head + body)
        fields = {}
        for part in message.iter_parts():
            payload = part.get_payload(decode=True)
            name = part.get_param("name", header="content-disposition")
            if isinstance(name, str) and isinstance(payload, bytes):
                fields[name] = payload.decode("utf-8", errors="replace")
        return fields
    try:
        return json.loads(body) if body else None
    except ValueError:
        return None


def load_recordings(directory: Path = RECORDINGS_DIR) -> list[Recording]:
    return [Recording.load(path) for path in sorted(directory.rglob("*.json"))]


async def read_request(scope: Scope, receive: Receive) -> tuple[bytes, dict[str, str]]:
    """An HTTP request's whole body and its headers (names in lower case)."""
    body = b""
    while True:
        message = await receive()
        body += message.get("body", b"")
        if not message.get("more_body"):
            break
    headers = {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope["headers"]}
    return body, headers


def _needs_credentials(operation: dict[str, Any]) -> bool:
    return {} not in operation.get("security", [{}])


def _json_response(
    status: int, message: str, headers: dict[str, str]
) -> tuple[int, dict[str, str], bytes]:
    body = json.dumps({"message": message}).encode()
    return status, {"Content-Type": "application/json", **headers}, body


class ReplayApp:
    """The ASGI application. `requests` counts what reached it, by `METHOD path`; `targets` and
    `bodies` keep each request's path and query and its raw body, in the same order."""

    def __init__(self, routes: list[Route], recordings: list[Recording]) -> None:
        self.routes = routes
        self.recordings = recordings
        self.requests: list[tuple[str, str, dict[str, str]]] = []
        self.targets: list[str] = []  # every request's path and query, as sent
        self.bodies: list[bytes] = []  # every request's body, as sent

    @classmethod
    def from_files(
        cls, spec_path: Path = SPEC_PATH, recordings_dir: Path = RECORDINGS_DIR
    ) -> ReplayApp:
        return cls(load_routes(spec_path), load_recordings(recordings_dir))

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            return
        body, headers = await read_request(scope, receive)
        query = dict(parse_qsl(scope["query_string"].decode("latin-1"), keep_blank_values=True))
        method, path = scope["method"].upper(), scope["path"]
        self.requests.append((method, path, headers))
        self.targets.append(path + (f"?{scope['query_string'].decode('latin-1')}" if query else ""))
        self.bodies.append(body)
        status, response_headers, content = self.answer(method, path, query, headers, body)
        if status not in (204, 304):
            response_headers = {**response_headers, "Content-Length": str(len(content))}
        await send(
            {
                "type": "http.response.start",
                "status": status,
                "headers": [(k.encode(), v.encode()) for k, v in response_headers.items()],
            }
        )
        await send({"type": "http.response.body", "body": content})

    def answer(
        self, method: str, path: str, query: dict[str, str], headers: dict[str, str], body: bytes
    ) -> tuple[int, dict[str, str], bytes]:
        route = next((r for r in self.routes if r.pattern.match(path)), None)
        if route is None:
            return _json_response(
                404, "The requested resource was not found.", UNAUTHENTICATED_HEADERS
            )
        operation = route.operations.get(method)
        if operation is None:
            allowed = {"Allow": ", ".join(sorted(route.operations))}
            return _json_response(
                405, "Method not allowed.", {**UNAUTHENTICATED_HEADERS, **allowed}
            )
        if _needs_credentials(operation) and "authorization" not in headers:
            return _json_response(
                401, "You must authenticate to access this resource.", UNAUTHENTICATED_HEADERS
            )
        request_body = _request_body(headers.get("content-type", ""), body)
        recording = self.best_recording(operation["operationId"], method, path, query, request_body)
        if recording is None:
            return _json_response(
                404, "The requested resource was not found.", UNAUTHENTICATED_HEADERS
            )
        return recording.status, recording.headers, recording.body

    def best_recording(
        self, operation_id: str, method: str, path: str, query: dict[str, str], request_body: Any
    ) -> Recording | None:
        asked = {"page": "1", **query}
        scored = []
        for index, rec in enumerate(self.recordings):
            if (rec.operation, rec.method, rec.path) != (operation_id, method, path):
                continue
            wanted = {"page": "1", **rec.query}
            if any(asked.get(key) != value for key, value in wanted.items()):
                continue
            body_matches = rec.request_body is not None and rec.request_body == request_body
            scored.append(((len(rec.query), body_matches, 200 <= rec.status < 300, -index), rec))
        return max(scored, key=lambda item: item[0])[1] if scored else None


class CsvStream:
    """An ASGI app answering every request with `size` bytes of CSV, sent in 64 KiB chunks.

    With `break_at`, the connection closes after that many bytes although `Content-Length`
    promised `size`: a transfer interrupted midway.
    """

    ROW = b"700000001,Some Artist,Some Title,1,For Sale,9.99\r\n"

    def __init__(self, size: int, *, break_at: int | None = None) -> None:
        self.size = size
        self.break_at = break_at

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            return
        headers = [(b"content-type", b"text/csv"), (b"content-length", str(self.size).encode())]
        await send({"type": "http.response.start", "status": 200, "headers": headers})
        chunk = self.ROW * (64 * 1024 // len(self.ROW))
        sent, end = 0, self.size if self.break_at is None else self.break_at
        while sent < end:
            body = chunk[: min(end - sent, len(chunk))]
            sent += len(body)
            await send({"type": "http.response.body", "body": body, "more_body": sent < self.size})
        if sent < self.size:
            raise ConnectionAbortedError(f"the transfer breaks off after {sent} bytes")


@contextlib.contextmanager
def serve(app: ASGIApp | None = None, host: str = "127.0.0.1", port: int = 0) -> Iterator[str]:
    """Serve `app` (a `ReplayApp` of the repo's files by default) in a thread; yields its URL."""
    config = uvicorn.Config(
        app or ReplayApp.from_files(), host=host, port=port, log_level="warning", lifespan="off"
    )
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, name=SERVER_THREAD, daemon=True)
    thread.start()
    deadline = time.monotonic() + 10
    while not server.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            raise RuntimeError("the replay server did not start within 10 s")
        time.sleep(0.01)
    bound_port = server.servers[0].sockets[0].getsockname()[1]
    try:
        yield f"http://{host}:{bound_port}"
    finally:
        server.should_exit = True
        thread.join(timeout=10)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8000)
    parser.add_argument("--spec", type=Path, default=SPEC_PATH)
    parser.add_argument("--recordings", type=Path, default=RECORDINGS_DIR)
    args = parser.parse_args()
    app = ReplayApp.from_files(args.spec, args.recordings)
    print(f"replaying {len(app.recordings)} recordings on http://{args.host}:{args.port}")
    uvicorn.run(app, host=args.host, port=args.port, log_level="info", lifespan="off")


if __name__ == "__main__":
    main()
