"""The overlay against the replay server over a real socket: configuration, headers, errors."""

from __future__ import annotations

import contextlib
import logging
import traceback
from collections.abc import Callable, Iterator
from typing import Any

import httpx
import pytest

import discogs_openapi
from conftest import FAKE_TOKEN, USER_AGENT, FixedAnswer
from discogs_api_client.api.database import (
    get_artist,
    get_release,
    get_release_stats,
    search_database,
    update_release_user_rating,
)
from discogs_api_client.models import ReleaseRatingUpdate, SearchArtistResult
from discogs_openapi import (
    APIError,
    AsyncDiscogs,
    AuthenticationError,
    ConfigurationError,
    CredentialsRequiredError,
    DecodeError,
    Discogs,
    DiscogsError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    RetryPolicy,
    ServerError,
    UnprocessableEntityError,
)
from replay_server import ReplayApp, serve


@pytest.fixture(scope="module")
def fixed_servers() -> Iterator[list[tuple[str, FixedAnswer]]]:
    """Two servers of fixed answers for the module (one test needs a second origin)."""
    with contextlib.ExitStack() as stack:
        apps = [FixedAnswer(200, b"", "application/json") for _ in range(2)]
        yield [(stack.enter_context(serve(app)), app) for app in apps]


@pytest.fixture
def answering(
    fixed_servers: list[tuple[str, FixedAnswer]],
) -> Callable[[int, bytes, str], tuple[str, FixedAnswer]]:
    """conftest's `answering` over the module's servers: each set afresh, no request recorded."""
    free = list(fixed_servers)

    def start(status: int, body: bytes, content_type: str) -> tuple[str, FixedAnswer]:
        assert free, "more servers than the module holds"
        url, app = free.pop(0)
        app.status, app.body, app.content_type = status, body, content_type
        app.requests.clear()
        return url, app

    return start


@pytest.fixture
def client(replay_url: str) -> Discogs:
    return Discogs(USER_AGENT, token=FAKE_TOKEN, base_url=replay_url)


@pytest.fixture
def anonymous(replay_url: str) -> Discogs:
    return Discogs(USER_AGENT, base_url=replay_url)


# --- configuration -------------------------------------------------------------------------


@pytest.mark.parametrize("agent", ["", "   ", None])
def test_user_agent_is_required(agent: str) -> None:
    with pytest.raises(ConfigurationError, match="user_agent is required"):
        Discogs(agent)


@pytest.mark.parametrize(
    "agent", ["python-httpx/0.28.1", "python-requests/2.32", "curl/8.5.0", "Mozilla/5.0 (X11)"]
)
def test_stock_user_agents_are_refused(agent: str) -> None:
    with pytest.raises(ConfigurationError, match="stock library string"):
        Discogs(agent)


def test_user_agent_must_be_one_line() -> None:
    with pytest.raises(ConfigurationError, match="single line"):
        Discogs("App/1.0\r\nX-Injected: yes")


def test_configuration_errors_are_discogs_and_value_errors() -> None:
    with pytest.raises(ConfigurationError, match="output_format") as caught:
        Discogs(USER_AGENT, output_format="xml")  # type: ignore[arg-type]
    assert isinstance(caught.value, DiscogsError)
    assert isinstance(caught.value, ValueError)


@pytest.mark.parametrize("token", ["", "  "])
def test_empty_token_is_refused(token: str) -> None:
    with pytest.raises(ConfigurationError, match="token must be a non-empty string"):
        Discogs(USER_AGENT, token=token)


def test_credentials_over_plain_http_are_refused_except_on_loopback() -> None:
    with pytest.raises(ConfigurationError, match="only be sent over https"):
        Discogs(USER_AGENT, token=FAKE_TOKEN, base_url="http://api.example.com")
    Discogs(USER_AGENT, token=FAKE_TOKEN, base_url="http://127.0.0.1:9")
    Discogs(USER_AGENT, base_url="http://api.example.com")  # no credentials: allowed


