from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import decoding, errors
from ...client import AuthenticatedClient, Client
from ...models.want import Want
from ...types import UNSET, Response, Unset


def _get_kwargs(
    username: str,
    release_id: int,
    *,
    notes: str | Unset = UNSET,
    rating: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["notes"] = notes

    params["rating"] = rating

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/users/{username}/wants/{release_id}".format(
            username=quote(str(username), safe=""),
            release_id=quote(str(release_id), safe=""),
        ),
        "extensions": {
            "discogs_api_client.operation": {
                "template": "/users/{username}/wants/{release_id}",
                "path": {
                    "username": username,
                    "release_id": release_id,
                },
            },
        },
    }

    if params:  # httpx parses the URL once more for any params, even empty ones
        _kwargs["params"] = params

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Want:
    try:
        if response.status_code == 200:
            parsed = Want.from_dict(response.json())
            decoding.settle(parsed._problems, response, "edit_want", client)
            return parsed
    except (KeyError, TypeError, ValueError, AttributeError, RecursionError) as exc:
        raise errors.DecodeError(response, exc) from exc
    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Want]:
    parsed = _parse_response(client=client, response=response)
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parsed,
    )


def sync_detailed(
    username: str,
    release_id: int,
    *,
    client: AuthenticatedClient,
    notes: str | Unset = UNSET,
    rating: int | Unset = UNSET,
) -> Response[Want]:
    """Edit a want's notes or rating

    Changes the notes and/or rating of a release in the authenticated user's wantlist, given in the
    query string. Authentication as the wantlist's owner is required.

    Args:
        username (str):
        release_id (int):
        notes (str | Unset):
        rating (int | Unset):

    Raises:
        AuthenticationError: The API answered 401.
        PermissionDeniedError: The API answered 403.
        NotFoundError: The API answered 404.
        UnprocessableEntityError: The API answered 422.
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
        Response[Want]
    """

    kwargs = _get_kwargs(
        username=username,
        release_id=release_id,
        notes=notes,
        rating=rating,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    username: str,
    release_id: int,
    *,
    client: AuthenticatedClient,
    notes: str | Unset = UNSET,
    rating: int | Unset = UNSET,
) -> Want:
    """Edit a want's notes or rating

    Changes the notes and/or rating of a release in the authenticated user's wantlist, given in the
    query string. Authentication as the wantlist's owner is required.

    Args:
        username (str):
        release_id (int):
        notes (str | Unset):
        rating (int | Unset):

    Raises:
        AuthenticationError: The API answered 401.
        PermissionDeniedError: The API answered 403.
        NotFoundError: The API answered 404.
        UnprocessableEntityError: The API answered 422.
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
        Want
    """

    kwargs = _get_kwargs(
        username=username,
        release_id=release_id,
        notes=notes,
        rating=rating,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _parse_response(client=client, response=response)


async def asyncio_detailed(
    username: str,
    release_id: int,
    *,
    client: AuthenticatedClient,
    notes: str | Unset = UNSET,
    rating: int | Unset = UNSET,
) -> Response[Want]:
    """Edit a want's notes or rating

    Changes the notes and/or rating of a release in the authenticated user's wantlist, given in the
    query string. Authentication as the wantlist's owner is required.

    Args:
        username (str):
        release_id (int):
        notes (str | Unset):
        rating (int | Unset):

    Raises:
        AuthenticationError: The API answered 401.
        PermissionDeniedError: The API answered 403.
        NotFoundError: The API answered 404.
        UnprocessableEntityError: The API answered 422.
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
        Response[Want]
    """

    kwargs = _get_kwargs(
        username=username,
        release_id=release_id,
        notes=notes,
        rating=rating,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    username: str,
    release_id: int,
    *,
    client: AuthenticatedClient,
    notes: str | Unset = UNSET,
    rating: int | Unset = UNSET,
) -> Want:
    """Edit a want's notes or rating

    Changes the notes and/or rating of a release in the authenticated user's wantlist, given in the
    query string. Authentication as the wantlist's owner is required.

    Args:
        username (str):
        release_id (int):
        notes (str | Unset):
        rating (int | Unset):

    Raises:
        AuthenticationError: The API answered 401.
        PermissionDeniedError: The API answered 403.
        NotFoundError: The API answered 404.
        UnprocessableEntityError: The API answered 422.
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
        Want
    """

    kwargs = _get_kwargs(
        username=username,
        release_id=release_id,
        notes=notes,
        rating=rating,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _parse_response(client=client, response=response)
