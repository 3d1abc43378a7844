"""A loopback server that checks credentials the way Discogs would, independently of the client.

OAuth 1.0a requests are verified with oauthlib's server side (request token, access token and
protected-resource endpoints, PLAINTEXT and HMAC-SHA1, nonces never reused); `Discogs token=`
and `Discogs key=…, secret=…` headers are compared exactly. Every request is recorded.
"""

from __future__ import annotations

import json
import secrets
import string
import time
from dataclasses import dataclass, field
from typing import Any, ClassVar
from urllib.parse import urlencode

from bodies import release
from oauthlib import oauth1

from replay_server import read_request

CONSUMER_KEY = "ck-FAKE-2f9a41c7"
CONSUMER_SECRET = "cs-FAKE-8d0e5b13"
ACCESS_TOKEN = "at-FAKE-5c7d9e21"
ACCESS_SECRET = "as-FAKE-3b6f8a40"
PERSONAL_TOKEN = "pt-FAKE-9e1c2d75"
SECRETS = (CONSUMER_SECRET, ACCESS_SECRET, PERSONAL_TOKEN)
# Any minimal Release answers a protected-resource request, so generated functions can parse it.
RELEASE = release()


@dataclass
class Seen:
    """One request as it arrived."""

    method: str
    path: str
    query: str
    headers: dict[str, str]
    body: bytes
    verdict: str

    @property
    def oauth(self) -> dict[str, str]:
        """The OAuth parameters of the Authorization header."""
        header = self.headers.get("authorization", "")
        if not header.startswith("OAuth "):
            return {}
        return dict(oauth1.rfc5849.utils.parse_authorization_header(header))


@dataclass
class Store:
    """What the verifier knows: tokens it issued, verifiers, nonces already used."""

    request_tokens: dict[str, tuple[str, float]] = field(default_factory=dict)
    verifiers: dict[str, str] = field(default_factory=dict)
    nonces: set[tuple[str, str, str]] = field(default_factory=set)
    lifetime: float = 15 * 60


class Validator(oauth1.RequestValidator):
    """oauthlib's server-side checks, over the fixed consumer and access token above."""

    def __init__(self, store: Store) -> None:
        super().__init__()
        self.store = store

    enforce_ssl = False  # loopback only
    allowed_signature_methods = ("PLAINTEXT", "HMAC-SHA1")
    client_key_length = request_token_length = access_token_length = (8, 64)
    verifier_length = nonce_length = (8, 64)
    safe_characters: ClassVar[set[str]] = set(string.ascii_letters + string.digits + "-_")
    dummy_client = "dummy-client"
    dummy_request_token = "dummy-request-token"
    dummy_access_token = "dummy-access-token"

    def check_nonce(self, nonce: str) -> bool:
        return 8 <= len(nonce) <= 64 and nonce.isalnum()

    def validate_client_key(self, client_key: str, request: Any) -> bool:
        return client_key == CONSUMER_KEY

    def get_client_secret(self, client_key: str, request: Any) -> str:
        return CONSUMER_SECRET if client_key == CONSUMER_KEY else "dummy"

    def validate_timestamp_and_nonce(
        self, client_key: str, timestamp: str, nonce: str, request: Any, **kwargs: Any
    ) -> bool:
        key = (client_key, nonce, kwargs.get("request_token") or kwargs.get("access_token") or "")
        if key in self.store.nonces or abs(time.time() - int(timestamp)) > 600:
            return False
        self.store.nonces.add(key)
        return True

    def validate_requested_realms(self, client_key: str, realms: Any, request: Any) -> bool:
        return True

    def get_default_realms(self, client_key: str, request: Any) -> list[str]:
        return []

    def validate_redirect_uri(self, client_key: str, redirect_uri: str, request: Any) -> bool:
        return redirect_uri == "oob" or redirect_uri.startswith("http")

    def save_request_token(self, token: dict[str, Any], request: Any) -> None:
        self.store.request_tokens[token["oauth_token"]] = (
            token["oauth_token_secret"],
            time.monotonic(),
        )

    def _live_request_token(self, token: str) -> tuple[str, float] | None:
        found = self.store.request_tokens.get(token)
        if found is None or time.monotonic() - found[1] > self.store.lifetime:
            return None
        return found

    def validate_request_token(self, client_key: str, token: str, request: Any) -> bool:
        return self._live_request_token(token) is not None

    def get_request_token_secret(self, client_key: str, token: str, request: Any) -> str:
        found = self._live_request_token(token)
        return found[0] if found else "dummy"

    def validate_verifier(self, client_key: str, token: str, verifier: str, request: Any) -> bool:
        return self.store.verifiers.get(token) == verifier

    def verify_request_token(self, token: str, request: Any) -> bool:
        return self._live_request_token(token) is not None

    def get_realms(self, token: str, request: Any) -> list[str]:
        return []

    def invalidate_request_token(self, client_key: str, request_token: str, request: Any) -> None:
        self.store.request_tokens.pop(request_token, None)

    def save_access_token(self, token: dict[str, Any], request: Any) -> None:
        # The verifier issues one fixed access token, so tests know what to expect.
        return None

    def validate_access_token(self, client_key: str, token: str, request: Any) -> bool:
        return token == ACCESS_TOKEN

    def get_access_token_secret(self, client_key: str, token: str, request: Any) -> str:
        return ACCESS_SECRET if token == ACCESS_TOKEN else "dummy"

    def validate_realms(self, *args: Any, **kwargs: Any) -> bool:
        return True


