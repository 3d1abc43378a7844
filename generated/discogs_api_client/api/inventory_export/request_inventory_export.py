from http import HTTPStatus
from typing import Any

import httpx

from ... import decoding, errors
from ...client import AuthenticatedClient, Client
from ...types import Response


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/inventory/export",
        "extensions": {
            "discogs_api_client.operation": {
                "template": "/inventory/export",
                "path": {},
            },
        },
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> int:
    try:
        if response.status_code == 200:
            # No body: the new resource's URL is in `Location`, and its last segment is its id.
            return decoding.located_id(response)
    except (KeyError, TypeError, ValueError, AttributeError, RecursionError) as exc:
        raise errors.DecodeError(response, exc) from exc
    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[int]:
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
) -> Response[int]:
    """Request an export of the inventory

    Starts an export of the authenticated user's whole inventory as CSV. The answer has no body;
    `Location` is the new export's URL, whose last segment is its id. Poll `getInventoryExport` until
    `status` is `success`, then download it.

    Raises:
        errors.UnexpectedStatus: If the server answers a status other than the documented successes.
        errors.DecodeError: If a success body is not JSON of the documented shape, or differs from
            the API description and the client is strict.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[int]
    """

    kwargs = _get_kwargs()

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
) -> int:
    """Request an export of the inventory

    Starts an export of the authenticated user's whole inventory as CSV. The answer has no body;
    `Location` is the new export's URL, whose last segment is its id. Poll `getInventoryExport` until
    `status` is `success`, then download it.

    Raises:
        errors.UnexpectedStatus: If the server answers a status other than the documented successes.
        errors.DecodeError: If a success body is not JSON of the documented shape, or differs from
            the API description and the client is strict.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        int
    """

    kwargs = _get_kwargs()

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _parse_response(client=client, response=response)


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
) -> Response[int]:
    """Request an export of the inventory

    Starts an export of the authenticated user's whole inventory as CSV. The answer has no body;
    `Location` is the new export's URL, whose last segment is its id. Poll `getInventoryExport` until
    `status` is `success`, then download it.

    Raises:
        errors.UnexpectedStatus: If the server answers a status other than the documented successes.
        errors.DecodeError: If a success body is not JSON of the documented shape, or differs from
            the API description and the client is strict.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[int]
    """

    kwargs = _get_kwargs()

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
) -> int:
    """Request an export of the inventory

    Starts an export of the authenticated user's whole inventory as CSV. The answer has no body;
    `Location` is the new export's URL, whose last segment is its id. Poll `getInventoryExport` until
    `status` is `success`, then download it.

    Raises:
        errors.UnexpectedStatus: If the server answers a status other than the documented successes.
        errors.DecodeError: If a success body is not JSON of the documented shape, or differs from
            the API description and the client is strict.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        int
    """

    kwargs = _get_kwargs()

    response = await client.get_async_httpx_client().request(**kwargs)

    return _parse_response(client=client, response=response)
