from http import HTTPStatus
from typing import Any
from urllib.parse import parse_qsl

import httpx

from ... import decoding, errors
from ...client import AuthenticatedClient, Client
from ...models.o_auth_access_token import OAuthAccessToken
from ...types import Response


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/oauth/access_token",
        "extensions": {
            "discogs_api_client.operation": {
                "template": "/oauth/access_token",
                "path": {},
            },
        },
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> OAuthAccessToken:
    try:
        if response.status_code == 200:
            form = dict(parse_qsl(response.text, keep_blank_values=True, strict_parsing=True))
            parsed = OAuthAccessToken.from_dict(form)
            decoding.settle(parsed._problems, response, "create_access_token", client)
            return parsed
    except (KeyError, TypeError, ValueError, AttributeError, RecursionError) as exc:
        raise errors.DecodeError(response, exc) from exc
    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[OAuthAccessToken]:
    parsed = _parse_response(client=client, response=response)
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parsed,
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
) -> Response[OAuthAccessToken]:
    """Exchange a verified request token for an access token

    Step 3 of the three-legged OAuth 1.0a flow, within 15 minutes of step 1. Sign the request
    with the consumer credentials and the request token and its secret, adding the user's
    verifier: `Authorization: OAuth oauth_consumer_key="…", oauth_nonce="…",
    oauth_token="<request token>", oauth_signature="<consumer secret>&<request token secret>",
    oauth_signature_method="PLAINTEXT", oauth_timestamp="…", oauth_verifier="<verifier>"`, with
    `Content-Type: application/x-www-form-urlencoded` and no body.

    The answer is a form-encoded body (not JSON) holding the access token and its secret. They
    do not expire (unless the user revokes the application): store them and sign every later
    request with them. An expired or malformed request answers 401 or 400.

    Raises:
        BadRequestError: The API answered 400.
        AuthenticationError: The API answered 401.
        RateLimitError: The API answered 429 (after the client's retries).
        ServerError: The API answered 500, 502, 503, 504 (after the client's retries).
        APIError: The API answered another status; every error above is an APIError.
        NetworkError: No answer came (connection failed, timed out, retries or deadline exhausted).
        DecodeError: A success body is not JSON of the documented shape; with a strict client
            (strict=True or DISCOGS_STRICT=1) also one that differs from the API description, which
            a lenient client keeps as sent and logs (see discogs_openapi.problems).
        InvalidArgumentError: An argument breaks the spec's constraints; nothing was sent.
        CredentialsRequiredError: The client lacks credentials the operation needs; nothing was sent.

        All are in discogs_openapi.errors (under DiscogsError), as raised through a Discogs client.
        A bare generated Client raises errors.UnexpectedStatus and httpx exceptions instead.

    Returns:
        Response[OAuthAccessToken]
    """

    kwargs = _get_kwargs()

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
) -> OAuthAccessToken:
    """Exchange a verified request token for an access token

    Step 3 of the three-legged OAuth 1.0a flow, within 15 minutes of step 1. Sign the request
    with the consumer credentials and the request token and its secret, adding the user's
    verifier: `Authorization: OAuth oauth_consumer_key="…", oauth_nonce="…",
    oauth_token="<request token>", oauth_signature="<consumer secret>&<request token secret>",
    oauth_signature_method="PLAINTEXT", oauth_timestamp="…", oauth_verifier="<verifier>"`, with
    `Content-Type: application/x-www-form-urlencoded` and no body.

    The answer is a form-encoded body (not JSON) holding the access token and its secret. They
    do not expire (unless the user revokes the application): store them and sign every later
    request with them. An expired or malformed request answers 401 or 400.

    Raises:
        BadRequestError: The API answered 400.
        AuthenticationError: The API answered 401.
        RateLimitError: The API answered 429 (after the client's retries).
        ServerError: The API answered 500, 502, 503, 504 (after the client's retries).
        APIError: The API answered another status; every error above is an APIError.
        NetworkError: No answer came (connection failed, timed out, retries or deadline exhausted).
        DecodeError: A success body is not JSON of the documented shape; with a strict client
            (strict=True or DISCOGS_STRICT=1) also one that differs from the API description, which
            a lenient client keeps as sent and logs (see discogs_openapi.problems).
        InvalidArgumentError: An argument breaks the spec's constraints; nothing was sent.
        CredentialsRequiredError: The client lacks credentials the operation needs; nothing was sent.

        All are in discogs_openapi.errors (under DiscogsError), as raised through a Discogs client.
        A bare generated Client raises errors.UnexpectedStatus and httpx exceptions instead.

    Returns:
        OAuthAccessToken
    """

    kwargs = _get_kwargs()

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _parse_response(client=client, response=response)


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
) -> Response[OAuthAccessToken]:
    """Exchange a verified request token for an access token

    Step 3 of the three-legged OAuth 1.0a flow, within 15 minutes of step 1. Sign the request
    with the consumer credentials and the request token and its secret, adding the user's
    verifier: `Authorization: OAuth oauth_consumer_key="…", oauth_nonce="…",
    oauth_token="<request token>", oauth_signature="<consumer secret>&<request token secret>",
    oauth_signature_method="PLAINTEXT", oauth_timestamp="…", oauth_verifier="<verifier>"`, with
    `Content-Type: application/x-www-form-urlencoded` and no body.

    The answer is a form-encoded body (not JSON) holding the access token and its secret. They
    do not expire (unless the user revokes the application): store them and sign every later
    request with them. An expired or malformed request answers 401 or 400.

    Raises:
        BadRequestError: The API answered 400.
        AuthenticationError: The API answered 401.
        RateLimitError: The API answered 429 (after the client's retries).
        ServerError: The API answered 500, 502, 503, 504 (after the client's retries).
        APIError: The API answered another status; every error above is an APIError.
        NetworkError: No answer came (connection failed, timed out, retries or deadline exhausted).
        DecodeError: A success body is not JSON of the documented shape; with a strict client
            (strict=True or DISCOGS_STRICT=1) also one that differs from the API description, which
            a lenient client keeps as sent and logs (see discogs_openapi.problems).
        InvalidArgumentError: An argument breaks the spec's constraints; nothing was sent.
        CredentialsRequiredError: The client lacks credentials the operation needs; nothing was sent.

        All are in discogs_openapi.errors (under DiscogsError), as raised through a Discogs client.
        A bare generated Client raises errors.UnexpectedStatus and httpx exceptions instead.

    Returns:
        Response[OAuthAccessToken]
    """

    kwargs = _get_kwargs()

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
) -> OAuthAccessToken:
    """Exchange a verified request token for an access token

    Step 3 of the three-legged OAuth 1.0a flow, within 15 minutes of step 1. Sign the request
    with the consumer credentials and the request token and its secret, adding the user's
    verifier: `Authorization: OAuth oauth_consumer_key="…", oauth_nonce="…",
    oauth_token="<request token>", oauth_signature="<consumer secret>&<request token secret>",
    oauth_signature_method="PLAINTEXT", oauth_timestamp="…", oauth_verifier="<verifier>"`, with
    `Content-Type: application/x-www-form-urlencoded` and no body.

    The answer is a form-encoded body (not JSON) holding the access token and its secret. They
    do not expire (unless the user revokes the application): store them and sign every later
    request with them. An expired or malformed request answers 401 or 400.

    Raises:
        BadRequestError: The API answered 400.
        AuthenticationError: The API answered 401.
        RateLimitError: The API answered 429 (after the client's retries).
        ServerError: The API answered 500, 502, 503, 504 (after the client's retries).
        APIError: The API answered another status; every error above is an APIError.
        NetworkError: No answer came (connection failed, timed out, retries or deadline exhausted).
        DecodeError: A success body is not JSON of the documented shape; with a strict client
            (strict=True or DISCOGS_STRICT=1) also one that differs from the API description, which
            a lenient client keeps as sent and logs (see discogs_openapi.problems).
        InvalidArgumentError: An argument breaks the spec's constraints; nothing was sent.
        CredentialsRequiredError: The client lacks credentials the operation needs; nothing was sent.

        All are in discogs_openapi.errors (under DiscogsError), as raised through a Discogs client.
        A bare generated Client raises errors.UnexpectedStatus and httpx exceptions instead.

    Returns:
        OAuthAccessToken
    """

    kwargs = _get_kwargs()

    response = await client.get_async_httpx_client().request(**kwargs)

    return _parse_response(client=client, response=response)
