from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import decoding, errors
from ...client import AuthenticatedClient, Client
from ...models.master_version_sort import MasterVersionSort
from ...models.master_versions_page import MasterVersionsPage
from ...models.sort_order import SortOrder
from ...types import UNSET, Response, Unset


def _get_kwargs(
    master_id: int,
    *,
    page: int | Unset = 1,
    per_page: int | Unset = 50,
    format_: str | Unset = UNSET,
    label: str | Unset = UNSET,
    released: str | Unset = UNSET,
    country: str | Unset = UNSET,
    sort: MasterVersionSort | Unset = UNSET,
    sort_order: SortOrder | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["page"] = page

    params["per_page"] = per_page

    params["format"] = format_

    params["label"] = label

    params["released"] = released

    params["country"] = country

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
        "url": "/masters/{master_id}/versions".format(
            master_id=quote(str(master_id), safe=""),
        ),
        "extensions": {
            "discogs_api_client.operation": {
                "template": "/masters/{master_id}/versions",
                "path": {
                    "master_id": master_id,
                },
            },
        },
    }

    if params:  # httpx parses the URL once more for any params, even empty ones
        _kwargs["params"] = params

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> MasterVersionsPage:
    try:
        if response.status_code == 200:
            parsed = MasterVersionsPage.from_dict(response.json())
            decoding.settle(parsed._problems, response, "get_master_versions", client)
            return parsed
    except (KeyError, TypeError, ValueError, AttributeError, RecursionError) as exc:
        raise errors.DecodeError(response, exc) from exc
    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[MasterVersionsPage]:
    parsed = _parse_response(client=client, response=response)
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parsed,
    )


def sync_detailed(
    master_id: int,
    *,
    client: AuthenticatedClient,
    page: int | Unset = 1,
    per_page: int | Unset = 50,
    format_: str | Unset = UNSET,
    label: str | Unset = UNSET,
    released: str | Unset = UNSET,
    country: str | Unset = UNSET,
    sort: MasterVersionSort | Unset = UNSET,
    sort_order: SortOrder | Unset = UNSET,
) -> Response[MasterVersionsPage]:
    """List the versions of a master release

    The releases that are versions of a master release, filtered and sorted. Paginated.

    Args:
        master_id (int):
        page (int | Unset):  Default: 1.
        per_page (int | Unset):  Default: 50.
        format_ (str | Unset):
        label (str | Unset):
        released (str | Unset):
        country (str | Unset):
        sort (MasterVersionSort | Unset): A field the versions of a master can be sorted by
            (`released` is the year).
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
        Response[MasterVersionsPage]
    """

    kwargs = _get_kwargs(
        master_id=master_id,
        page=page,
        per_page=per_page,
        format_=format_,
        label=label,
        released=released,
        country=country,
        sort=sort,
        sort_order=sort_order,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    master_id: int,
    *,
    client: AuthenticatedClient,
    page: int | Unset = 1,
    per_page: int | Unset = 50,
    format_: str | Unset = UNSET,
    label: str | Unset = UNSET,
    released: str | Unset = UNSET,
    country: str | Unset = UNSET,
    sort: MasterVersionSort | Unset = UNSET,
    sort_order: SortOrder | Unset = UNSET,
) -> MasterVersionsPage:
    """List the versions of a master release

    The releases that are versions of a master release, filtered and sorted. Paginated.

    Args:
        master_id (int):
        page (int | Unset):  Default: 1.
        per_page (int | Unset):  Default: 50.
        format_ (str | Unset):
        label (str | Unset):
        released (str | Unset):
        country (str | Unset):
        sort (MasterVersionSort | Unset): A field the versions of a master can be sorted by
            (`released` is the year).
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
        MasterVersionsPage
    """

    kwargs = _get_kwargs(
        master_id=master_id,
        page=page,
        per_page=per_page,
        format_=format_,
        label=label,
        released=released,
        country=country,
        sort=sort,
        sort_order=sort_order,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _parse_response(client=client, response=response)


async def asyncio_detailed(
    master_id: int,
    *,
    client: AuthenticatedClient,
    page: int | Unset = 1,
    per_page: int | Unset = 50,
    format_: str | Unset = UNSET,
    label: str | Unset = UNSET,
    released: str | Unset = UNSET,
    country: str | Unset = UNSET,
    sort: MasterVersionSort | Unset = UNSET,
    sort_order: SortOrder | Unset = UNSET,
) -> Response[MasterVersionsPage]:
    """List the versions of a master release

    The releases that are versions of a master release, filtered and sorted. Paginated.

    Args:
        master_id (int):
        page (int | Unset):  Default: 1.
        per_page (int | Unset):  Default: 50.
        format_ (str | Unset):
        label (str | Unset):
        released (str | Unset):
        country (str | Unset):
        sort (MasterVersionSort | Unset): A field the versions of a master can be sorted by
            (`released` is the year).
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
        Response[MasterVersionsPage]
    """

    kwargs = _get_kwargs(
        master_id=master_id,
        page=page,
        per_page=per_page,
        format_=format_,
        label=label,
        released=released,
        country=country,
        sort=sort,
        sort_order=sort_order,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    master_id: int,
    *,
    client: AuthenticatedClient,
    page: int | Unset = 1,
    per_page: int | Unset = 50,
    format_: str | Unset = UNSET,
    label: str | Unset = UNSET,
    released: str | Unset = UNSET,
    country: str | Unset = UNSET,
    sort: MasterVersionSort | Unset = UNSET,
    sort_order: SortOrder | Unset = UNSET,
) -> MasterVersionsPage:
    """List the versions of a master release

    The releases that are versions of a master release, filtered and sorted. Paginated.

    Args:
        master_id (int):
        page (int | Unset):  Default: 1.
        per_page (int | Unset):  Default: 50.
        format_ (str | Unset):
        label (str | Unset):
        released (str | Unset):
        country (str | Unset):
        sort (MasterVersionSort | Unset): A field the versions of a master can be sorted by
            (`released` is the year).
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
        MasterVersionsPage
    """

    kwargs = _get_kwargs(
        master_id=master_id,
        page=page,
        per_page=per_page,
        format_=format_,
        label=label,
        released=released,
        country=country,
        sort=sort,
        sort_order=sort_order,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _parse_response(client=client, response=response)
