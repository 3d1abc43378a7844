from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import decoding, errors
from ...client import AuthenticatedClient, Client
from ...models.release_offensive_flag import ReleaseOffensiveFlag
from ...models.release_stats import ReleaseStats
from ...types import Response


def _get_kwargs(
    release_id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/releases/{release_id}/stats".format(
            release_id=quote(str(release_id), safe=""),
        ),
        "extensions": {
            "discogs_api_client.operation": {
                "template": "/releases/{release_id}/stats",
                "path": {
                    "release_id": release_id,
                },
            },
        },
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ReleaseOffensiveFlag | ReleaseStats:
    try:
        if response.status_code == 200:
            body = response.json()
            if not isinstance(body, dict):
                raise TypeError(f"expected a JSON object, not {type(body).__name__}")
            found: list[decoding.Problem] = []
            union: ReleaseOffensiveFlag | ReleaseStats = decoding.best_fit(
                found,
                (),
                body,
                (
                    ReleaseStats,
                    ReleaseOffensiveFlag,
                ),
            )
            decoding.settle(found, response, "get_release_stats", client)
            return union
    except (KeyError, TypeError, ValueError, AttributeError, RecursionError) as exc:
        raise errors.DecodeError(response, exc) from exc
    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ReleaseOffensiveFlag | ReleaseStats]:
    parsed = _parse_response(client=client, response=response)
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parsed,
    )


def sync_detailed(
    release_id: int,
    *,
    client: AuthenticatedClient,
) -> Response[ReleaseOffensiveFlag | ReleaseStats]:
    """Get the have and want counts of a release

    How many users have the release in their collections and wantlists. The live API has also been seen
    answering `{"is_offensive": false}` instead of the documented counts, so both shapes are accepted.

    Args:
        release_id (int):

    Raises:
        NotFoundError: The API answered 404.
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
        Response[ReleaseOffensiveFlag | ReleaseStats]
    """

    kwargs = _get_kwargs(
        release_id=release_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    release_id: int,
    *,
    client: AuthenticatedClient,
) -> ReleaseOffensiveFlag | ReleaseStats:
    """Get the have and want counts of a release

    How many users have the release in their collections and wantlists. The live API has also been seen
    answering `{"is_offensive": false}` instead of the documented counts, so both shapes are accepted.

    Args:
        release_id (int):

    Raises:
        NotFoundError: The API answered 404.
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
        ReleaseOffensiveFlag | ReleaseStats
    """

    kwargs = _get_kwargs(
        release_id=release_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _parse_response(client=client, response=response)


async def asyncio_detailed(
    release_id: int,
    *,
    client: AuthenticatedClient,
) -> Response[ReleaseOffensiveFlag | ReleaseStats]:
    """Get the have and want counts of a release

    How many users have the release in their collections and wantlists. The live API has also been seen
    answering `{"is_offensive": false}` instead of the documented counts, so both shapes are accepted.

    Args:
        release_id (int):

    Raises:
        NotFoundError: The API answered 404.
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
        Response[ReleaseOffensiveFlag | ReleaseStats]
    """

    kwargs = _get_kwargs(
        release_id=release_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    release_id: int,
    *,
    client: AuthenticatedClient,
) -> ReleaseOffensiveFlag | ReleaseStats:
    """Get the have and want counts of a release

    How many users have the release in their collections and wantlists. The live API has also been seen
    answering `{"is_offensive": false}` instead of the documented counts, so both shapes are accepted.

    Args:
        release_id (int):

    Raises:
        NotFoundError: The API answered 404.
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
        ReleaseOffensiveFlag | ReleaseStats
    """

    kwargs = _get_kwargs(
        release_id=release_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _parse_response(client=client, response=response)
