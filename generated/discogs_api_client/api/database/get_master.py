from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import decoding, errors
from ...client import AuthenticatedClient, Client
from ...models.master import Master
from ...types import Response


def _get_kwargs(
    master_id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/masters/{master_id}".format(
            master_id=quote(str(master_id), safe=""),
        ),
        "extensions": {
            "discogs_api_client.operation": {
                "template": "/masters/{master_id}",
                "path": {
                    "master_id": master_id,
                },
            },
        },
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Master:
    try:
        if response.status_code == 200:
            parsed = Master.from_dict(response.json())
            decoding.settle(parsed._problems, response, "get_master", client)
            return parsed
    except (KeyError, TypeError, ValueError, AttributeError, RecursionError) as exc:
        raise errors.DecodeError(response, exc) from exc
    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Master]:
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
) -> Response[Master]:
    """Get a master release

    A master release: a set of similar releases, with a main release that is often the chronologically
    earliest.

    Args:
        master_id (int):

    Raises:
        errors.UnexpectedStatus: If the server answers a status other than the documented successes.
        errors.DecodeError: If a success body is not JSON of the documented shape, or differs from
            the API description and the client is strict.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Master]
    """

    kwargs = _get_kwargs(
        master_id=master_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    master_id: int,
    *,
    client: AuthenticatedClient,
) -> Master:
    """Get a master release

    A master release: a set of similar releases, with a main release that is often the chronologically
    earliest.

    Args:
        master_id (int):

    Raises:
        errors.UnexpectedStatus: If the server answers a status other than the documented successes.
        errors.DecodeError: If a success body is not JSON of the documented shape, or differs from
            the API description and the client is strict.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Master
    """

    kwargs = _get_kwargs(
        master_id=master_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _parse_response(client=client, response=response)


async def asyncio_detailed(
    master_id: int,
    *,
    client: AuthenticatedClient,
) -> Response[Master]:
    """Get a master release

    A master release: a set of similar releases, with a main release that is often the chronologically
    earliest.

    Args:
        master_id (int):

    Raises:
        errors.UnexpectedStatus: If the server answers a status other than the documented successes.
        errors.DecodeError: If a success body is not JSON of the documented shape, or differs from
            the API description and the client is strict.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Master]
    """

    kwargs = _get_kwargs(
        master_id=master_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    master_id: int,
    *,
    client: AuthenticatedClient,
) -> Master:
    """Get a master release

    A master release: a set of similar releases, with a main release that is often the chronologically
    earliest.

    Args:
        master_id (int):

    Raises:
        errors.UnexpectedStatus: If the server answers a status other than the documented successes.
        errors.DecodeError: If a success body is not JSON of the documented shape, or differs from
            the API description and the client is strict.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Master
    """

    kwargs = _get_kwargs(
        master_id=master_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _parse_response(client=client, response=response)
