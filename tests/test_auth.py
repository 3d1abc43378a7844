"""Every way to authenticate, checked by a loopback verifier that uses oauthlib's server side."""

from __future__ import annotations

import os
import subprocess
import sys
import traceback
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import unquote

import httpx
import pytest
from verifier import (
    ACCESS_SECRET,
    ACCESS_TOKEN,
    CONSUMER_KEY,
    CONSUMER_SECRET,
    PERSONAL_TOKEN,
    SECRETS,
    Verifier,
)

from conftest import SPEC, USER_AGENT, operations
from discogs_api_client.api.database import get_release
from discogs_openapi import (
    AccessToken,
    AsyncDiscogs,
    AuthenticationError,
    ConfigurationError,
    CredentialsRequiredError,
    Discogs,
    DiscogsKeySecretAuth,
    DiscogsTokenAuth,
    InvalidArgumentError,
    OAuth1Auth,
    OAuthFlow,
    OAuthRejectedError,
    RequestToken,
    RetryPolicy,
)
from discogs_openapi.auth import AuthLayer
from discogs_openapi.layer import Origin
from replay_server import serve

OPERATIONS = operations(SPEC)
OAUTH = {
    "consumer_key": CONSUMER_KEY,
    "consumer_secret": CONSUMER_SECRET,
    "oauth_token": ACCESS_TOKEN,
    "oauth_token_secret": ACCESS_SECRET,
}
MODES: dict[str, dict[str, Any]] = {
    "token": {"token": PERSONAL_TOKEN},
    "key_secret": {"consumer_key": CONSUMER_KEY, "consumer_secret": CONSUMER_SECRET},
    "oauth-plaintext": {**OAUTH, "signature_method": "PLAINTEXT"},
    "oauth-hmac": {**OAUTH, "signature_method": "HMAC-SHA1"},
}
# (method, path, request arguments): a query, a form body, a JSON body, and no body.
REQUESTS: list[tuple[str, str, dict[str, Any]]] = [
    ("GET", "/releases/1", {"params": {"curr_abbr": "EUR", "q": "a b&c"}}),
    ("POST", "/marketplace/listings", {"data": {"release_id": "1", "note": "x y"}}),
    (
        "POST",
        "/marketplace/listings",
        {"json": {"release_id": 1, "condition": "Mint (M)", "price": 9.5, "status": "For Sale"}},
    ),
    ("PUT", "/releases/1/rating/example", {"json": {"rating": 5}, "params": {"a": "1"}}),
    ("DELETE", "/releases/1/rating/example", {}),
]


@pytest.fixture(scope="module")
def verifier_server() -> Iterator[tuple[str, Verifier]]:
    app = Verifier()
    with serve(app) as url:
        yield url, app


@pytest.fixture
def verifier(verifier_server: tuple[str, Verifier]) -> tuple[str, Verifier]:
    verifier_server[1].reset()
    return verifier_server


# --- every mode, checked by the verifier -----------------------------------------------------


@pytest.mark.parametrize("mode", ["oauth-plaintext", "oauth-hmac"])
@pytest.mark.parametrize(("method", "path", "arguments"), REQUESTS)
def test_oauth_signatures_verify(
    verifier: tuple[str, Verifier], mode: str, method: str, path: str, arguments: dict[str, Any]
) -> None:
    url, app = verifier
    with Discogs(USER_AGENT, base_url=url, **MODES[mode]) as client:
        response = client.get_httpx_client().request(method, path, **arguments)
    assert response.status_code == 200
    assert app.seen[-1].verdict == "oauth ok"
    assert app.seen[-1].oauth["oauth_signature_method"] == MODES[mode]["signature_method"]


@pytest.mark.parametrize("mode", ["oauth-plaintext", "oauth-hmac"])
async def test_oauth_signatures_verify_async(verifier: tuple[str, Verifier], mode: str) -> None:
    url, app = verifier
    async with AsyncDiscogs(USER_AGENT, base_url=url, **MODES[mode]) as client:
        for method, path, arguments in REQUESTS:
            await client.get_async_httpx_client().request(method, path, **arguments)
            assert app.seen[-1].verdict == "oauth ok", (method, path)


