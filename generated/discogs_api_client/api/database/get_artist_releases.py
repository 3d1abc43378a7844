from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import decoding, errors
from ...client import AuthenticatedClient, Client
from ...models.artist_release_sort import ArtistReleaseSort
from ...models.artist_releases_page import ArtistReleasesPage
from ...models.sort_order import SortOrder
from ...types import UNSET, Response, Unset


def _get_kwargs(
    artist_id: int,
    *,
    page: int | Unset = 1,
    per_page: int | Unset = 50,
    sort: ArtistReleaseSort | Unset = UNSET,
    sort_order: SortOrder | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["page"] = page

    params["per_page"] = per_page

    json_sort: str | Unset = UNSET
    if not isinstance(sort, Unset):
        json_sort = sort

    params["sort"] = json_sort

    json_sort_order: str | Unset = UNSET
    if not isinstance(sort_order, Unset):
        json_sort_order = sort_order

    params["sort_order"] = json_sort_order

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/artists/{artist_id}/releases".format(
            artist_id=quote(str(artist_id), safe=""),
        ),
        "extensions": {
            "discogs_api_client.operation": {
                "template": "/artists/{artist_id}/releases",
                "path": {
                    "artist_id": artist_id,
                },
            },
        },
    }

    if params:  # httpx parses the URL once more for any params, even empty ones
        _kwargs["params"] = params

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ArtistReleasesPage:
    try:
        if response.status_code == 200:
            parsed = ArtistReleasesPage.from_dict(response.json())
            decoding.settle(parsed._problems, response, "get_artist_releases", client)
            return parsed
    except (KeyError, TypeError, ValueError, AttributeError, RecursionError) as exc:
        raise errors.DecodeError(response, exc) from exc
    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ArtistReleasesPage]:
    parsed = _parse_response(client=client, response=response)
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parsed,
    )


def sync_detailed(
    artist_id: int,
    *,
    client: AuthenticatedClient,
    page: int | Unset = 1,
    per_page: int | Unset = 50,
    sort: ArtistReleaseSort | Unset = UNSET,
    sort_order: SortOrder | Unset = UNSET,
) -> Response[ArtistReleasesPage]:
    """List an artist's releases and masters

    The releases and master releases credited to an artist. Items of `type` `master` carry
    `main_release`; items of `type` `release` carry `format`, `label` and `status`. Paginated.

    Args:
        artist_id (int):
        page (int | Unset):  Default: 1.
        per_page (int | Unset):  Default: 50.
        sort (ArtistReleaseSort | Unset): A field an artist's releases can be sorted by.
        sort_order (SortOrder | Unset): The direction of a sort.

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
        Response[ArtistReleasesPage]
    """

    kwargs = _get_kwargs(
        artist_id=artist_id,
        page=page,
        per_page=per_page,
        sort=sort,
        sort_order=sort_order,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    artist_id: int,
    *,
    client: AuthenticatedClient,
    page: int | Unset = 1,
    per_page: int | Unset = 50,
    sort: ArtistReleaseSort | Unset = UNSET,
    sort_order: SortOrder | Unset = UNSET,
) -> ArtistReleasesPage:
    """List an artist's releases and masters

    The releases and master releases credited to an artist. Items of `type` `master` carry
    `main_release`; items of `type` `release` carry `format`, `label` and `status`. Paginated.

    Args:
        artist_id (int):
        page (int | Unset):  Default: 1.
        per_page (int | Unset):  Default: 50.
        sort (ArtistReleaseSort | Unset): A field an artist's releases can be sorted by.
        sort_order (SortOrder | Unset): The direction of a sort.

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
        ArtistReleasesPage
    """

    kwargs = _get_kwargs(
        artist_id=artist_id,
        page=page,
        per_page=per_page,
        sort=sort,
        sort_order=sort_order,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _parse_response(client=client, response=response)


async def asyncio_detailed(
    artist_id: int,
    *,
    client: AuthenticatedClient,
    page: int | Unset = 1,
    per_page: int | Unset = 50,
    sort: ArtistReleaseSort | Unset = UNSET,
    sort_order: SortOrder | Unset = UNSET,
) -> Response[ArtistReleasesPage]:
    """List an artist's releases and masters

    The releases and master releases credited to an artist. Items of `type` `master` carry
    `main_release`; items of `type` `release` carry `format`, `label` and `status`. Paginated.

    Args:
        artist_id (int):
        page (int | Unset):  Default: 1.
        per_page (int | Unset):  Default: 50.
        sort (ArtistReleaseSort | Unset): A field an artist's releases can be sorted by.
        sort_order (SortOrder | Unset): The direction of a sort.

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
        Response[ArtistReleasesPage]
    """

    kwargs = _get_kwargs(
        artist_id=artist_id,
        page=page,
        per_page=per_page,
        sort=sort,
        sort_order=sort_order,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    artist_id: int,
    *,
    client: AuthenticatedClient,
    page: int | Unset = 1,
    per_page: int | Unset = 50,
    sort: ArtistReleaseSort | Unset = UNSET,
    sort_order: SortOrder | Unset = UNSET,
) -> ArtistReleasesPage:
    """List an artist's releases and masters

    The releases and master releases credited to an artist. Items of `type` `master` carry
    `main_release`; items of `type` `release` carry `format`, `label` and `status`. Paginated.

    Args:
        artist_id (int):
        page (int | Unset):  Default: 1.
        per_page (int | Unset):  Default: 50.
        sort (ArtistReleaseSort | Unset): A field an artist's releases can be sorted by.
        sort_order (SortOrder | Unset): The direction of a sort.

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
        ArtistReleasesPage
    """

    kwargs = _get_kwargs(
        artist_id=artist_id,
        page=page,
        per_page=per_page,
        sort=sort,
        sort_order=sort_order,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _parse_response(client=client, response=response)
