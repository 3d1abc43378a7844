import datetime
from http import HTTPStatus
from typing import Any

import httpx

from ... import decoding, errors
from ...client import AuthenticatedClient, Client
from ...models.order_sort import OrderSort
from ...models.order_status_filter import OrderStatusFilter
from ...models.orders_page import OrdersPage
from ...models.sort_order import SortOrder
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    status: OrderStatusFilter | Unset = UNSET,
    created_after: datetime.datetime | Unset = UNSET,
    created_before: datetime.datetime | Unset = UNSET,
    archived: bool | Unset = UNSET,
    sort: OrderSort | Unset = UNSET,
    sort_order: SortOrder | Unset = UNSET,
    page: int | Unset = 1,
    per_page: int | Unset = 50,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_status: str | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = status

    params["status"] = json_status

    json_created_after: str | Unset = UNSET
    if not isinstance(created_after, Unset):
        json_created_after = created_after.isoformat()
    params["created_after"] = json_created_after

    json_created_before: str | Unset = UNSET
    if not isinstance(created_before, Unset):
        json_created_before = created_before.isoformat()
    params["created_before"] = json_created_before

    params["archived"] = archived

    json_sort: str | Unset = UNSET
    if not isinstance(sort, Unset):
        json_sort = sort

    params["sort"] = json_sort

    json_sort_order: str | Unset = UNSET
    if not isinstance(sort_order, Unset):
        json_sort_order = sort_order

    params["sort_order"] = json_sort_order

    params["page"] = page

    params["per_page"] = per_page

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/marketplace/orders",
        "extensions": {
            "discogs_api_client.operation": {
                "template": "/marketplace/orders",
                "path": {},
            },
        },
    }

    if params:  # httpx parses the URL once more for any params, even empty ones
        _kwargs["params"] = params

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> OrdersPage:
    try:
        if response.status_code == 200:
            parsed = OrdersPage.from_dict(response.json())
            decoding.settle(parsed._problems, response, "list_orders", client)
            return parsed
    except (KeyError, TypeError, ValueError, AttributeError, RecursionError) as exc:
        raise errors.DecodeError(response, exc) from exc
    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[OrdersPage]:
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
    status: OrderStatusFilter | Unset = UNSET,
    created_after: datetime.datetime | Unset = UNSET,
    created_before: datetime.datetime | Unset = UNSET,
    archived: bool | Unset = UNSET,
    sort: OrderSort | Unset = UNSET,
    sort_order: SortOrder | Unset = UNSET,
    page: int | Unset = 1,
    per_page: int | Unset = 50,
) -> Response[OrdersPage]:
    """List the seller's orders

    The authenticated user's orders as a seller. Authentication is required. Paginated.

    Args:
        status (OrderStatusFilter | Unset): An order status to filter orders by, or `All`.
        created_after (datetime.datetime | Unset):
        created_before (datetime.datetime | Unset):
        archived (bool | Unset):
        sort (OrderSort | Unset): A field orders can be sorted by.
        sort_order (SortOrder | Unset): The direction of a sort.
        page (int | Unset):  Default: 1.
        per_page (int | Unset):  Default: 50.

    Raises:
        AuthenticationError: The API answered 401.
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
        Response[OrdersPage]
    """

    kwargs = _get_kwargs(
        status=status,
        created_after=created_after,
        created_before=created_before,
        archived=archived,
        sort=sort,
        sort_order=sort_order,
        page=page,
        per_page=per_page,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    status: OrderStatusFilter | Unset = UNSET,
    created_after: datetime.datetime | Unset = UNSET,
    created_before: datetime.datetime | Unset = UNSET,
    archived: bool | Unset = UNSET,
    sort: OrderSort | Unset = UNSET,
    sort_order: SortOrder | Unset = UNSET,
    page: int | Unset = 1,
    per_page: int | Unset = 50,
) -> OrdersPage:
    """List the seller's orders

    The authenticated user's orders as a seller. Authentication is required. Paginated.

    Args:
        status (OrderStatusFilter | Unset): An order status to filter orders by, or `All`.
        created_after (datetime.datetime | Unset):
        created_before (datetime.datetime | Unset):
        archived (bool | Unset):
        sort (OrderSort | Unset): A field orders can be sorted by.
        sort_order (SortOrder | Unset): The direction of a sort.
        page (int | Unset):  Default: 1.
        per_page (int | Unset):  Default: 50.

    Raises:
        AuthenticationError: The API answered 401.
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
        OrdersPage
    """

    kwargs = _get_kwargs(
        status=status,
        created_after=created_after,
        created_before=created_before,
        archived=archived,
        sort=sort,
        sort_order=sort_order,
        page=page,
        per_page=per_page,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _parse_response(client=client, response=response)


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    status: OrderStatusFilter | Unset = UNSET,
    created_after: datetime.datetime | Unset = UNSET,
    created_before: datetime.datetime | Unset = UNSET,
    archived: bool | Unset = UNSET,
    sort: OrderSort | Unset = UNSET,
    sort_order: SortOrder | Unset = UNSET,
    page: int | Unset = 1,
    per_page: int | Unset = 50,
) -> Response[OrdersPage]:
    """List the seller's orders

    The authenticated user's orders as a seller. Authentication is required. Paginated.

    Args:
        status (OrderStatusFilter | Unset): An order status to filter orders by, or `All`.
        created_after (datetime.datetime | Unset):
        created_before (datetime.datetime | Unset):
        archived (bool | Unset):
        sort (OrderSort | Unset): A field orders can be sorted by.
        sort_order (SortOrder | Unset): The direction of a sort.
        page (int | Unset):  Default: 1.
        per_page (int | Unset):  Default: 50.

    Raises:
        AuthenticationError: The API answered 401.
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
        Response[OrdersPage]
    """

    kwargs = _get_kwargs(
        status=status,
        created_after=created_after,
        created_before=created_before,
        archived=archived,
        sort=sort,
        sort_order=sort_order,
        page=page,
        per_page=per_page,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    status: OrderStatusFilter | Unset = UNSET,
    created_after: datetime.datetime | Unset = UNSET,
    created_before: datetime.datetime | Unset = UNSET,
    archived: bool | Unset = UNSET,
    sort: OrderSort | Unset = UNSET,
    sort_order: SortOrder | Unset = UNSET,
    page: int | Unset = 1,
    per_page: int | Unset = 50,
) -> OrdersPage:
    """List the seller's orders

    The authenticated user's orders as a seller. Authentication is required. Paginated.

    Args:
        status (OrderStatusFilter | Unset): An order status to filter orders by, or `All`.
        created_after (datetime.datetime | Unset):
        created_before (datetime.datetime | Unset):
        archived (bool | Unset):
        sort (OrderSort | Unset): A field orders can be sorted by.
        sort_order (SortOrder | Unset): The direction of a sort.
        page (int | Unset):  Default: 1.
        per_page (int | Unset):  Default: 50.

    Raises:
        AuthenticationError: The API answered 401.
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
        OrdersPage
    """

    kwargs = _get_kwargs(
        status=status,
        created_after=created_after,
        created_before=created_before,
        archived=archived,
        sort=sort,
        sort_order=sort_order,
        page=page,
        per_page=per_page,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _parse_response(client=client, response=response)
