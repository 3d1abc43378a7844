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
        AuthenticationError: The API answered 401.
        RateLimitError: The API answered 429 (after the client's retries).
        ServerError: The API answered 500, 502, 503, 504 (after the client's retries).
        APIError: The API answered 409 or another status; every error above is an APIError.
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
        AuthenticationError: The API answered 401.
        RateLimitError: The API answered 429 (after the client's retries).
        ServerError: The API answered 500, 502, 503, 504 (after the client's retries).
        APIError: The API answered 409 or another status; every error above is an APIError.
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
        AuthenticationError: The API answered 401.
        RateLimitError: The API answered 429 (after the client's retries).
        ServerError: The API answered 500, 502, 503, 504 (after the client's retries).
        APIError: The API answered 409 or another status; every error above is an APIError.
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
        AuthenticationError: The API answered 401.
        RateLimitError: The API answered 429 (after the client's retries).
        ServerError: The API answered 500, 502, 503, 504 (after the client's retries).
        APIError: The API answered 409 or another status; every error above is an APIError.
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

    kwargs = _get_kwargs()

    response = await client.get_async_httpx_client().request(**kwargs)

    return _parse_response(client=client, response=response)
