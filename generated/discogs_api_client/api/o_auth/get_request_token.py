from http import HTTPStatus
from typing import Any
from urllib.parse import parse_qsl

import httpx

from ... import decoding, errors
from ...client import AuthenticatedClient, Client
from ...models.o_auth_request_token import OAuthRequestToken
from ...types import Response


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/oauth/request_token",
        "extensions": {
            "discogs_api_client.operation": {
                "template": "/oauth/request_token",
                "path": {},
            },
        },
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> OAuthRequestToken:
    try:
        if response.status_code == 200:
            form = dict(parse_qsl(response.text, keep_blank_values=True, strict_parsing=True))
            parsed = OAuthRequestToken.from_dict(form)
            decoding.settle(parsed._problems, response, "get_request_token", client)
            return parsed
    except (KeyError, TypeError, ValueError, AttributeError, RecursionError) as exc:
        raise errors.DecodeError(response, exc) from exc
    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[OAuthRequestToken]:
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
) -> Response[OAuthRequestToken]:
    """Get an OAuth request token

    Step 1 of the three-legged OAuth 1.0a flow. Sign the request with the consumer key and secret
    only (no token), sending `Content-Type: application/x-www-form-urlencoded` and
    `Authorization: OAuth oauth_consumer_key="…", oauth_nonce="…",
    oauth_signature="<consumer secret>&", oauth_signature_method="PLAINTEXT",
    oauth_timestamp="…", oauth_callback="<callback URL>"`.

    The answer is a form-encoded body (not JSON) holding the request token and its secret.
    Send the user to `https://www.discogs.com/oauth/authorize?oauth_token=<request token>`;
    once they allow the application, Discogs shows them a verifier, or redirects them to the
    callback with `oauth_verifier`. The request token expires after 15 minutes. An invalid
    OAuth request answers 400; an unknown consumer key has been seen answering 401 with the
    plain-text body `Invalid consumer.`.

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
        Response[OAuthRequestToken]
    """

    kwargs = _get_kwargs()

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
) -> OAuthRequestToken:
    """Get an OAuth request token

    Step 1 of the three-legged OAuth 1.0a flow. Sign the request with the consumer key and secret
    only (no token), sending `Content-Type: application/x-www-form-urlencoded` and
    `Authorization: OAuth oauth_consumer_key="…", oauth_nonce="…",
    oauth_signature="<consumer secret>&", oauth_signature_method="PLAINTEXT",
    oauth_timestamp="…", oauth_callback="<callback URL>"`.

    The answer is a form-encoded body (not JSON) holding the request token and its secret.
    Send the user to `https://www.discogs.com/oauth/authorize?oauth_token=<request token>`;
    once they allow the application, Discogs shows them a verifier, or redirects them to the
    callback with `oauth_verifier`. The request token expires after 15 minutes. An invalid
    OAuth request answers 400; an unknown consumer key has been seen answering 401 with the
    plain-text body `Invalid consumer.`.

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
        OAuthRequestToken
    """

    kwargs = _get_kwargs()

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _parse_response(client=client, response=response)


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
) -> Response[OAuthRequestToken]:
    """Get an OAuth request token

    Step 1 of the three-legged OAuth 1.0a flow. Sign the request with the consumer key and secret
    only (no token), sending `Content-Type: application/x-www-form-urlencoded` and
    `Authorization: OAuth oauth_consumer_key="…", oauth_nonce="…",
    oauth_signature="<consumer secret>&", oauth_signature_method="PLAINTEXT",
    oauth_timestamp="…", oauth_callback="<callback URL>"`.

    The answer is a form-encoded body (not JSON) holding the request token and its secret.
    Send the user to `https://www.discogs.com/oauth/authorize?oauth_token=<request token>`;
    once they allow the application, Discogs shows them a verifier, or redirects them to the
    callback with `oauth_verifier`. The request token expires after 15 minutes. An invalid
    OAuth request answers 400; an unknown consumer key has been seen answering 401 with the
    plain-text body `Invalid consumer.`.

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
        Response[OAuthRequestToken]
    """

    kwargs = _get_kwargs()

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
) -> OAuthRequestToken:
    """Get an OAuth request token

    Step 1 of the three-legged OAuth 1.0a flow. Sign the request with the consumer key and secret
    only (no token), sending `Content-Type: application/x-www-form-urlencoded` and
    `Authorization: OAuth oauth_consumer_key="…", oauth_nonce="…",
    oauth_signature="<consumer secret>&", oauth_signature_method="PLAINTEXT",
    oauth_timestamp="…", oauth_callback="<callback URL>"`.

    The answer is a form-encoded body (not JSON) holding the request token and its secret.
    Send the user to `https://www.discogs.com/oauth/authorize?oauth_token=<request token>`;
    once they allow the application, Discogs shows them a verifier, or redirects them to the
    callback with `oauth_verifier`. The request token expires after 15 minutes. An invalid
    OAuth request answers 400; an unknown consumer key has been seen answering 401 with the
    plain-text body `Invalid consumer.`.

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
        OAuthRequestToken
    """

    kwargs = _get_kwargs()

    response = await client.get_async_httpx_client().request(**kwargs)

    return _parse_response(client=client, response=response)
