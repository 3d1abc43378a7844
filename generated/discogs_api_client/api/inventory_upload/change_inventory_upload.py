from http import HTTPStatus
from typing import Any

import httpx

from ... import decoding, errors
from ...client import AuthenticatedClient, Client
from ...models.inventory_csv_upload import InventoryCsvUpload
from ...types import Response


def _get_kwargs(
    *,
    body: InventoryCsvUpload,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/inventory/upload/change",
        "extensions": {
            "discogs_api_client.operation": {
                "template": "/inventory/upload/change",
                "path": {},
            },
        },
    }

    _kwargs["files"] = body.to_multipart()

    _kwargs["headers"] = headers
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
    body: InventoryCsvUpload,
) -> Response[int]:
    """Change listings from a CSV file

    Changes listings of the authenticated user's inventory from the rows of a CSV file, whose first row
    is a header of lower-case field names with the same fields as `addInventoryUpload` (plus
    `listing_id` to name the listing). The answer has no body; `Location` is the upload's URL.

    Args:
        body (InventoryCsvUpload): The multipart form of an inventory upload.

    Raises:
        AuthenticationError: The API answered 401.
        UnprocessableEntityError: The API answered 422.
        RateLimitError: The API answered 429 (after the client's retries).
        ServerError: The API answered 500, 502, 503, 504 (after the client's retries).
        APIError: The API answered 409, 415 or another status; every error above is an APIError.
        NetworkError: No answer came (connection failed, timed out, retries or deadline exhausted).
        DecodeError: A success body is not JSON of the documented shape; with a strict client
            (strict=True or DISCOGS_STRICT=1) also one that differs from the API description, which
            a lenient client keeps as sent and logs (see discogs_openapi.problems).
        InvalidArgumentError: An argument breaks the spec's constraints; nothing was sent.
        CredentialsRequiredError: The client lacks credentials the operation needs; nothing was sent.

        All are in discogs_openapi.errors (under DiscogsError), as raised through a Discogs client.
        A bare generated Client raises errors.UnexpectedStatus and httpx exceptions instead.

    Returns:
        Response[int]
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
    body: InventoryCsvUpload,
) -> int:
    """Change listings from a CSV file

    Changes listings of the authenticated user's inventory from the rows of a CSV file, whose first row
    is a header of lower-case field names with the same fields as `addInventoryUpload` (plus
    `listing_id` to name the listing). The answer has no body; `Location` is the upload's URL.

    Args:
        body (InventoryCsvUpload): The multipart form of an inventory upload.

    Raises:
        AuthenticationError: The API answered 401.
        UnprocessableEntityError: The API answered 422.
        RateLimitError: The API answered 429 (after the client's retries).
        ServerError: The API answered 500, 502, 503, 504 (after the client's retries).
        APIError: The API answered 409, 415 or another status; every error above is an APIError.
        NetworkError: No answer came (connection failed, timed out, retries or deadline exhausted).
        DecodeError: A success body is not JSON of the documented shape; with a strict client
            (strict=True or DISCOGS_STRICT=1) also one that differs from the API description, which
            a lenient client keeps as sent and logs (see discogs_openapi.problems).
        InvalidArgumentError: An argument breaks the spec's constraints; nothing was sent.
        CredentialsRequiredError: The client lacks credentials the operation needs; nothing was sent.

        All are in discogs_openapi.errors (under DiscogsError), as raised through a Discogs client.
        A bare generated Client raises errors.UnexpectedStatus and httpx exceptions instead.

    Returns:
        int
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
    body: InventoryCsvUpload,
) -> Response[int]:
    """Change listings from a CSV file

    Changes listings of the authenticated user's inventory from the rows of a CSV file, whose first row
    is a header of lower-case field names with the same fields as `addInventoryUpload` (plus
    `listing_id` to name the listing). The answer has no body; `Location` is the upload's URL.

    Args:
        body (InventoryCsvUpload): The multipart form of an inventory upload.

    Raises:
        AuthenticationError: The API answered 401.
        UnprocessableEntityError: The API answered 422.
        RateLimitError: The API answered 429 (after the client's retries).
        ServerError: The API answered 500, 502, 503, 504 (after the client's retries).
        APIError: The API answered 409, 415 or another status; every error above is an APIError.
        NetworkError: No answer came (connection failed, timed out, retries or deadline exhausted).
        DecodeError: A success body is not JSON of the documented shape; with a strict client
            (strict=True or DISCOGS_STRICT=1) also one that differs from the API description, which
            a lenient client keeps as sent and logs (see discogs_openapi.problems).
        InvalidArgumentError: An argument breaks the spec's constraints; nothing was sent.
        CredentialsRequiredError: The client lacks credentials the operation needs; nothing was sent.

        All are in discogs_openapi.errors (under DiscogsError), as raised through a Discogs client.
        A bare generated Client raises errors.UnexpectedStatus and httpx exceptions instead.

    Returns:
        Response[int]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: InventoryCsvUpload,
) -> int:
    """Change listings from a CSV file

    Changes listings of the authenticated user's inventory from the rows of a CSV file, whose first row
    is a header of lower-case field names with the same fields as `addInventoryUpload` (plus
    `listing_id` to name the listing). The answer has no body; `Location` is the upload's URL.

    Args:
        body (InventoryCsvUpload): The multipart form of an inventory upload.

    Raises:
        AuthenticationError: The API answered 401.
        UnprocessableEntityError: The API answered 422.
        RateLimitError: The API answered 429 (after the client's retries).
        ServerError: The API answered 500, 502, 503, 504 (after the client's retries).
        APIError: The API answered 409, 415 or another status; every error above is an APIError.
        NetworkError: No answer came (connection failed, timed out, retries or deadline exhausted).
        DecodeError: A success body is not JSON of the documented shape; with a strict client
            (strict=True or DISCOGS_STRICT=1) also one that differs from the API description, which
            a lenient client keeps as sent and logs (see discogs_openapi.problems).
        InvalidArgumentError: An argument breaks the spec's constraints; nothing was sent.
        CredentialsRequiredError: The client lacks credentials the operation needs; nothing was sent.

        All are in discogs_openapi.errors (under DiscogsError), as raised through a Discogs client.
        A bare generated Client raises errors.UnexpectedStatus and httpx exceptions instead.

    Returns:
        int
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _parse_response(client=client, response=response)
