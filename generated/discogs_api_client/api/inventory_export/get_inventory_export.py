from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import decoding, errors
from ...client import AuthenticatedClient, Client
from ...models.inventory_export import InventoryExport
from ...types import UNSET, Response, Unset


def _get_kwargs(
    export_id: int,
    *,
    if_modified_since: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(if_modified_since, Unset):
        headers["If-Modified-Since"] = if_modified_since

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/inventory/export/{export_id}".format(
            export_id=quote(str(export_id), safe=""),
        ),
        "extensions": {
            "discogs_api_client.operation": {
                "template": "/inventory/export/{export_id}",
                "path": {
                    "export_id": export_id,
                },
            },
        },
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> InventoryExport:
    try:
        if response.status_code == 200:
            parsed = InventoryExport.from_dict(response.json())
            decoding.settle(parsed._problems, response, "get_inventory_export", client)
            return parsed
    except (KeyError, TypeError, ValueError, AttributeError, RecursionError) as exc:
        raise errors.DecodeError(response, exc) from exc
    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[InventoryExport]:
    parsed = _parse_response(client=client, response=response)
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parsed,
    )


def sync_detailed(
    export_id: int,
    *,
    client: AuthenticatedClient,
    if_modified_since: str | Unset = UNSET,
) -> Response[InventoryExport]:
    """Get an inventory export

    The state of one of the authenticated user's exports. With `If-Modified-Since`, answers `304` and no
    body while the export has not changed.

    Args:
        export_id (int):
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
        Response[InventoryExport]
    """

    kwargs = _get_kwargs(
        export_id=export_id,
        if_modified_since=if_modified_since,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    export_id: int,
    *,
    client: AuthenticatedClient,
    if_modified_since: str | Unset = UNSET,
) -> InventoryExport:
    """Get an inventory export

    The state of one of the authenticated user's exports. With `If-Modified-Since`, answers `304` and no
    body while the export has not changed.

    Args:
        export_id (int):
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
        InventoryExport
    """

    kwargs = _get_kwargs(
        export_id=export_id,
        if_modified_since=if_modified_since,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _parse_response(client=client, response=response)


async def asyncio_detailed(
    export_id: int,
    *,
    client: AuthenticatedClient,
    if_modified_since: str | Unset = UNSET,
) -> Response[InventoryExport]:
    """Get an inventory export

    The state of one of the authenticated user's exports. With `If-Modified-Since`, answers `304` and no
    body while the export has not changed.

    Args:
        export_id (int):
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
        Response[InventoryExport]
    """

    kwargs = _get_kwargs(
        export_id=export_id,
        if_modified_since=if_modified_since,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    export_id: int,
    *,
    client: AuthenticatedClient,
    if_modified_since: str | Unset = UNSET,
) -> InventoryExport:
    """Get an inventory export

    The state of one of the authenticated user's exports. With `If-Modified-Since`, answers `304` and no
    body while the export has not changed.

    Args:
        export_id (int):
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
        InventoryExport
    """

    kwargs = _get_kwargs(
        export_id=export_id,
        if_modified_since=if_modified_since,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _parse_response(client=client, response=response)
