from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import decoding, errors
from ...client import AuthenticatedClient, Client
from ...models.submissions_page import SubmissionsPage
from ...types import UNSET, Response, Unset


def _get_kwargs(
    username: str,
    *,
    page: int | Unset = 1,
    per_page: int | Unset = 50,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["page"] = page

    params["per_page"] = per_page

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/users/{username}/submissions".format(
            username=quote(str(username), safe=""),
        ),
        "extensions": {
            "discogs_api_client.operation": {
                "template": "/users/{username}/submissions",
                "path": {
                    "username": username,
                },
            },
        },
    }

    if params:  # httpx parses the URL once more for any params, even empty ones
        _kwargs["params"] = params

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> SubmissionsPage:
    try:
        if response.status_code == 200:
            parsed = SubmissionsPage.from_dict(response.json())
            decoding.settle(parsed._problems, response, "list_user_submissions", client)
            return parsed
    except (KeyError, TypeError, ValueError, AttributeError, RecursionError) as exc:
        raise errors.DecodeError(response, exc) from exc
    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[SubmissionsPage]:
    parsed = _parse_response(client=client, response=response)
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parsed,
    )


def sync_detailed(
    username: str,
    *,
    client: AuthenticatedClient,
    page: int | Unset = 1,
    per_page: int | Unset = 50,
) -> Response[SubmissionsPage]:
    """List a user's submissions

    The edits a user made to releases, labels and artists. Unlike other listings, the items key
    `submissions` holds an object with one list per kind. Paginated.

    Args:
        username (str):
        page (int | Unset):  Default: 1.
        per_page (int | Unset):  Default: 50.

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
        Response[SubmissionsPage]
    """

    kwargs = _get_kwargs(
        username=username,
        page=page,
        per_page=per_page,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    username: str,
    *,
    client: AuthenticatedClient,
    page: int | Unset = 1,
    per_page: int | Unset = 50,
) -> SubmissionsPage:
    """List a user's submissions

    The edits a user made to releases, labels and artists. Unlike other listings, the items key
    `submissions` holds an object with one list per kind. Paginated.

    Args:
        username (str):
        page (int | Unset):  Default: 1.
        per_page (int | Unset):  Default: 50.

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
        SubmissionsPage
    """

    kwargs = _get_kwargs(
        username=username,
        page=page,
        per_page=per_page,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _parse_response(client=client, response=response)


async def asyncio_detailed(
    username: str,
    *,
    client: AuthenticatedClient,
    page: int | Unset = 1,
    per_page: int | Unset = 50,
) -> Response[SubmissionsPage]:
    """List a user's submissions

    The edits a user made to releases, labels and artists. Unlike other listings, the items key
    `submissions` holds an object with one list per kind. Paginated.

    Args:
        username (str):
        page (int | Unset):  Default: 1.
        per_page (int | Unset):  Default: 50.

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
        Response[SubmissionsPage]
    """

    kwargs = _get_kwargs(
        username=username,
        page=page,
        per_page=per_page,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    username: str,
    *,
    client: AuthenticatedClient,
    page: int | Unset = 1,
    per_page: int | Unset = 50,
) -> SubmissionsPage:
    """List a user's submissions

    The edits a user made to releases, labels and artists. Unlike other listings, the items key
    `submissions` holds an object with one list per kind. Paginated.

    Args:
        username (str):
        page (int | Unset):  Default: 1.
        per_page (int | Unset):  Default: 50.

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
        SubmissionsPage
    """

    kwargs = _get_kwargs(
        username=username,
        page=page,
        per_page=per_page,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _parse_response(client=client, response=response)
