"""Authentication strategies, each an `httpx.Auth` that signs one request.

The transport stack applies them per attempt (see `transport.py`), so a retried or throttled
request is signed afresh: OAuth gets a new nonce and timestamp each time. Secrets are kept out of
every `repr`, and each value is checked at construction (`checks.header_text`): surrounding
whitespace is stripped, and a value that cannot go into a header raises a `ConfigurationError`
that does not show it.
"""

from __future__ import annotations

from collections.abc import Generator
from typing import TYPE_CHECKING, Any, Literal, cast, get_args

import httpx

from .checks import header_text
from .errors import ConfigurationError
from .flow import Discard, Flow, Read, Transport, send
from .layer import Layer, Origin
from .logs import install as install_log_filters

if TYPE_CHECKING:
    from oauthlib import oauth1

__all__ = [
    "SIGNATURE_METHODS",
    "AuthLayer",
    "DiscogsKeySecretAuth",
    "DiscogsTokenAuth",
    "OAuth1Auth",
    "SignatureMethod",
    "check_signature_method",
]

SignatureMethod = Literal["PLAINTEXT", "HMAC-SHA1"]
SIGNATURE_METHODS: tuple[str, ...] = get_args(SignatureMethod)
_FORM = "application/x-www-form-urlencoded"


def check_signature_method(method: object) -> SignatureMethod:
    """`method` if it is one of `SIGNATURE_METHODS`, else a `ConfigurationError`."""
    if method not in SIGNATURE_METHODS:
        raise ConfigurationError(
            f"signature_method must be one of {', '.join(SIGNATURE_METHODS)}; got {method!r}."
        )
    return cast(SignatureMethod, method)


class _HeaderAuth(httpx.Auth):
    """Discogs Auth: one fixed `Authorization` header, kept out of the `repr`."""

    def __init__(self, header: str) -> None:
        self._header = header

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        request.headers["Authorization"] = self._header
        yield request


class DiscogsTokenAuth(_HeaderAuth):
    """Discogs personal access token: `Authorization: Discogs token=…`."""

    def __init__(self, token: str) -> None:
        super().__init__(f"Discogs token={header_text('token', token)}")

    def __repr__(self) -> str:
        return "DiscogsTokenAuth(token=***)"


class DiscogsKeySecretAuth(_HeaderAuth):
    """An application's consumer key and secret: `Authorization: Discogs key=…, secret=…`."""

    def __init__(self, consumer_key: str, consumer_secret: str) -> None:
        key = header_text("consumer_key", consumer_key)
        secret = header_text("consumer_secret", consumer_secret)
        super().__init__(f"Discogs key={key}, secret={secret}")

    def __repr__(self) -> str:
        return "DiscogsKeySecretAuth(consumer_key=***, consumer_secret=***)"


class OAuth1Auth(httpx.Auth):
    """OAuth 1.0a (RFC 5849), signed by oauthlib into the `Authorization` header.

    `PLAINTEXT` (Discogs' recommendation over HTTPS) or `HMAC-SHA1`, which signs the method, the
    URL with its query and any form-encoded body; JSON and multipart bodies are not signed, as
    RFC 5849 says. Without `token` it signs as the application alone (the request-token step);
    `callback_uri` and `verifier` serve the steps of the three-legged flow.
    """

    def __init__(
        self,
        consumer_key: str,
        consumer_secret: str,
        token: str | None = None,
        token_secret: str | None = None,
        *,
        signature_method: SignatureMethod = "PLAINTEXT",
        callback_uri: str | None = None,
        verifier: str | None = None,
    ) -> None:
        from oauthlib import oauth1  # lazy: only OAuth users pay for it

        check_signature_method(signature_method)
        install_log_filters()
        self._signer: oauth1.Client = oauth1.Client(
            header_text("consumer_key", consumer_key),
            client_secret=header_text("consumer_secret", consumer_secret),
            resource_owner_key=_optional("token", token),
            resource_owner_secret=_optional("token_secret", token_secret),
            signature_method=signature_method,
            signature_type=oauth1.SIGNATURE_TYPE_AUTH_HEADER,
            callback_uri=_optional("callback_uri", callback_uri),
            verifier=_optional("verifier", verifier),
        )
        self.signature_method = signature_method

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        content_type = request.headers.get("content-type", "")
        body: str | None = None
        headers: dict[str, str] = {}
        if content_type.split(";")[0].strip().lower() == _FORM:
            body = request.read().decode()
            headers["Content-Type"] = _FORM
        # oauthlib draws a fresh nonce and timestamp on every call.
        method: Any = request.method  # the stubs want a literal; httpx gives the method as sent
        _, signed, _ = self._signer.sign(
            str(request.url), http_method=method, body=body, headers=headers
        )
        request.headers["Authorization"] = signed["Authorization"]
        yield request

    def __repr__(self) -> str:
        return (
            f"OAuth1Auth(consumer_key=***, token=***, signature_method={self.signature_method!r})"
        )


def _optional(name: str, value: str | None) -> str | None:
    return None if value is None else header_text(name, value)


class AuthLayer(Layer):
    """Signs each request to the API with `auth` (any `httpx.Auth`) as it goes out.

    It signs a copy: the caller's request, which the cache keys and redirects reuse, never holds
    credentials. Below the retry and the throttle, so every attempt is signed afresh.
    """

    def __init__(
        self,
        inner: Transport,
        origin: Origin,
        auth: httpx.Auth,
    ) -> None:
        super().__init__(inner, origin)
        self.auth = auth

    def flow(self, request: httpx.Request) -> Flow[httpx.Response]:
        copy = httpx.Request(
            request.method,
            request.url,
            headers=request.headers.copy(),
            stream=request.stream,
            extensions=request.extensions,
        )
        if self.auth.requires_request_body:
            yield Read(copy)
        signing = self.auth.auth_flow(copy)
        signed = next(signing)
        while True:
            response = yield from send(signed, self.inner)
            if self.auth.requires_response_body:
                yield Read(response)
            try:
                signed = signing.send(response)
            except StopIteration:
                return response
            yield Discard(response)
