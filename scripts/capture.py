"""Capturing exchanges at the wire and writing them as recording envelopes, credentials REDACTED.

`Capture` is a network transport (hand it to the client as `transport=`) that keeps every
request and answer as they crossed the wire, after auth signed them; `envelope` turns one into
the project's recording envelope (README "Recordings and the replay server") with credentials
REDACTED in headers, query and URLs inside bodies; `Mask` replaces the maintainer's username,
e-mail and id consistently (`--mask-user`).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from typing import Any

import httpx

REDACTED = "REDACTED"
MASKED_USER, MASKED_EMAIL, MASKED_ID = "maintainer", "maintainer@example.com", 1
# Headers about the transfer, not the answer: the saved body is decoded and replayed whole.
DROPPED_HEADERS = {
    "set-cookie",
    "content-encoding",
    "content-length",
    "transfer-encoding",
    "connection",
    "keep-alive",
}
ACCOUNT_ID_KEYS = {"user_id", "owner_id", "seller_id", "buyer_id"}
SECRET_HEADERS = {"authorization", "proxy-authorization", "cookie"}
# Query parameters that are credentials: Discogs Auth and OAuth ones, and the signatures of
# pre-signed file URLs (an export download may redirect to one). Also redacted inside URLs in
# bodies and headers (pagination links, Location).
CREDENTIAL_NAMES = r"token|key|secret|signature|oauth_\w+|x-amz-[\w-]+"
SECRET_PARAMETER = re.compile(rf"(?i)([?&](?:{CREDENTIAL_NAMES})=)[^&#\s\"'<>]*")


@dataclass(frozen=True)
class Exchange:
    """A request and its answer as they crossed the wire (the body decoded)."""

    request: httpx.Request
    status: int
    headers: list[tuple[str, str]]
    body: bytes


class Capture(httpx.BaseTransport):
    """A network transport that keeps every exchange; hand it to the client as `transport=`."""

    def __init__(self, inner: httpx.BaseTransport | None = None) -> None:
        self.inner = inner or httpx.HTTPTransport()
        self.exchanges: list[Exchange] = []

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        request.read()  # kept for the envelope; the request then sends the same bytes
        response = self.inner.handle_request(request)
        try:
            raw = b"".join(response.iter_raw())
        finally:
            response.close()
        try:
            body = httpx.Response(
                response.status_code, headers=response.headers, content=raw
            ).content
        except httpx.DecodingError:
            body = raw
        headers = [(k.decode("latin-1"), v.decode("latin-1")) for k, v in response.headers.raw]
        self.exchanges.append(Exchange(request, response.status_code, headers, body))
        return httpx.Response(
            response.status_code,
            headers=response.headers,
            stream=httpx.ByteStream(raw),
            extensions=response.extensions,
        )

    def close(self) -> None:
        self.inner.close()


@dataclass
class Mask:
    """The maintainer's username, e-mail and id, replaced consistently everywhere."""

    username: str | None = None
    email: str | None = None
    user_id: int | None = None

    def text(self, value: str) -> str:
        # Through placeholders, so that one replacement never rewrites another's result.
        if self.email:
            value = re.sub(re.escape(self.email), "\x00e\x00", value, flags=re.IGNORECASE)
        if self.username:
            # The whole name (also in a host name), not part of a longer name.
            name = rf"(?<![\w\-]){re.escape(self.username)}(?![\w\-])"
            value = re.sub(name, "\x00u\x00", value, flags=re.IGNORECASE)
        if self.user_id is not None:
            # Order ids begin with the seller's id: "123-4".
            value = re.sub(rf"(?<![\w\-]){self.user_id}(?=-\d)", str(MASKED_ID), value)
            if value == str(self.user_id):
                value = str(MASKED_ID)
        return value.replace("\x00e\x00", MASKED_EMAIL).replace("\x00u\x00", MASKED_USER)

    def data(self, value: Any, key: str = "", owner: bool = False) -> Any:
        if isinstance(value, str):
            return self.text(value)
        if isinstance(value, list):
            return [self.data(item, key) for item in value]
        if isinstance(value, dict):
            mine = self._is_maintainer(value)
            return {k: self.data(v, k, mine) for k, v in value.items()}
        account_id = (key == "id" and owner) or key in ACCOUNT_ID_KEYS
        if account_id and type(value) is int and value == self.user_id:
            return MASKED_ID
        return value

    def _is_maintainer(self, item: dict[str, Any]) -> bool:
        name = item.get("username")
        return (
            bool(self.username)
            and isinstance(name, str)
            and name.lower() == str(self.username).lower()
        )


def scrub(value: Any) -> Any:
    """Credentials in query strings inside `value` (URLs in bodies and headers) REDACTED."""
    if isinstance(value, str):
        return SECRET_PARAMETER.sub(rf"\g<1>{REDACTED}", value)
    if isinstance(value, list):
        return [scrub(item) for item in value]
    if isinstance(value, dict):
        return {k: scrub(v) for k, v in value.items()}
    return value


def _secret_parameter(name: str) -> bool:
    return re.fullmatch(CREDENTIAL_NAMES, name, flags=re.IGNORECASE) is not None


def _response_body(body: bytes, content_type: str) -> dict[str, Any]:
    """`json` for a JSON answer, else `text` (a CSV that happens to parse as JSON stays text)."""
    if "json" in content_type.lower():
        try:
            return {"json": json.loads(body)}
        except ValueError:
            pass  # invalid JSON is kept as sent, for the drift report to flag
    return {"text": body.decode("utf-8", errors="replace")}


def envelope(exchange: Exchange, operation: str, path: str, source: str) -> dict[str, Any]:
    """The recording envelope of an exchange, credentials REDACTED."""
    request = exchange.request
    query = {
        k: REDACTED if _secret_parameter(k) else v for k, v in request.url.params.multi_items()
    }
    sent_headers = {name: REDACTED for name in request.headers if name.lower() in SECRET_HEADERS}
    content_type = request.headers.get("content-type")
    if content_type:
        sent_headers["Content-Type"] = content_type
    recorded_request: dict[str, Any] = {
        "method": request.method,
        "path": path,
        "query": query,
        "headers": {
            "Authorization" if k == "authorization" else k: v for k, v in sent_headers.items()
        },
    }
    if request.content and "json" in (content_type or ""):
        recorded_request["json"] = json.loads(request.content)
    headers: dict[str, str] = {}
    for name, value in exchange.headers:
        if name.lower() not in DROPPED_HEADERS:
            headers[name] = f"{headers[name]}, {value}" if name in headers else value
    response: dict[str, Any] = {"status": exchange.status, "headers": headers}
    if exchange.body:
        answered = next((v for k, v in exchange.headers if k.lower() == "content-type"), "")
        response.update(_response_body(exchange.body, answered))
    recorded: dict[str, Any] = scrub(
        {
            "operation": operation,
            "source": source,
            "request": recorded_request,
            "response": response,
        }
    )
    return recorded
