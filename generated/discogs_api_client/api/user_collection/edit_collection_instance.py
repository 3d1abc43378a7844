from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.collection_instance_update import CollectionInstanceUpdate
from ...types import Response


def _get_kwargs(
    username: str,
    folder_id: int,
    release_id: int,
    instance_id: int,
    *,
    body: CollectionInstanceUpdate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/users/{username}/collection/folders/{folder_id}/releases/{release_id}/instances/{instance_id}".format(
            username=quote(str(username), safe=""),
            folder_id=quote(str(folder_id), safe=""),
            release_id=quote(str(release_id), safe=""),
            instance_id=quote(str(instance_id), safe=""),
        ),
        "extensions": {
            "discogs_api_client.operation": {
                "template": "/users/{username}/collection/folders/{folder_id}/releases/{release_id}/instances/{instance_id}",
                "path": {
                    "username": username,
                    "folder_id": folder_id,
                    "release_id": release_id,
                    "instance_id": instance_id,
                },
            },
        },
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _check_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> None:
    """Return None for a documented success and raise for any other status."""
    if response.status_code == 204:
        return
    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[None]:
    _check_response(client=client, response=response)
    parsed = None
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parsed,
    )


def sync_detailed(
    username: str,
    folder_id: int,
    release_id: int,
    instance_id: int,
    *,
    client: AuthenticatedClient,
    body: CollectionInstanceUpdate,
) -> Response[None]:
    """Rate or move an item of the collection

    Changes an instance's rating and/or moves it to another folder: the path's `folder_id` is the folder
    it is in now, the body's `folder_id` the one to move it to. Authentication as the collection's owner
    is required.

    Args:
        username (str):
        folder_id (int):
        release_id (int):
        instance_id (int):
        body (CollectionInstanceUpdate): A new rating, a folder to move the instance to, or both.

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
        Response[None]
    """

    kwargs = _get_kwargs(
        username=username,
        folder_id=folder_id,
        release_id=release_id,
        instance_id=instance_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    username: str,
    folder_id: int,
    release_id: int,
    instance_id: int,
    *,
    client: AuthenticatedClient,
    body: CollectionInstanceUpdate,
) -> None:
    """Rate or move an item of the collection

    Changes an instance's rating and/or moves it to another folder: the path's `folder_id` is the folder
    it is in now, the body's `folder_id` the one to move it to. Authentication as the collection's owner
    is required.

    Args:
        username (str):
        folder_id (int):
        release_id (int):
        instance_id (int):
        body (CollectionInstanceUpdate): A new rating, a folder to move the instance to, or both.

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
        None
    """

    kwargs = _get_kwargs(
        username=username,
        folder_id=folder_id,
        release_id=release_id,
        instance_id=instance_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    _check_response(client=client, response=response)


async def asyncio_detailed(
    username: str,
    folder_id: int,
    release_id: int,
    instance_id: int,
    *,
    client: AuthenticatedClient,
    body: CollectionInstanceUpdate,
) -> Response[None]:
    """Rate or move an item of the collection

    Changes an instance's rating and/or moves it to another folder: the path's `folder_id` is the folder
    it is in now, the body's `folder_id` the one to move it to. Authentication as the collection's owner
    is required.

    Args:
        username (str):
        folder_id (int):
        release_id (int):
        instance_id (int):
        body (CollectionInstanceUpdate): A new rating, a folder to move the instance to, or both.

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
        Response[None]
    """

    kwargs = _get_kwargs(
        username=username,
        folder_id=folder_id,
        release_id=release_id,
        instance_id=instance_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    username: str,
    folder_id: int,
    release_id: int,
    instance_id: int,
    *,
    client: AuthenticatedClient,
    body: CollectionInstanceUpdate,
) -> None:
    """Rate or move an item of the collection

    Changes an instance's rating and/or moves it to another folder: the path's `folder_id` is the folder
    it is in now, the body's `folder_id` the one to move it to. Authentication as the collection's owner
    is required.

    Args:
        username (str):
        folder_id (int):
        release_id (int):
        instance_id (int):
        body (CollectionInstanceUpdate): A new rating, a folder to move the instance to, or both.

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
        None
    """

    kwargs = _get_kwargs(
        username=username,
        folder_id=folder_id,
        release_id=release_id,
        instance_id=instance_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    _check_response(client=client, response=response)