class FixedAccessTokenEndpoint(oauth1.AccessTokenEndpoint):
    def create_access_token(self, request: Any, credentials: Any) -> str:
        self.request_validator.invalidate_request_token(
            request.client_key, request.resource_owner_key, request
        )
        return urlencode({"oauth_token": ACCESS_TOKEN, "oauth_token_secret": ACCESS_SECRET})


class Verifier:
    """The ASGI app. `authorize(token)` plays the user who allows the app: it returns a verifier."""

    def __init__(self) -> None:
        self.store = Store()
        validator = Validator(self.store)
        self.request_endpoint = oauth1.RequestTokenEndpoint(validator)
        self.access_endpoint = FixedAccessTokenEndpoint(validator)
        self.resource_endpoint = oauth1.ResourceEndpoint(validator)
        self.seen: list[Seen] = []

    def reset(self) -> None:
        """Forget what earlier tests did (the server is shared by a module's tests)."""
        self.store.request_tokens.clear()
        self.store.verifiers.clear()
        self.store.nonces.clear()
        self.store.lifetime = 15 * 60
        self.seen.clear()

    def authorize(self, request_token: str) -> str:
        verifier = secrets.token_hex(8)
        self.store.verifiers[request_token] = verifier
        return verifier

    def answer(
        self, method: str, url: str, headers: dict[str, str], body: bytes
    ) -> tuple[int, dict[str, str], bytes, str]:
        path = url.split("?", 1)[0].split("://", 1)[1].split("/", 1)[1]
        text = body.decode() if body else None
        authorization = headers.get("authorization", "")
        if "/" + path == "/oauth/request_token":
            out_headers, out, status = self.request_endpoint.create_request_token_response(
                url, method, text, headers
            )
            return status, out_headers, (out or "").encode(), f"request_token {status}"
        if "/" + path == "/oauth/access_token":
            out_headers, out, status = self.access_endpoint.create_access_token_response(
                url, method, text, headers
            )
            return status, out_headers, (out or "").encode(), f"access_token {status}"
        if authorization.startswith("OAuth "):
            valid, _ = self.resource_endpoint.validate_protected_resource_request(
                url, method, text, headers
            )
            verdict = "oauth ok" if valid else "oauth rejected"
        elif authorization == f"Discogs token={PERSONAL_TOKEN}":
            verdict = "token ok"
        elif authorization == f"Discogs key={CONSUMER_KEY}, secret={CONSUMER_SECRET}":
            verdict = "key_secret ok"
        else:
            verdict = "rejected" if authorization else "anonymous"
        if verdict.endswith("ok") and path.startswith("moved/"):
            # A redirect within the API host: the client must follow it with a fresh signature.
            return 302, {"Location": "/" + path.removeprefix("moved/")}, b"", verdict
        if verdict.endswith("ok") or verdict == "anonymous":
            return 200, {"Content-Type": "application/json"}, json.dumps(RELEASE).encode(), verdict
        message = json.dumps({"message": "You must authenticate to access this resource."})
        return 401, {"Content-Type": "application/json"}, message.encode(), verdict

    async def __call__(self, scope: dict[str, Any], receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            return
        body, headers = await read_request(scope, receive)
        query = scope["query_string"].decode("latin-1")
        host = headers.get("host", "127.0.0.1")
        url = f"http://{host}{scope['path']}" + (f"?{query}" if query else "")
        status, out_headers, content, verdict = self.answer(scope["method"], url, headers, body)
        self.seen.append(Seen(scope["method"], scope["path"], query, headers, body, verdict))
        await send(
            {
                "type": "http.response.start",
                "status": status,
                "headers": [(k.lower().encode(), v.encode()) for k, v in out_headers.items()],
            }
        )
        await send({"type": "http.response.body", "body": content})
