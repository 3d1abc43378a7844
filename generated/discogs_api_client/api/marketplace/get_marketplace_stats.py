from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import decoding, errors
from ...client import AuthenticatedClient, Client
from ...models.currency import Currency
from ...models.marketplace_stats import MarketplaceStats
from ...types import UNSET, Response, Unset


def _get_kwargs(
    release_id: int,
    *,
    curr_abbr: Currency | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_curr_abbr: str | Unset = UNSET
    if not isinstance(curr_abbr, Unset):
        json_curr_abbr = curr_abbr

    params["curr_abbr"] = json_curr_abbr

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/marketplace/stats/{release_id}".format(
            release_id=quote(str(release_id), safe=""),
        ),
        "extensions": {
            "discogs_api_client.operation": {
                "template": "/marketplace/stats/{release_id}",
                "path": {
                    "release_id": release_id,
                },
            },
        },
    }

    if params:  # httpx parses the URL once more for any params, even empty ones
        _kwargs["params"] = params

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> MarketplaceStats:
    try:
        if response.status_code == 200:
            parsed = MarketplaceStats.from_dict(response.json())
            decoding.settle(parsed._problems, response, "get_marketplace_stats", client)
            return parsed
    except (KeyError, TypeError, ValueError, AttributeError, RecursionError) as exc:
        raise errors.DecodeError(response, exc) from exc
    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[MarketplaceStats]:
    parsed = _parse_response(client=client, response=response)
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parsed,
    )


def sync_detailed(
    release_id: int,
    *,
    client: AuthenticatedClient,
    curr_abbr: Currency | Unset = UNSET,
) -> Response[MarketplaceStats]:
    """Get the Marketplace statistics of a release

    How many copies of a release are for sale and the lowest price, in `curr_abbr` (default: the
    authenticated user's buyer currency, else USD). When nothing is for sale `lowest_price` is null; for
    a release blocked from sale both `lowest_price` and `num_for_sale` are null.

    Args:
        release_id (int):
        curr_abbr (Currency | Unset): A currency the marketplace trades in.

    Raises:
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
        Response[MarketplaceStats]
    """

    kwargs = _get_kwargs(
        release_id=release_id,
        curr_abbr=curr_abbr,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    release_id: int,
    *,
    client: AuthenticatedClient,
    curr_abbr: Currency | Unset = UNSET,
) -> MarketplaceStats:
    """Get the Marketplace statistics of a release

    How many copies of a release are for sale and the lowest price, in `curr_abbr` (default: the
    authenticated user's buyer currency, else USD). When nothing is for sale `lowest_price` is null; for
    a release blocked from sale both `lowest_price` and `num_for_sale` are null.

    Args:
        release_id (int):
        curr_abbr (Currency | Unset): A currency the marketplace trades in.

    Raises:
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
        MarketplaceStats
    """

    kwargs = _get_kwargs(
        release_id=release_id,
        curr_abbr=curr_abbr,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _parse_response(client=client, response=response)


async def asyncio_detailed(
    release_id: int,
    *,
    client: AuthenticatedClient,
    curr_abbr: Currency | Unset = UNSET,
) -> Response[MarketplaceStats]:
    """Get the Marketplace statistics of a release

    How many copies of a release are for sale and the lowest price, in `curr_abbr` (default: the
    authenticated user's buyer currency, else USD). When nothing is for sale `lowest_price` is null; for
    a release blocked from sale both `lowest_price` and `num_for_sale` are null.

    Args:
        release_id (int):
        curr_abbr (Currency | Unset): A currency the marketplace trades in.

    Raises:
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
        Response[MarketplaceStats]
    """

    kwargs = _get_kwargs(
        release_id=release_id,
        curr_abbr=curr_abbr,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    release_id: int,
    *,
    client: AuthenticatedClient,
    curr_abbr: Currency | Unset = UNSET,
) -> MarketplaceStats:
    """Get the Marketplace statistics of a release

    How many copies of a release are for sale and the lowest price, in `curr_abbr` (default: the
    authenticated user's buyer currency, else USD). When nothing is for sale `lowest_price` is null; for
    a release blocked from sale both `lowest_price` and `num_for_sale` are null.

    Args:
        release_id (int):
        curr_abbr (Currency | Unset): A currency the marketplace trades in.

    Raises:
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
        MarketplaceStats
    """

    kwargs = _get_kwargs(
        release_id=release_id,
        curr_abbr=curr_abbr,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _parse_response(client=client, response=response)
