from http import HTTPStatus
from typing import Any

import httpx

from ... import decoding, errors
from ...client import AuthenticatedClient, Client
from ...models.created_listing import CreatedListing
from ...models.listing_fields import ListingFields
from ...types import Response


def _get_kwargs(
    *,
    body: ListingFields,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/marketplace/listings",
        "extensions": {
            "discogs_api_client.operation": {
                "template": "/marketplace/listings",
                "path": {},
            },
        },
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CreatedListing:
    try:
        if response.status_code == 201:
            parsed = CreatedListing.from_dict(response.json())
            decoding.settle(parsed._problems, response, "create_listing", client)
            return parsed
    except (KeyError, TypeError, ValueError, AttributeError, RecursionError) as exc:
        raise errors.DecodeError(response, exc) from exc
    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[CreatedListing]:
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
    body: ListingFields,
) -> Response[CreatedListing]:
    """Create a listing

    Lists a release for sale in the authenticated user's inventory, priced in the seller's currency.
    Authentication is required, and the user must be allowed to sell.

    Args:
        body (ListingFields): The data of a listing, to create or edit it. The documentation marks
            `status` required though it also says it defaults to `For Sale`: send it.

    Raises:
        errors.UnexpectedStatus: If the server answers a status other than the documented successes.
        errors.DecodeError: If a success body is not JSON of the documented shape, or differs from
            the API description and the client is strict.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreatedListing]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: ListingFields,
) -> CreatedListing:
    """Create a listing

    Lists a release for sale in the authenticated user's inventory, priced in the seller's currency.
    Authentication is required, and the user must be allowed to sell.

    Args:
        body (ListingFields): The data of a listing, to create or edit it. The documentation marks
            `status` required though it also says it defaults to `For Sale`: send it.

    Raises:
        errors.UnexpectedStatus: If the server answers a status other than the documented successes.
        errors.DecodeError: If a success body is not JSON of the documented shape, or differs from
            the API description and the client is strict.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreatedListing
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _parse_response(client=client, response=response)


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: ListingFields,
) -> Response[CreatedListing]:
    """Create a listing

    Lists a release for sale in the authenticated user's inventory, priced in the seller's currency.
    Authentication is required, and the user must be allowed to sell.

    Args:
        body (ListingFields): The data of a listing, to create or edit it. The documentation marks
            `status` required though it also says it defaults to `For Sale`: send it.

    Raises:
        errors.UnexpectedStatus: If the server answers a status other than the documented successes.
        errors.DecodeError: If a success body is not JSON of the documented shape, or differs from
            the API description and the client is strict.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreatedListing]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: ListingFields,
) -> CreatedListing:
    """Create a listing

    Lists a release for sale in the authenticated user's inventory, priced in the seller's currency.
    Authentication is required, and the user must be allowed to sell.

    Args:
        body (ListingFields): The data of a listing, to create or edit it. The documentation marks
            `status` required though it also says it defaults to `For Sale`: send it.

    Raises:
        errors.UnexpectedStatus: If the server answers a status other than the documented successes.
        errors.DecodeError: If a success body is not JSON of the documented shape, or differs from
            the API description and the client is strict.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreatedListing
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _parse_response(client=client, response=response)