def test_base_url_defaults_to_the_environment(
    replay_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("DISCOGS_BASE_URL", replay_url)
    with Discogs(USER_AGENT, token=FAKE_TOKEN) as client:
        assert get_release.sync(249504, client=client).id == 249504
    flow = discogs_openapi.OAuthFlow(USER_AGENT, "key", "secret")
    assert flow.request_token().token == "abc123"
    assert replay_url in repr(flow)
    monkeypatch.delenv("DISCOGS_BASE_URL")
    assert str(Discogs(USER_AGENT).get_httpx_client().base_url) == "https://api.discogs.com"


@pytest.mark.parametrize("base_url", ["ftp://api.discogs.com", "api.discogs.com", "https://"])
def test_base_url_must_be_http(base_url: str) -> None:
    with pytest.raises(ConfigurationError, match="base_url"):
        Discogs(USER_AGENT, base_url=base_url)


def test_from_env(monkeypatch: pytest.MonkeyPatch, replay_url: str) -> None:
    monkeypatch.setenv("DISCOGS_USER_AGENT", USER_AGENT)
    monkeypatch.setenv("DISCOGS_TOKEN", FAKE_TOKEN)
    monkeypatch.setenv("DISCOGS_BASE_URL", replay_url)
    with Discogs.from_env() as client:
        assert client.auth_mode == "token"
        assert get_release.sync(249504, client=client).id == 249504
    monkeypatch.delenv("DISCOGS_USER_AGENT")
    with pytest.raises(ConfigurationError, match="DISCOGS_USER_AGENT"):
        Discogs.from_env()
    assert AsyncDiscogs.from_env(user_agent=USER_AGENT).auth_mode == "token"


def test_repr_and_str_hide_the_token(client: Discogs) -> None:
    assert FAKE_TOKEN not in repr(client)
    assert FAKE_TOKEN not in str(client)
    assert "auth='token'" in repr(client)
    assert FAKE_TOKEN not in repr(client._auth)


def test_version_is_the_distributions() -> None:
    assert discogs_openapi.__version__.count(".") >= 2


# --- what goes over the wire ---------------------------------------------------------------


def test_headers_as_sent(client: Discogs, replay_app: ReplayApp) -> None:
    before = len(replay_app.requests)
    get_release.sync(249504, client=client, curr_abbr="USD")
    method, path, headers = replay_app.requests[before]
    assert (method, path) == ("GET", "/releases/249504")
    assert headers["user-agent"] == USER_AGENT
    assert headers["authorization"] == f"Discogs token={FAKE_TOKEN}"
    assert headers["accept"] == "application/vnd.discogs.v2.discogs+json"


def test_no_authorization_header_without_credentials(
    anonymous: Discogs, replay_app: ReplayApp
) -> None:
    before = len(replay_app.requests)
    get_release.sync(249504, client=anonymous)
    assert "authorization" not in replay_app.requests[before][2]


def test_token_never_in_the_url(client: Discogs, replay_app: ReplayApp) -> None:
    before = len(replay_app.requests)
    search_database.sync(client=client, q="nirvana")
    _, path, _ = replay_app.requests[before]
    assert FAKE_TOKEN not in path


def test_output_format_picks_the_accept_header(replay_url: str, replay_app: ReplayApp) -> None:
    with Discogs(USER_AGENT, base_url=replay_url, output_format="html") as client:
        before = len(replay_app.requests)
        get_release.sync(249504, client=client)
    assert replay_app.requests[before][2]["accept"] == "application/vnd.discogs.v2.html+json"


# --- answers -------------------------------------------------------------------------------


def test_success_is_parsed_into_models(client: Discogs) -> None:
    release = get_release.sync(249504, client=client, curr_abbr="USD")
    assert release.title == "Never Gonna Give You Up"
    artist = get_artist.sync(108713, client=client)
    assert artist.id == 108713


def test_search_results_are_typed_by_kind(client: Discogs) -> None:
    page = search_database.sync(client=client, q="nirvana")
    kinds = {type(result).__name__ for result in page.results}
    assert {"SearchReleaseResult", "SearchArtistResult"} <= kinds
    artist = next(r for r in page.results if isinstance(r, SearchArtistResult))
    assert artist.title


def test_stats_accept_both_shapes(client: Discogs) -> None:
    stats = get_release_stats.sync(249504, client=client)
    assert type(stats).__name__ in {"ReleaseStats", "ReleaseOffensiveFlag"}


def test_typed_404(client: Discogs) -> None:
    with pytest.raises(NotFoundError) as caught:
        get_release.sync(999999999, client=client)
    error = caught.value
    assert error.status_code == 404
    assert error.message == "Release not found."
    assert error.method == "GET"
    assert error.url.endswith("/releases/999999999")
    assert isinstance(error, APIError)


def test_search_without_credentials_fails_locally(
    anonymous: Discogs, replay_app: ReplayApp
) -> None:
    before = len(replay_app.requests)
    with pytest.raises(CredentialsRequiredError, match=r"searchDatabase .*no credentials"):
        search_database.sync(client=anonymous, q="nirvana")
    assert len(replay_app.requests) == before


def test_the_server_401_is_typed_too(replay_url: str) -> None:
    # A custom auth is not checked against the spec, so the server's answer comes through.
    with (
        Discogs(USER_AGENT, base_url=replay_url, auth=httpx.Auth()) as client,
        pytest.raises(AuthenticationError, match="You must authenticate"),
    ):
        search_database.sync(client=client, q="nirvana")


def test_typed_422(answering: Any) -> None:
    url, _ = answering(422, b'{"message": "Invalid rating."}', "application/json")
    with (
        Discogs(USER_AGENT, token=FAKE_TOKEN, base_url=url) as client,
        pytest.raises(UnprocessableEntityError, match="Invalid rating"),
    ):
        update_release_user_rating.sync(
            249504, "memory", client=client, body=ReleaseRatingUpdate(rating=5)
        )


def test_typed_403(client: Discogs) -> None:
    with pytest.raises(PermissionDeniedError):
        update_release_user_rating.sync(
            249504, "someone_else", client=client, body=ReleaseRatingUpdate(rating=5)
        )


def test_typed_429_and_500(replay_url: str) -> None:
    # A 429 books the throttle's whole window: a short one keeps the retries' waits short. Those
    # throttle waits count against max_wait too, which leaves room for them.
    quick = RetryPolicy(attempts=2, backoff=0.01, rate_limit_wait=0.01, max_wait=1)
    with Discogs(
        USER_AGENT, token=FAKE_TOKEN, base_url=replay_url, retry=quick, rate_limit_window=0.02
    ) as client:
        with pytest.raises(RateLimitError, match=r"answered 429 \(after \d+ attempts"):
            get_release.sync(249504, client=client, curr_abbr="EUR")
        with pytest.raises(ServerError) as caught:
            search_database.sync(client=client, q="*" * 64)
    assert caught.value.status_code == 500
    assert "after 2 attempts (500, 500)" in str(caught.value)


def test_wrong_method_is_a_typed_405(client: Discogs) -> None:
    from discogs_openapi import MethodNotAllowedError

    with pytest.raises(MethodNotAllowedError):
        client.get_httpx_client().put("/artists/1")


# --- bodies that are not what the spec says ------------------------------------------------


HTML = b"<html><body><h1>Discogs is down for maintenance</h1></body></html>"


def test_html_body_is_a_decode_error(answering: Any) -> None:
    url, _ = answering(200, HTML, "text/html")
    with Discogs(USER_AGENT, base_url=url) as client, pytest.raises(DecodeError) as caught:
        get_release.sync(249504, client=client)
    assert caught.value.status_code == 200
    assert "text/html" in str(caught.value)
    assert "/releases/249504" in str(caught.value)


@pytest.mark.parametrize("strict", [False, True])
@pytest.mark.parametrize(
    "body",
    [b'{"id": 1, "title": "cut sh', b"", b'["a list"]', b'"a string"', b"null"],
)
def test_body_that_is_not_the_json_asked_for_is_a_decode_error(
    answering: Any, body: bytes, strict: bool
) -> None:
    # Lenient decoding keeps what a drifted object holds; a body that is no object at all is not
    # a drifted answer, so it is a DecodeError whatever the mode (tests/test_decoding.py).
    url, _ = answering(200, body, "application/json")
    with (
        Discogs(USER_AGENT, base_url=url, strict=strict) as client,
        pytest.raises(DecodeError, match="does not match"),
    ):
        get_release.sync(1, client=client)


def test_html_error_page_is_a_typed_server_error(answering: Any) -> None:
    url, _ = answering(503, HTML, "text/html")
    once = RetryPolicy(attempts=1)
    with (
        Discogs(USER_AGENT, base_url=url, retry=once) as client,
        pytest.raises(ServerError) as caught,
    ):
        get_release.sync(1, client=client)
    assert caught.value.status_code == 503
    assert "text/html" in caught.value.message


def test_error_urls_hide_query_credentials(answering: Any) -> None:
    url, _ = answering(401, b'{"message": "nope"}', "application/json")
    with Discogs(USER_AGENT, base_url=url) as client, pytest.raises(AuthenticationError) as caught:
        client.get_httpx_client().get("/releases/1", params={"token": FAKE_TOKEN, "q": "x"})
    assert FAKE_TOKEN not in str(caught.value)
    assert FAKE_TOKEN not in caught.value.url
    assert "q=x" in caught.value.url


def test_credentials_are_sent_to_the_api_host_only(
    answering: Any, caplog: pytest.LogCaptureFixture
) -> None:
    api_url, api = answering(200, b"{}", "application/json")
    image_url, images = answering(200, b"image-bytes", "image/jpeg")
    # Another origin on loopback stands in for the image host.
    image_url = image_url.replace("127.0.0.1", "localhost")
    with (
        caplog.at_level(logging.DEBUG),
        Discogs(USER_AGENT, token=FAKE_TOKEN, base_url=api_url) as client,
    ):
        client.get_httpx_client().get(f"{image_url}/R-249504.jpg")
        client.get_httpx_client().get("/releases/1")
    assert "authorization" not in images.requests[0][2]
    assert api.requests[0][2]["authorization"] == f"Discogs token={FAKE_TOKEN}"
    assert FAKE_TOKEN not in caplog.text


def test_sync_client_refuses_async_functions(client: Discogs) -> None:
    with pytest.raises(TypeError, match="AsyncDiscogs"):
        client.get_async_httpx_client()


# --- asyncio -------------------------------------------------------------------------------


async def test_async_client_end_to_end(replay_url: str, replay_app: ReplayApp) -> None:
    async with AsyncDiscogs(USER_AGENT, token=FAKE_TOKEN, base_url=replay_url) as client:
        before = len(replay_app.requests)
        release = await get_release.asyncio(249504, client=client)
        assert release.id == 249504
        assert replay_app.requests[before][2]["authorization"] == f"Discogs token={FAKE_TOKEN}"
        with pytest.raises(NotFoundError):
            await get_release.asyncio(999999999, client=client)
        page = await search_database.asyncio(client=client, q="nirvana")
        assert page.results


async def test_async_decode_error(answering: Any) -> None:
    url, _ = answering(200, HTML, "text/html")
    async with AsyncDiscogs(USER_AGENT, base_url=url) as client:
        with pytest.raises(DecodeError):
            await get_release.asyncio(1, client=client)


def test_async_client_refuses_sync_functions(replay_url: str) -> None:
    with pytest.raises(TypeError, match="Discogs with the sync"):
        AsyncDiscogs(USER_AGENT, base_url=replay_url).get_httpx_client()


# --- a base_url with a password in it ------------------------------------------------------

PASSWORD = "pw-FAKE-4e8b1d"


def _with_userinfo(url: str) -> str:
    return url.replace("http://", f"http://user:{PASSWORD}@")


def _no_password(error: BaseException) -> None:
    for text in (str(error), repr(error), "".join(traceback.format_exception(error))):
        assert PASSWORD not in text, text


async def test_a_password_in_base_url_is_refused_unsent_and_unshown(
    answering: Any, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    url, app = answering(200, b'{"id": 1}', "application/json")
    base_url = _with_userinfo(url)
    with (
        pytest.raises(ConfigurationError, match="user name or password") as caught,
        Discogs(USER_AGENT, base_url=base_url, token=FAKE_TOKEN) as client,
    ):
        client.get_httpx_client().get("/releases/1")
    _no_password(caught.value)
    with pytest.raises(ConfigurationError, match="user name or password") as caught:
        async with AsyncDiscogs(USER_AGENT, base_url=base_url) as client:
            await client.get_async_httpx_client().get("/releases/1")
    _no_password(caught.value)
    monkeypatch.setenv("DISCOGS_BASE_URL", base_url)
    with (
        pytest.raises(ConfigurationError, match="base_url") as caught,
        Discogs.from_env(user_agent=USER_AGENT) as client,
    ):
        client.get_httpx_client().get("/releases/1")
    _no_password(caught.value)
    with pytest.raises(ConfigurationError, match="base_url") as caught:
        discogs_openapi.OAuthFlow(USER_AGENT, "key", "secret").request_token()
    _no_password(caught.value)
    with pytest.raises(ConfigurationError, match="base_url") as caught:
        discogs_openapi.OAuthFlow(USER_AGENT, "key", "secret", base_url=base_url)
    _no_password(caught.value)
    assert app.requests == []
    assert PASSWORD not in caplog.text


@pytest.mark.parametrize(
    "base_url",
    [
        f"http://user:{PASSWORD}@127.0.0.1:notaport",  # not a URL either
        f"user:{PASSWORD}@api.discogs.com",  # no scheme: the password looks like a path
        f"ftp://user:{PASSWORD}@api.discogs.com",
        f"http://:{PASSWORD}@[::1",
        f"https://api.discogs.com/?token={PASSWORD}",  # a query may hold a secret too
        f"https://api.discogs.com:bad/?token={PASSWORD}",
    ],
)
def test_no_base_url_message_shows_a_password(base_url: str) -> None:
    with pytest.raises(ConfigurationError, match="base_url") as caught:
        Discogs(USER_AGENT, base_url=base_url)
    _no_password(caught.value)