@pytest.mark.parametrize("mode", ["token", "key_secret"])
async def test_discogs_auth_headers_are_exact(verifier: tuple[str, Verifier], mode: str) -> None:
    url, app = verifier
    with Discogs(USER_AGENT, base_url=url, **MODES[mode]) as client:
        assert get_release.sync(1, client=client).title == "Stockholm"
    async with AsyncDiscogs(USER_AGENT, base_url=url, **MODES[mode]) as client:
        assert (await get_release.asyncio(1, client=client)).id == 1
    assert [seen.verdict for seen in app.seen] == [f"{mode} ok", f"{mode} ok"]


def test_a_wrong_secret_is_rejected_by_the_verifier(verifier: tuple[str, Verifier]) -> None:
    url, app = verifier
    wrong = {**OAUTH, "oauth_token_secret": "as-WRONG-00000000", "signature_method": "HMAC-SHA1"}
    with Discogs(USER_AGENT, base_url=url, **wrong) as client, pytest.raises(AuthenticationError):
        get_release.sync(1, client=client)
    assert app.seen[-1].verdict == "oauth rejected"


def test_no_credentials_sends_no_authorization(verifier: tuple[str, Verifier]) -> None:
    url, app = verifier
    with Discogs(USER_AGENT, base_url=url) as client:
        get_release.sync(1, client=client)
    assert "authorization" not in app.seen[-1].headers


# --- signed per attempt ----------------------------------------------------------------------


@pytest.mark.parametrize("mode", ["oauth-plaintext", "oauth-hmac"])
def test_each_attempt_is_signed_afresh(verifier: tuple[str, Verifier], mode: str) -> None:
    url, app = verifier
    with Discogs(USER_AGENT, base_url=url, **MODES[mode]) as client:
        for _ in range(2):
            client.get_httpx_client().get("/releases/1", params={"curr_abbr": "USD"})
    first, second = (seen.oauth for seen in app.seen)
    assert first["oauth_nonce"] != second["oauth_nonce"]
    if mode == "oauth-hmac":
        assert first["oauth_signature"] != second["oauth_signature"]
    assert [seen.verdict for seen in app.seen] == ["oauth ok", "oauth ok"]


def test_the_transport_signs_the_same_request_object_again(verifier: tuple[str, Verifier]) -> None:
    """What a retry layer above the auth layer does: send one `httpx.Request` twice."""
    url, app = verifier
    auth = OAuth1Auth(
        CONSUMER_KEY, CONSUMER_SECRET, ACCESS_TOKEN, ACCESS_SECRET, signature_method="HMAC-SHA1"
    )
    transport = AuthLayer(httpx.HTTPTransport(), Origin(httpx.URL(url)), auth)
    request = httpx.Request("GET", f"{url}/releases/1?curr_abbr=GBP")
    for _ in range(2):
        transport.handle_request(request).close()
    transport.close()
    assert [seen.verdict for seen in app.seen] == ["oauth ok", "oauth ok"]
    assert app.seen[0].oauth["oauth_signature"] != app.seen[1].oauth["oauth_signature"]


# --- configuration ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("settings", "complaint"),
    [
        ({"token": PERSONAL_TOKEN, **OAUTH}, "cannot be combined"),
        ({"token": PERSONAL_TOKEN, "consumer_key": CONSUMER_KEY}, "cannot be combined"),
        ({"consumer_key": CONSUMER_KEY}, "go together"),
        ({"consumer_secret": CONSUMER_SECRET}, "go together"),
        ({**OAUTH, "oauth_token_secret": None}, "all four"),
        ({"oauth_token": ACCESS_TOKEN, "oauth_token_secret": ACCESS_SECRET}, "all four"),
        ({**OAUTH, "signature_method": "RSA-SHA1"}, "signature_method must be one of"),
        ({"token": PERSONAL_TOKEN, "signature_method": "HMAC-SHA1"}, "OAuth credentials only"),
        ({"token": "  "}, "non-empty"),
        ({"auth": httpx.Auth(), "token": PERSONAL_TOKEN}, "either auth="),
    ],
)
def test_inconsistent_credentials_are_refused(settings: dict[str, Any], complaint: str) -> None:
    with pytest.raises(ConfigurationError, match=complaint) as caught:
        Discogs(USER_AGENT, **settings)
    for secret in SECRETS:
        assert secret not in str(caught.value)
    with pytest.raises(ConfigurationError, match=complaint):
        AsyncDiscogs(USER_AGENT, **settings)


