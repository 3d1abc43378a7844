from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import decoding, errors
from ...client import AuthenticatedClient, Client
from ...models.order import Order
from ...models.order_update import OrderUpdate
from ...types import Response


def _get_kwargs(
    order_id: str,
    *,
    body: OrderUpdate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/marketplace/orders/{order_id}".format(
            order_id=quote(str(order_id), safe=""),
        ),
        "extensions": {
            "discogs_api_client.operation": {
                "template": "/marketplace/orders/{order_id}",
                "path": {
                    "order_id": order_id,
                },
            },
        },
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Order:
    try:
        if response.status_code == 200:
            parsed = Order.from_dict(response.json())
            decoding.settle(parsed._problems, response, "edit_order", client)
            return parsed
    except (KeyError, TypeError, ValueError, AttributeError, RecursionError) as exc:
        raise errors.DecodeError(response, exc) from exc
    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Order]:
    parsed = _parse_response(client=client, response=response)
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parsed,
    )


def sync_detailed(
    order_id: str,
    *,
    client: AuthenticatedClient,
    body: OrderUpdate,
) -> Response[Order]:
    """Edit an order

    Changes an order's status or its shipping amount. A new status must be one of the order's
    `next_status`; the change messages the buyer "Seller changed status from Old Status to New Status"
    (use `addOrderMessage` to add words of your own). Setting `shipping` invoices the buyer and sets the
    status to `Invoice Sent`, so it cannot be combined with `status`, and is possible only while the
    order is neither cancelled, `Payment Received` nor `Shipped`. Authentication as the seller is
    required.

    Args:
        order_id (str):
        body (OrderUpdate): A change to an order: a new `status`, or a `shipping` amount (which
            invoices the buyer); not both at once.

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
        Response[Order]
    """

    kwargs = _get_kwargs(
        order_id=order_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    order_id: str,
    *,
    client: AuthenticatedClient,
    body: OrderUpdate,
) -> Order:
    """Edit an order

    Changes an order's status or its shipping amount. A new status must be one of the order's
    `next_status`; the change messages the buyer "Seller changed status from Old Status to New Status"
    (use `addOrderMessage` to add words of your own). Setting `shipping` invoices the buyer and sets the
    status to `Invoice Sent`, so it cannot be combined with `status`, and is possible only while the
    order is neither cancelled, `Payment Received` nor `Shipped`. Authentication as the seller is
    required.

    Args:
        order_id (str):
        body (OrderUpdate): A change to an order: a new `status`, or a `shipping` amount (which
            invoices the buyer); not both at once.

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
        Order
    """

    kwargs = _get_kwargs(
        order_id=order_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _parse_response(client=client, response=response)


async def asyncio_detailed(
    order_id: str,
    *,
    client: AuthenticatedClient,
    body: OrderUpdate,
) -> Response[Order]:
    """Edit an order

    Changes an order's status or its shipping amount. A new status must be one of the order's
    `next_status`; the change messages the buyer "Seller changed status from Old Status to New Status"
    (use `addOrderMessage` to add words of your own). Setting `shipping` invoices the buyer and sets the
    status to `Invoice Sent`, so it cannot be combined with `status`, and is possible only while the
    order is neither cancelled, `Payment Received` nor `Shipped`. Authentication as the seller is
    required.

    Args:
        order_id (str):
        body (OrderUpdate): A change to an order: a new `status`, or a `shipping` amount (which
            invoices the buyer); not both at once.

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
        Response[Order]
    """

    kwargs = _get_kwargs(
        order_id=order_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    order_id: str,
    *,
    client: AuthenticatedClient,
    body: OrderUpdate,
) -> Order:
    """Edit an order

    Changes an order's status or its shipping amount. A new status must be one of the order's
    `next_status`; the change messages the buyer "Seller changed status from Old Status to New Status"
    (use `addOrderMessage` to add words of your own). Setting `shipping` invoices the buyer and sets the
    status to `Invoice Sent`, so it cannot be combined with `status`, and is possible only while the
    order is neither cancelled, `Payment Received` nor `Shipped`. Authentication as the seller is
    required.

    Args:
        order_id (str):
        body (OrderUpdate): A change to an order: a new `status`, or a `shipping` amount (which
            invoices the buyer); not both at once.

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
        Order
    """

    kwargs = _get_kwargs(
        order_id=order_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _parse_response(client=client, response=response)
