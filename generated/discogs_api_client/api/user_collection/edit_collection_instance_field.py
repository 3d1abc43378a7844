from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...types import UNSET, Response


def _get_kwargs(
    username: str,
    folder_id: int,
    release_id: int,
    instance_id: int,
    field_id: int,
    *,
    value: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["value"] = value

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/users/{username}/collection/folders/{folder_id}/releases/{release_id}/instances/{instance_id}/fields/{field_id}".format(
            username=quote(str(username), safe=""),
            folder_id=quote(str(folder_id), safe=""),
            release_id=quote(str(release_id), safe=""),
            instance_id=quote(str(instance_id), safe=""),
            field_id=quote(str(field_id), safe=""),
        ),
        "extensions": {
            "discogs_api_client.operation": {
                "template": "/users/{username}/collection/folders/{folder_id}/releases/{release_id}/instances/{instance_id}/fields/{field_id}",
                "path": {
                    "username": username,
                    "folder_id": folder_id,
                    "release_id": release_id,
                    "instance_id": instance_id,
                    "field_id": field_id,
                },
            },
        },
    }

    if params:  # httpx parses the URL once more for any params, even empty ones
        _kwargs["params"] = params

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
    field_id: int,
    *,
    client: AuthenticatedClient,
    value: str,
) -> Response[None]:
    """Set a notes field of a collection item

    Sets the value of one notes field on an instance. The value goes in the query string; for a dropdown
    field it must be one of the field's `options`. Authentication as the collection's owner is required.

    Args:
        username (str):
        folder_id (int):
        release_id (int):
        instance_id (int):
        field_id (int):
        value (str):

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
        field_id=field_id,
        value=value,
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
    field_id: int,
    *,
    client: AuthenticatedClient,
    value: str,
) -> None:
    """Set a notes field of a collection item

    Sets the value of one notes field on an instance. The value goes in the query string; for a dropdown
    field it must be one of the field's `options`. Authentication as the collection's owner is required.

    Args:
        username (str):
        folder_id (int):
        release_id (int):
        instance_id (int):
        field_id (int):
        value (str):

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
        field_id=field_id,
        value=value,
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
    field_id: int,
    *,
    client: AuthenticatedClient,
    value: str,
) -> Response[None]:
    """Set a notes field of a collection item

    Sets the value of one notes field on an instance. The value goes in the query string; for a dropdown
    field it must be one of the field's `options`. Authentication as the collection's owner is required.

    Args:
        username (str):
        folder_id (int):
        release_id (int):
        instance_id (int):
        field_id (int):
        value (str):

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
        field_id=field_id,
        value=value,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    username: str,
    folder_id: int,
    release_id: int,
    instance_id: int,
    field_id: int,
    *,
    client: AuthenticatedClient,
    value: str,
) -> None:
    """Set a notes field of a collection item

    Sets the value of one notes field on an instance. The value goes in the query string; for a dropdown
    field it must be one of the field's `options`. Authentication as the collection's owner is required.

    Args:
        username (str):
        folder_id (int):
        release_id (int):
        instance_id (int):
        field_id (int):
        value (str):

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
        field_id=field_id,
        value=value,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    _check_response(client=client, response=response)