@pytest.mark.parametrize("mode", list(MODES))
def test_credentials_over_plain_http_need_loopback(mode: str) -> None:
    with pytest.raises(ConfigurationError, match="https"):
        Discogs(USER_AGENT, base_url="http://api.example.com", **MODES[mode])


def test_from_env_reads_the_oauth_values(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DISCOGS_USER_AGENT", USER_AGENT)
    monkeypatch.delenv("DISCOGS_TOKEN", raising=False)
    monkeypatch.setenv("DISCOGS_CONSUMER_KEY", CONSUMER_KEY)
    monkeypatch.setenv("DISCOGS_CONSUMER_SECRET", CONSUMER_SECRET)
    assert Discogs.from_env().auth_mode == "key_secret"
    monkeypatch.setenv("DISCOGS_OAUTH_TOKEN", ACCESS_TOKEN)
    monkeypatch.setenv("DISCOGS_OAUTH_TOKEN_SECRET", ACCESS_SECRET)
    assert Discogs.from_env().auth_mode == "oauth"
    assert AsyncDiscogs.from_env(signature_method="HMAC-SHA1").auth_mode == "oauth"


# --- credentials that cannot go into a header --------------------------------------------------

# The verifier compares `Discogs token=` and `Discogs key=…, secret=…` headers exactly and checks
# OAuth signatures: a value sent with a stray character in it is rejected there.
HEADER_MODES: dict[str, dict[str, str]] = {
    "token": {"token": PERSONAL_TOKEN},
    "key_secret": {
        "consumer_key": CONSUMER_KEY,
        "consumer_secret": CONSUMER_SECRET,
    },
    "oauth": {
        "consumer_key": CONSUMER_KEY,
        "consumer_secret": CONSUMER_SECRET,
        "oauth_token": ACCESS_TOKEN,
        "oauth_token_secret": ACCESS_SECRET,
    },
}
# Read from a file, a CRLF `.env`, a terminal: surrounding whitespace, stripped before sending.
PADDING = ["\n", "\r", "\r\n", " \t", "\n\n "]
# Inside a value, or a character that is not whitespace: nothing can send these.
BROKEN = ["\x00", "\nX-Injected: 1", "\rx", "\x7f", "\x1b[0m", "é", "\u2028x"]
NAMES = [(mode, name) for mode, values in HEADER_MODES.items() for name in values]


@pytest.mark.parametrize("padding", PADDING, ids=repr)
@pytest.mark.parametrize("mode", list(HEADER_MODES))
async def test_surrounding_whitespace_is_stripped_from_credentials(
    verifier: tuple[str, Verifier], mode: str, padding: str
) -> None:
    url, app = verifier
    padded = {name: f"{padding}{value}{padding}" for name, value in HEADER_MODES[mode].items()}
    quick = RetryPolicy(attempts=1)
    with Discogs(USER_AGENT, base_url=url, retry=quick, **padded) as client:
        assert get_release.sync(1, client=client).id == 1
    async with AsyncDiscogs(USER_AGENT, base_url=url, retry=quick, **padded) as client:
        assert (await get_release.asyncio(1, client=client)).id == 1
    assert [seen.verdict for seen in app.seen] == [f"{mode} ok"] * 2


def test_from_env_strips_a_crlf_dotenv(
    verifier: tuple[str, Verifier], monkeypatch: pytest.MonkeyPatch
) -> None:
    url, app = verifier
    monkeypatch.setenv("DISCOGS_USER_AGENT", USER_AGENT + "\r")
    monkeypatch.setenv("DISCOGS_BASE_URL", url + "\r")
    monkeypatch.setenv("DISCOGS_TOKEN", PERSONAL_TOKEN + "\r")
    with Discogs.from_env(retry=RetryPolicy(attempts=1)) as client:
        assert get_release.sync(1, client=client).id == 1
    assert [seen.verdict for seen in app.seen] == ["token ok"]
    assert app.seen[0].headers["user-agent"] == USER_AGENT


def _shown(error: BaseException) -> list[str]:
    """Every text an error shows: message, repr and the traceback `format_exc()` would print."""
    return [str(error), repr(error), "".join(traceback.format_exception(error))]


def _refused(make: Any, name: str, secret: str) -> ConfigurationError:
    """`make()` raises a ConfigurationError naming `name`, with `secret` nowhere in it."""
    with pytest.raises(ConfigurationError) as caught:
        make()
    error = caught.value
    assert name in str(error), str(error)
    assert error.__cause__ is None
    assert error.__suppress_context__ or error.__context__ is None
    for text in _shown(error):
        assert secret not in text, text
    return error


@pytest.mark.parametrize("broken", BROKEN, ids=repr)
@pytest.mark.parametrize(("mode", "name"), NAMES)
async def test_a_credential_that_cannot_be_a_header_is_refused_unshown(
    verifier: tuple[str, Verifier], mode: str, name: str, broken: str
) -> None:
    url, app = verifier
    secret = HEADER_MODES[mode][name]
    settings = {**HEADER_MODES[mode], name: f"{secret}{broken}"}

    def sync() -> None:
        with Discogs(USER_AGENT, base_url=url, retry=RetryPolicy(attempts=1), **settings) as c:
            get_release.sync(1, client=c)

    async def asynchronous() -> None:
        async with AsyncDiscogs(USER_AGENT, base_url=url, **settings) as client:
            await get_release.asyncio(1, client=client)

    error = _refused(sync, name, secret)
    assert "HTTP header" in str(error)
    with pytest.raises(ConfigurationError) as caught:
        await asynchronous()
    assert str(caught.value) == str(error)
    for text in _shown(caught.value):
        assert secret not in text, text
    assert app.seen == []


@pytest.mark.parametrize("broken", BROKEN, ids=repr)
def test_the_auth_classes_and_the_oauth_flow_refuse_them_too(
    verifier: tuple[str, Verifier], broken: str
) -> None:
    url, app = verifier
    key, secret = CONSUMER_KEY, CONSUMER_SECRET
    bad_secret, bad_token = f"{secret}{broken}", f"{PERSONAL_TOKEN}{broken}"
    _refused(lambda: DiscogsTokenAuth(bad_token), "token", PERSONAL_TOKEN)
    _refused(lambda: DiscogsKeySecretAuth(key, bad_secret), "consumer_secret", secret)
    _refused(lambda: OAuth1Auth(key, bad_secret), "consumer_secret", secret)
    access = (ACCESS_TOKEN, f"{ACCESS_SECRET}{broken}")
    _refused(lambda: OAuth1Auth(key, secret, *access), "token_secret", ACCESS_SECRET)
    _refused(
        lambda: OAuthFlow(USER_AGENT, key, bad_secret, base_url=url).request_token(),
        "consumer_secret",
        secret,
    )
    assert app.seen == []


def test_the_oauth_flow_strips_its_consumer_values(verifier: tuple[str, Verifier]) -> None:
    url, app = verifier
    key, secret = CONSUMER_KEY + "\n", CONSUMER_SECRET + "\r\n"
    flow = OAuthFlow(USER_AGENT, key, secret, base_url=url)
    request = flow.request_token()
    access = flow.access_token(request, app.authorize(request.token) + "\n")
    with flow.client(access) as client:
        get_release.sync(1, client=client)
    verdicts = [seen.verdict for seen in app.seen]
    assert verdicts == ["request_token 200", "access_token 200", "oauth ok"]


# --- operations that need a user fail locally, as the spec says -------------------------------


def _needs(operation: dict[str, Any]) -> set[str]:
    return {name for entry in operation["security"] for name in entry}


def _concrete(template: str) -> str:
    return (
        template.replace("{order_id}", "1-1")
        .replace("{username}", "example")
        .replace("{price}", "10")
        .replace("{currency}", "USD")
        .format_map(_Ones())
    )


class _Ones(dict[str, str]):
    def __missing__(self, key: str) -> str:
        return "1"


WITHOUT_ANONYMOUS = [
    (operation_id, method, template, operation)
    for operation_id, (template, method, operation) in sorted(OPERATIONS.items())
    if {} not in operation["security"]
]


@pytest.mark.parametrize(
    ("operation_id", "method", "template", "operation"),
    WITHOUT_ANONYMOUS,
    ids=[row[0] for row in WITHOUT_ANONYMOUS],
)
def test_operations_needing_credentials_fail_locally(
    verifier: tuple[str, Verifier], operation_id: str, method: str, template: str, operation: Any
) -> None:
    url, app = verifier
    path = _concrete(template)
    with (
        Discogs(USER_AGENT, base_url=url) as anonymous,
        pytest.raises(CredentialsRequiredError, match=operation_id),
    ):
        anonymous.get_httpx_client().request(method, path)
    with Discogs(USER_AGENT, base_url=url, **MODES["key_secret"]) as application:
        if "DiscogsKeySecret" in _needs(operation):
            application.get_httpx_client().request(method, path)
            assert app.seen[-1].verdict == "key_secret ok"
        else:
            with pytest.raises(CredentialsRequiredError, match="identify no user"):
                application.get_httpx_client().request(method, path)
    assert all(seen.path != path or seen.headers.get("authorization") for seen in app.seen)


def test_at_least_the_user_operations_are_derived_from_the_spec() -> None:
    user_only = [row for row in WITHOUT_ANONYMOUS if "DiscogsKeySecret" not in _needs(row[3])]
    assert len(WITHOUT_ANONYMOUS) > 30
    assert any(row[0] == "searchDatabase" for row in WITHOUT_ANONYMOUS)
    assert all(row[0] != "searchDatabase" for row in user_only)


# --- redirects -------------------------------------------------------------------------------


class Redirects:
    """Answers every request with a redirect to `target` + the same path."""

    def __init__(self, target: str) -> None:
        self.target = target
        self.seen: list[dict[str, str]] = []

    async def __call__(self, scope: dict[str, Any], receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            return
        self.seen.append({k.decode().lower(): v.decode() for k, v in scope["headers"]})
        location = (self.target + scope["path"]).encode()
        await send(
            {"type": "http.response.start", "status": 302, "headers": [(b"location", location)]}
        )
        await send({"type": "http.response.body", "body": b""})


def test_authorization_is_dropped_on_a_redirect_to_another_host(
    verifier: tuple[str, Verifier],
) -> None:
    other_url, other = verifier
    # The same loopback server under another name is another origin.
    redirector = Redirects(other_url.replace("127.0.0.1", "localhost"))
    with serve(redirector) as api_url, Discogs(USER_AGENT, base_url=api_url, **OAUTH) as client:
        get_release.sync(1, client=client)
    assert redirector.seen[0]["authorization"].startswith("OAuth ")
    assert "authorization" not in other.seen[0].headers


def test_a_redirect_within_the_api_host_is_signed_afresh(verifier: tuple[str, Verifier]) -> None:
    url, app = verifier
    with Discogs(USER_AGENT, base_url=url, **MODES["oauth-hmac"]) as client:
        assert get_release.sync(1, client=client).id == 1  # warm-up: one plain request
        response = client.get_httpx_client().get("/moved/releases/1")
    assert response.status_code == 200
    hop, landed = app.seen[-2], app.seen[-1]
    assert (hop.path, landed.path) == ("/moved/releases/1", "/releases/1")
    assert landed.verdict == "oauth ok"
    assert hop.oauth["oauth_nonce"] != landed.oauth["oauth_nonce"]


# --- the three-legged flow -------------------------------------------------------------------


def _flow(url: str, **options: Any) -> OAuthFlow:
    return OAuthFlow(USER_AGENT, CONSUMER_KEY, CONSUMER_SECRET, base_url=url, **options)


@pytest.mark.parametrize("method", ["PLAINTEXT", "HMAC-SHA1"])
@pytest.mark.parametrize("callback", ["oob", "https://app.example/discogs/callback"])
def test_three_legged_flow(verifier: tuple[str, Verifier], method: Any, callback: str) -> None:
    url, app = verifier
    flow = _flow(url, callback=callback, signature_method=method)
    request = flow.request_token()
    assert isinstance(request, RequestToken)
    assert app.seen[-1].verdict == "request_token 200"
    assert unquote(app.seen[-1].oauth["oauth_callback"]) == callback
    authorize = flow.authorize_url(request)
    assert authorize == f"https://www.discogs.com/oauth/authorize?oauth_token={request.token}"
    access = flow.access_token(request, app.authorize(request.token))
    assert access == AccessToken(ACCESS_TOKEN, ACCESS_SECRET)
    assert app.seen[-1].verdict == "access_token 200"
    with flow.client(access) as client:
        assert get_release.sync(1, client=client).id == 1
    assert app.seen[-1].verdict == "oauth ok"


async def test_three_legged_flow_async(verifier: tuple[str, Verifier]) -> None:
    url, app = verifier
    flow = _flow(url)
    request = await flow.request_token_async()
    access = await flow.access_token_async(request, app.authorize(request.token))
    assert access.token == ACCESS_TOKEN


def test_an_expired_request_token_is_a_typed_error(verifier: tuple[str, Verifier]) -> None:
    url, app = verifier
    flow = _flow(url)
    request = flow.request_token()
    verifier_code = app.authorize(request.token)
    app.store.lifetime = 0.0  # the 15 minutes have passed
    with pytest.raises(OAuthRejectedError, match="expire after 15 minutes") as caught:
        flow.access_token(request, verifier_code)
    assert caught.value.status_code == 401
    for secret in (*SECRETS, request.secret):
        assert secret not in str(caught.value)


async def test_a_wrong_verifier_is_a_typed_error(verifier: tuple[str, Verifier]) -> None:
    url, app = verifier
    flow = _flow(url)
    request = await flow.request_token_async()
    app.authorize(request.token)
    with pytest.raises(OAuthRejectedError):
        await flow.access_token_async(request, "not-the-verifier")


# --- hygiene ---------------------------------------------------------------------------------


def test_no_secret_in_any_repr(verifier: tuple[str, Verifier]) -> None:
    url, _ = verifier
    objects: list[object] = [
        OAuth1Auth(CONSUMER_KEY, CONSUMER_SECRET, ACCESS_TOKEN, ACCESS_SECRET),
        RequestToken("rt-FAKE-token", "rs-FAKE-secret"),
        AccessToken(ACCESS_TOKEN, ACCESS_SECRET),
        _flow(url),
    ]
    for settings in MODES.values():
        objects.append(Discogs(USER_AGENT, base_url=url, **settings))
        objects.append(AsyncDiscogs(USER_AGENT, base_url=url, **settings))
    for thing in objects:
        for text in (repr(thing), str(thing)):
            for secret in (*SECRETS, ACCESS_TOKEN, "rs-FAKE-secret", "rt-FAKE-token"):
                assert secret not in text, text


@pytest.mark.parametrize("mode", list(MODES))
def test_credentials_never_travel_in_urls(verifier: tuple[str, Verifier], mode: str) -> None:
    url, app = verifier
    # A consumer key and secret identify no user: only the public request applies to them.
    requests = REQUESTS[:1] if mode == "key_secret" else REQUESTS
    with Discogs(USER_AGENT, base_url=url, **MODES[mode]) as client:
        for method, path, arguments in requests:
            client.get_httpx_client().request(method, path, **arguments)
    assert len(app.seen) == len(requests)
    for seen in app.seen:
        for secret in (*SECRETS, ACCESS_TOKEN, CONSUMER_KEY):
            assert secret not in seen.query
            assert secret not in seen.path


# --- the terminal walkthrough ------------------------------------------------------------------


def test_the_oauth_script_walks_through_against_the_replay_server(replay_url: str) -> None:
    script = Path(__file__).resolve().parent.parent / "scripts" / "oauth_flow.py"
    environment = {
        **os.environ,
        "DISCOGS_USER_AGENT": USER_AGENT,
        "DISCOGS_CONSUMER_KEY": CONSUMER_KEY,
        "DISCOGS_CONSUMER_SECRET": CONSUMER_SECRET,
        "DISCOGS_BASE_URL": replay_url,
    }
    result = subprocess.run(
        [sys.executable, str(script)],
        input="KsFqTnVdxa\n",
        capture_output=True,
        text=True,
        env=environment,
        timeout=60,
        check=True,
    )
    assert "https://www.discogs.com/oauth/authorize?oauth_token=abc123" in result.stdout
    assert "DISCOGS_OAUTH_TOKEN=abc123" in result.stdout
    assert "DISCOGS_OAUTH_TOKEN_SECRET=xyz789" in result.stdout


# --- the flow's own arguments, checked before anything is sent -------------------------------


@pytest.mark.parametrize(
    ("options", "complaint"),
    [
        ({"callback": 123}, "callback must be a non-empty string"),
        ({"callback": ""}, "callback must be a non-empty string"),
        ({"callback": "https://app.example/cb\r\nX: y"}, "callback holds a control character"),
        ({"signature_method": "RSA-SHA1"}, "signature_method must be one of"),
        ({"authorize_url": "discogs.com/oauth"}, "authorize_url must be an http"),
    ],
    ids=repr,
)
async def test_bad_flow_options_are_refused_before_any_request(
    verifier: tuple[str, Verifier], options: dict[str, Any], complaint: str
) -> None:
    url, app = verifier
    with pytest.raises(ConfigurationError, match=complaint):
        _flow(url, **options).request_token()
    with pytest.raises(ConfigurationError, match=complaint):
        await _flow(url, **options).request_token_async()
    assert app.seen == []


@pytest.mark.parametrize("verifier_code", [123, None, "", "  ", "abc\x00", "abc\ndef"], ids=repr)
async def test_a_bad_verifier_is_refused_before_it_is_sent(
    verifier: tuple[str, Verifier], verifier_code: Any
) -> None:
    url, app = verifier
    flow = _flow(url)
    request = flow.request_token()
    app.authorize(request.token)
    with pytest.raises(InvalidArgumentError, match="verifier"):
        flow.access_token(request, verifier_code)
    with pytest.raises(InvalidArgumentError, match="verifier"):
        await flow.access_token_async(request, verifier_code)
    assert [seen.verdict for seen in app.seen] == ["request_token 200"]


async def test_a_bad_request_token_is_refused_before_it_is_sent(
    verifier: tuple[str, Verifier],
) -> None:
    url, app = verifier
    flow = _flow(url)
    request = flow.request_token()
    code = app.authorize(request.token)
    for bad in (
        RequestToken(request.token + "\x00", request.secret),
        RequestToken(request.token, request.secret + "\nX"),
        (request.token, request.secret),
    ):
        with pytest.raises(InvalidArgumentError, match="request") as caught:
            flow.access_token(bad, code)  # type: ignore[arg-type]
        assert request.secret not in str(caught.value)
    # Stored and read back with a line break, the token is stripped and still works.
    stored = RequestToken(request.token + "\n", request.secret + "\r\n")
    assert (await flow.access_token_async(stored, code)).token == ACCESS_TOKEN
    assert [seen.verdict for seen in app.seen] == ["request_token 200", "access_token 200"]
