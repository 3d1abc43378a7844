from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import decoding, errors
from ...client import AuthenticatedClient, Client
from ...models.collection_folder import CollectionFolder
from ...types import Response


def _get_kwargs(
    username: str,
    folder_id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/users/{username}/collection/folders/{folder_id}".format(
            username=quote(str(username), safe=""),
            folder_id=quote(str(folder_id), safe=""),
        ),
        "extensions": {
            "discogs_api_client.operation": {
                "template": "/users/{username}/collection/folders/{folder_id}",
                "path": {
                    "username": username,
                    "folder_id": folder_id,
                },
            },
        },
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CollectionFolder:
    try:
        if response.status_code == 200:
            parsed = CollectionFolder.from_dict(response.json())
            decoding.settle(parsed._problems, response, "get_collection_folder", client)
            return parsed
    except (KeyError, TypeError, ValueError, AttributeError, RecursionError) as exc:
        raise errors.DecodeError(response, exc) from exc
    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[CollectionFolder]:
    parsed = _parse_response(client=client, response=response)
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parsed,
    )


def sync_detailed(
    username: str,
    folder_id: int,
    *,
    client: AuthenticatedClient,
) -> Response[CollectionFolder]:
    """Get a collection folder

    A folder's name and how many items it holds. Folders other than 0 need authentication as the
    collection's owner.

    Args:
        username (str):
        folder_id (int):

    Raises:
        errors.UnexpectedStatus: If the server answers a status other than the documented successes.
        errors.DecodeError: If a success body is not JSON of the documented shape, or differs from
            the API description and the client is strict.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CollectionFolder]
    """

    kwargs = _get_kwargs(
        username=username,
        folder_id=folder_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    username: str,
    folder_id: int,
    *,
    client: AuthenticatedClient,
) -> CollectionFolder:
    """Get a collection folder

    A folder's name and how many items it holds. Folders other than 0 need authentication as the
    collection's owner.

    Args:
        username (str):
        folder_id (int):

    Raises:
        errors.UnexpectedStatus: If the server answers a status other than the documented successes.
        errors.DecodeError: If a success body is not JSON of the documented shape, or differs from
            the API description and the client is strict.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CollectionFolder
    """

    kwargs = _get_kwargs(
        username=username,
        folder_id=folder_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _parse_response(client=client, response=response)


async def asyncio_detailed(
    username: str,
    folder_id: int,
    *,
    client: AuthenticatedClient,
) -> Response[CollectionFolder]:
    """Get a collection folder

    A folder's name and how many items it holds. Folders other than 0 need authentication as the
    collection's owner.

    Args:
        username (str):
        folder_id (int):

    Raises:
        errors.UnexpectedStatus: If the server answers a status other than the documented successes.
        errors.DecodeError: If a success body is not JSON of the documented shape, or differs from
            the API description and the client is strict.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CollectionFolder]
    """

    kwargs = _get_kwargs(
        username=username,
        folder_id=folder_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    username: str,
    folder_id: int,
    *,
    client: AuthenticatedClient,
) -> CollectionFolder:
    """Get a collection folder

    A folder's name and how many items it holds. Folders other than 0 need authentication as the
    collection's owner.

    Args:
        username (str):
        folder_id (int):

    Raises:
        errors.UnexpectedStatus: If the server answers a status other than the documented successes.
        errors.DecodeError: If a success body is not JSON of the documented shape, or differs from
            the API description and the client is strict.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CollectionFolder
    """

    kwargs = _get_kwargs(
        username=username,
        folder_id=folder_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _parse_response(client=client, response=response)
