"""The three-legged OAuth 1.0a flow, for applications that act on behalf of Discogs users.

    flow = OAuthFlow("MyApp/1.0 +https://example.com", consumer_key, consumer_secret)
    request = flow.request_token()              # valid for 15 minutes
    print(flow.authorize_url(request))          # the user allows the app and gets a verifier
    access = flow.access_token(request, verifier)
    client = flow.client(access)                # a Discogs client acting as that user

The tokens are plain values: store `access.token` and `access.secret` (they do not expire).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from types import ModuleType
from typing import Any
from urllib.parse import urlencode

from discogs_api_client.api.o_auth import create_access_token, get_request_token

from .auth import OAuth1Auth, SignatureMethod
from .checks import header_text, http_url
from .client import AsyncDiscogs, Discogs, Settings, default_base_url
from .errors import AuthenticationError, InvalidArgumentError, OAuthRejectedError
from .flow import Call, Close, Flow, run, run_async

__all__ = ["AUTHORIZE_URL", "AccessToken", "OAuthFlow", "RequestToken"]

AUTHORIZE_URL = "https://www.discogs.com/oauth/authorize"


@dataclass(frozen=True)
class RequestToken:
    """A request token and its secret, from step 1; they expire after 15 minutes."""

    token: str = field(repr=False)
    secret: str = field(repr=False)
    callback_confirmed: bool = True


@dataclass(frozen=True)
class AccessToken:
    """An access token and its secret: store both to act for the user later."""

    token: str = field(repr=False)
    secret: str = field(repr=False)


class OAuthFlow:
    """Request token -> authorize URL -> access token, sync or asyncio (`*_async`)."""

    def __init__(
        self,
        user_agent: str,
        consumer_key: str,
        consumer_secret: str,
        *,
        callback: str = "oob",
        signature_method: SignatureMethod = "PLAINTEXT",
        base_url: str | None = None,
        authorize_url: str = AUTHORIZE_URL,
    ) -> None:
        consumer = (
            header_text("consumer_key", consumer_key),
            header_text("consumer_secret", consumer_secret),
        )
        base_url = base_url or default_base_url()
        # Validates the user agent, the base URL and the consumer pair before any request.
        Discogs(
            user_agent,
            consumer_key=consumer[0],
            consumer_secret=consumer[1],
            base_url=base_url,
            throttle=False,
        ).close()
        # The signature method and the callback too: one OAuth1Auth is made for each step.
        self._callback = header_text("callback", callback)
        OAuth1Auth(*consumer, signature_method=signature_method, callback_uri=self._callback)
        self._user_agent = user_agent
        self._consumer = consumer
        self._method: SignatureMethod = signature_method
        self._base_url = base_url.strip()
        http_url("authorize_url", authorize_url)
        self._authorize_url = authorize_url.strip()

    def __repr__(self) -> str:
        return (
            f"OAuthFlow(consumer_key=***, callback={self._callback!r}, base_url={self._base_url!r})"
        )

    def authorize_url(self, request: RequestToken) -> str:
        """Where to send the user to allow the application (step 2)."""
        return f"{self._authorize_url}?{urlencode({'oauth_token': request.token})}"

    def request_token(self) -> RequestToken:
        """Step 1: a request token, signed with the consumer key and secret and the callback."""
        return run(self._request_token(Discogs))

    async def request_token_async(self) -> RequestToken:
        """The asyncio form of `request_token`."""
        return await run_async(self._request_token(AsyncDiscogs))

    def access_token(self, request: RequestToken, verifier: str) -> AccessToken:
        """Step 3: exchange the authorized request token and the user's verifier."""
        return run(self._access_token(Discogs, request, verifier))

    async def access_token_async(self, request: RequestToken, verifier: str) -> AccessToken:
        """The asyncio form of `access_token`."""
        return await run_async(self._access_token(AsyncDiscogs, request, verifier))

    def _request_token(self, kind: type[Discogs | AsyncDiscogs]) -> Flow[RequestToken]:
        settings = self._settings(callback=self._callback)
        answer = yield from _call(kind(self._user_agent, **settings), get_request_token)
        return RequestToken(answer.oauth_token, answer.oauth_token_secret)

    def _access_token(
        self, kind: type[Discogs | AsyncDiscogs], request: RequestToken, verifier: str
    ) -> Flow[AccessToken]:
        if not isinstance(request, RequestToken):
            raise InvalidArgumentError(
                "request must be the RequestToken from request_token(); got "
                f"{type(request).__name__}."
            )
        # Checked before the flow's client is made, so a mistake sends nothing.
        settings = self._settings(
            token=RequestToken(
                header_text("request.token", request.token, error=InvalidArgumentError),
                header_text("request.secret", request.secret, error=InvalidArgumentError),
            ),
            verifier=header_text("verifier", verifier, error=InvalidArgumentError),
        )
        try:
            answer = yield from _call(kind(self._user_agent, **settings), create_access_token)
        except AuthenticationError as error:
            raise OAuthRejectedError(error.response) from None
        return AccessToken(answer.oauth_token, answer.oauth_token_secret)

    def client(self, access: AccessToken) -> Discogs:
        """A client acting as the user who authorized `access`."""
        return Discogs(
            self._user_agent,
            consumer_key=self._consumer[0],
            consumer_secret=self._consumer[1],
            oauth_token=access.token,
            oauth_token_secret=access.secret,
            signature_method=self._method,
            base_url=self._base_url,
        )

    def _settings(
        self,
        *,
        callback: str | None = None,
        token: RequestToken | None = None,
        verifier: str | None = None,
    ) -> Settings:
        auth = OAuth1Auth(
            *self._consumer,
            token.token if token else None,
            token.secret if token else None,
            signature_method=self._method,
            callback_uri=callback,
            verifier=verifier,
        )
        return {"auth": auth, "base_url": self._base_url}


def _call(client: Discogs | AsyncDiscogs, operation: ModuleType) -> Flow[Any]:
    """Call `operation` with a client made for this one step, then close the client."""
    try:
        return (yield Call(operation, {"client": client}))
    finally:
        yield Close(client)
