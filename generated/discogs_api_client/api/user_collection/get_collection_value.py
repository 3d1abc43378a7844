from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import decoding, errors
from ...client import AuthenticatedClient, Client
from ...models.collection_value import CollectionValue
from ...types import Response


def _get_kwargs(
    username: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/users/{username}/collection/value".format(
            username=quote(str(username), safe=""),
        ),
        "extensions": {
            "discogs_api_client.operation": {
                "template": "/users/{username}/collection/value",
                "path": {
                    "username": username,
                },
            },
        },
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CollectionValue:
    try:
        if response.status_code == 200:
            parsed = CollectionValue.from_dict(response.json())
            decoding.settle(parsed._problems, response, "get_collection_value", client)
            return parsed
    except (KeyError, TypeError, ValueError, AttributeError, RecursionError) as exc:
        raise errors.DecodeError(response, exc) from exc
    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[CollectionValue]:
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
) -> Response[CollectionValue]:
    """Get the value of a user's collection

    The minimum, median and maximum value of the collection, as money strings formatted in the user's
    currency (`"$75.50"`, `"£2.50"`). Authentication as the collection's owner is required.

    Args:
        username (str):

    Raises:
        errors.UnexpectedStatus: If the server answers a status other than the documented successes.
        errors.DecodeError: If a success body is not JSON of the documented shape, or differs from
            the API description and the client is strict.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CollectionValue]
    """

    kwargs = _get_kwargs(
        username=username,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    username: str,
    *,
    client: AuthenticatedClient,
) -> CollectionValue:
    """Get the value of a user's collection

    The minimum, median and maximum value of the collection, as money strings formatted in the user's
    currency (`"$75.50"`, `"£2.50"`). Authentication as the collection's owner is required.

    Args:
        username (str):

    Raises:
        errors.UnexpectedStatus: If the server answers a status other than the documented successes.
        errors.DecodeError: If a success body is not JSON of the documented shape, or differs from
            the API description and the client is strict.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CollectionValue
    """

    kwargs = _get_kwargs(
        username=username,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _parse_response(client=client, response=response)


async def asyncio_detailed(
    username: str,
    *,
    client: AuthenticatedClient,
) -> Response[CollectionValue]:
    """Get the value of a user's collection

    The minimum, median and maximum value of the collection, as money strings formatted in the user's
    currency (`"$75.50"`, `"£2.50"`). Authentication as the collection's owner is required.

    Args:
        username (str):

    Raises:
        errors.UnexpectedStatus: If the server answers a status other than the documented successes.
        errors.DecodeError: If a success body is not JSON of the documented shape, or differs from
            the API description and the client is strict.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CollectionValue]
    """

    kwargs = _get_kwargs(
        username=username,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    username: str,
    *,
    client: AuthenticatedClient,
) -> CollectionValue:
    """Get the value of a user's collection

    The minimum, median and maximum value of the collection, as money strings formatted in the user's
    currency (`"$75.50"`, `"£2.50"`). Authentication as the collection's owner is required.

    Args:
        username (str):

    Raises:
        errors.UnexpectedStatus: If the server answers a status other than the documented successes.
        errors.DecodeError: If a success body is not JSON of the documented shape, or differs from
            the API description and the client is strict.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CollectionValue
    """

    kwargs = _get_kwargs(
        username=username,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _parse_response(client=client, response=response)
