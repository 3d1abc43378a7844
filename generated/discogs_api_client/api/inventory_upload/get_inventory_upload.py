from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import decoding, errors
from ...client import AuthenticatedClient, Client
from ...models.inventory_upload import InventoryUpload
from ...types import UNSET, Response, Unset


def _get_kwargs(
    upload_id: int,
    *,
    if_modified_since: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(if_modified_since, Unset):
        headers["If-Modified-Since"] = if_modified_since

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/inventory/upload/{upload_id}".format(
            upload_id=quote(str(upload_id), safe=""),
        ),
        "extensions": {
            "discogs_api_client.operation": {
                "template": "/inventory/upload/{upload_id}",
                "path": {
                    "upload_id": upload_id,
                },
            },
        },
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> InventoryUpload:
    try:
        if response.status_code == 200:
            parsed = InventoryUpload.from_dict(response.json())
            decoding.settle(parsed._problems, response, "get_inventory_upload", client)
            return parsed
    except (KeyError, TypeError, ValueError, AttributeError, RecursionError) as exc:
        raise errors.DecodeError(response, exc) from exc
    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[InventoryUpload]:
    parsed = _parse_response(client=client, response=response)
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parsed,
    )


def sync_detailed(
    upload_id: int,
    *,
    client: AuthenticatedClient,
    if_modified_since: str | Unset = UNSET,
) -> Response[InventoryUpload]:
    """Get an inventory upload

    The state and results of one of the authenticated user's uploads. With `If-Modified-Since`, answers
    `304` and no body while the upload has not changed.

    Args:
        upload_id (int):
        if_modified_since (str | Unset):

    Raises:
        NotModifiedError: The API answered 304.
        AuthenticationError: The API answered 401.
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
        Response[InventoryUpload]
    """

    kwargs = _get_kwargs(
        upload_id=upload_id,
        if_modified_since=if_modified_since,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    upload_id: int,
    *,
    client: AuthenticatedClient,
    if_modified_since: str | Unset = UNSET,
) -> InventoryUpload:
    """Get an inventory upload

    The state and results of one of the authenticated user's uploads. With `If-Modified-Since`, answers
    `304` and no body while the upload has not changed.

    Args:
        upload_id (int):
        if_modified_since (str | Unset):

    Raises:
        NotModifiedError: The API answered 304.
        AuthenticationError: The API answered 401.
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
        InventoryUpload
    """

    kwargs = _get_kwargs(
        upload_id=upload_id,
        if_modified_since=if_modified_since,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _parse_response(client=client, response=response)


async def asyncio_detailed(
    upload_id: int,
    *,
    client: AuthenticatedClient,
    if_modified_since: str | Unset = UNSET,
) -> Response[InventoryUpload]:
    """Get an inventory upload

    The state and results of one of the authenticated user's uploads. With `If-Modified-Since`, answers
    `304` and no body while the upload has not changed.

    Args:
        upload_id (int):
        if_modified_since (str | Unset):

    Raises:
        NotModifiedError: The API answered 304.
        AuthenticationError: The API answered 401.
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
        Response[InventoryUpload]
    """

    kwargs = _get_kwargs(
        upload_id=upload_id,
        if_modified_since=if_modified_since,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    upload_id: int,
    *,
    client: AuthenticatedClient,
    if_modified_since: str | Unset = UNSET,
) -> InventoryUpload:
    """Get an inventory upload

    The state and results of one of the authenticated user's uploads. With `If-Modified-Since`, answers
    `304` and no body while the upload has not changed.

    Args:
        upload_id (int):
        if_modified_since (str | Unset):

    Raises:
        NotModifiedError: The API answered 304.
        AuthenticationError: The API answered 401.
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
        InventoryUpload
    """

    kwargs = _get_kwargs(
        upload_id=upload_id,
        if_modified_since=if_modified_since,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _parse_response(client=client, response=response)
