from http import HTTPStatus
from typing import Any

import httpx

from ... import decoding, errors
from ...client import AuthenticatedClient, Client
from ...models.search_results_page import SearchResultsPage
from ...models.search_type import SearchType
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    q: str | Unset = UNSET,
    type_: SearchType | Unset = UNSET,
    title: str | Unset = UNSET,
    release_title: str | Unset = UNSET,
    credit: str | Unset = UNSET,
    artist: str | Unset = UNSET,
    anv: str | Unset = UNSET,
    label: str | Unset = UNSET,
    genre: str | Unset = UNSET,
    style: str | Unset = UNSET,
    country: str | Unset = UNSET,
    year: str | Unset = UNSET,
    format_: str | Unset = UNSET,
    catno: str | Unset = UNSET,
    barcode: str | Unset = UNSET,
    track: str | Unset = UNSET,
    submitter: str | Unset = UNSET,
    contributor: str | Unset = UNSET,
    page: int | Unset = 1,
    per_page: int | Unset = 50,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["q"] = q

    json_type_: str | Unset = UNSET
    if not isinstance(type_, Unset):
        json_type_ = type_

    params["type"] = json_type_

    params["title"] = title

    params["release_title"] = release_title

    params["credit"] = credit

    params["artist"] = artist

    params["anv"] = anv

    params["label"] = label

    params["genre"] = genre

    params["style"] = style

    params["country"] = country

    params["year"] = year

    params["format"] = format_

    params["catno"] = catno

    params["barcode"] = barcode

    params["track"] = track

    params["submitter"] = submitter

    params["contributor"] = contributor

    params["page"] = page

    params["per_page"] = per_page

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/database/search",
        "extensions": {
            "discogs_api_client.operation": {
                "template": "/database/search",
                "path": {},
            },
        },
    }

    if params:  # httpx parses the URL once more for any params, even empty ones
        _kwargs["params"] = params

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> SearchResultsPage:
    try:
        if response.status_code == 200:
            parsed = SearchResultsPage.from_dict(response.json())
            decoding.settle(parsed._problems, response, "search_database", client)
            return parsed
    except (KeyError, TypeError, ValueError, AttributeError, RecursionError) as exc:
        raise errors.DecodeError(response, exc) from exc
    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[SearchResultsPage]:
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
    q: str | Unset = UNSET,
    type_: SearchType | Unset = UNSET,
    title: str | Unset = UNSET,
    release_title: str | Unset = UNSET,
    credit: str | Unset = UNSET,
    artist: str | Unset = UNSET,
    anv: str | Unset = UNSET,
    label: str | Unset = UNSET,
    genre: str | Unset = UNSET,
    style: str | Unset = UNSET,
    country: str | Unset = UNSET,
    year: str | Unset = UNSET,
    format_: str | Unset = UNSET,
    catno: str | Unset = UNSET,
    barcode: str | Unset = UNSET,
    track: str | Unset = UNSET,
    submitter: str | Unset = UNSET,
    contributor: str | Unset = UNSET,
    page: int | Unset = 1,
    per_page: int | Unset = 50,
) -> Response[SearchResultsPage]:
    """Search the database

    Searches releases, masters, artists and labels. Authentication (as any user, or with a consumer key
    and secret) is required. Each result has a `type` and the fields of that type: artist and label
    results have a `title` but no `name`; `year` and `catno` are strings; `thumb` and `cover_image` can
    be empty or null. Paginated.

    Args:
        q (str | Unset):
        type_ (SearchType | Unset): A kind of search result.
        title (str | Unset):
        release_title (str | Unset):
        credit (str | Unset):
        artist (str | Unset):
        anv (str | Unset):
        label (str | Unset):
        genre (str | Unset):
        style (str | Unset):
        country (str | Unset):
        year (str | Unset):
        format_ (str | Unset):
        catno (str | Unset):
        barcode (str | Unset):
        track (str | Unset):
        submitter (str | Unset):
        contributor (str | Unset):
        page (int | Unset):  Default: 1.
        per_page (int | Unset):  Default: 50.

    Raises:
        AuthenticationError: The API answered 401.
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
        Response[SearchResultsPage]
    """

    kwargs = _get_kwargs(
        q=q,
        type_=type_,
        title=title,
        release_title=release_title,
        credit=credit,
        artist=artist,
        anv=anv,
        label=label,
        genre=genre,
        style=style,
        country=country,
        year=year,
        format_=format_,
        catno=catno,
        barcode=barcode,
        track=track,
        submitter=submitter,
        contributor=contributor,
        page=page,
        per_page=per_page,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    q: str | Unset = UNSET,
    type_: SearchType | Unset = UNSET,
    title: str | Unset = UNSET,
    release_title: str | Unset = UNSET,
    credit: str | Unset = UNSET,
    artist: str | Unset = UNSET,
    anv: str | Unset = UNSET,
    label: str | Unset = UNSET,
    genre: str | Unset = UNSET,
    style: str | Unset = UNSET,
    country: str | Unset = UNSET,
    year: str | Unset = UNSET,
    format_: str | Unset = UNSET,
    catno: str | Unset = UNSET,
    barcode: str | Unset = UNSET,
    track: str | Unset = UNSET,
    submitter: str | Unset = UNSET,
    contributor: str | Unset = UNSET,
    page: int | Unset = 1,
    per_page: int | Unset = 50,
) -> SearchResultsPage:
    """Search the database

    Searches releases, masters, artists and labels. Authentication (as any user, or with a consumer key
    and secret) is required. Each result has a `type` and the fields of that type: artist and label
    results have a `title` but no `name`; `year` and `catno` are strings; `thumb` and `cover_image` can
    be empty or null. Paginated.

    Args:
        q (str | Unset):
        type_ (SearchType | Unset): A kind of search result.
        title (str | Unset):
        release_title (str | Unset):
        credit (str | Unset):
        artist (str | Unset):
        anv (str | Unset):
        label (str | Unset):
        genre (str | Unset):
        style (str | Unset):
        country (str | Unset):
        year (str | Unset):
        format_ (str | Unset):
        catno (str | Unset):
        barcode (str | Unset):
        track (str | Unset):
        submitter (str | Unset):
        contributor (str | Unset):
        page (int | Unset):  Default: 1.
        per_page (int | Unset):  Default: 50.

    Raises:
        AuthenticationError: The API answered 401.
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
        SearchResultsPage
    """

    kwargs = _get_kwargs(
        q=q,
        type_=type_,
        title=title,
        release_title=release_title,
        credit=credit,
        artist=artist,
        anv=anv,
        label=label,
        genre=genre,
        style=style,
        country=country,
        year=year,
        format_=format_,
        catno=catno,
        barcode=barcode,
        track=track,
        submitter=submitter,
        contributor=contributor,
        page=page,
        per_page=per_page,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _parse_response(client=client, response=response)


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    q: str | Unset = UNSET,
    type_: SearchType | Unset = UNSET,
    title: str | Unset = UNSET,
    release_title: str | Unset = UNSET,
    credit: str | Unset = UNSET,
    artist: str | Unset = UNSET,
    anv: str | Unset = UNSET,
    label: str | Unset = UNSET,
    genre: str | Unset = UNSET,
    style: str | Unset = UNSET,
    country: str | Unset = UNSET,
    year: str | Unset = UNSET,
    format_: str | Unset = UNSET,
    catno: str | Unset = UNSET,
    barcode: str | Unset = UNSET,
    track: str | Unset = UNSET,
    submitter: str | Unset = UNSET,
    contributor: str | Unset = UNSET,
    page: int | Unset = 1,
    per_page: int | Unset = 50,
) -> Response[SearchResultsPage]:
    """Search the database

    Searches releases, masters, artists and labels. Authentication (as any user, or with a consumer key
    and secret) is required. Each result has a `type` and the fields of that type: artist and label
    results have a `title` but no `name`; `year` and `catno` are strings; `thumb` and `cover_image` can
    be empty or null. Paginated.

    Args:
        q (str | Unset):
        type_ (SearchType | Unset): A kind of search result.
        title (str | Unset):
        release_title (str | Unset):
        credit (str | Unset):
        artist (str | Unset):
        anv (str | Unset):
        label (str | Unset):
        genre (str | Unset):
        style (str | Unset):
        country (str | Unset):
        year (str | Unset):
        format_ (str | Unset):
        catno (str | Unset):
        barcode (str | Unset):
        track (str | Unset):
        submitter (str | Unset):
        contributor (str | Unset):
        page (int | Unset):  Default: 1.
        per_page (int | Unset):  Default: 50.

    Raises:
        AuthenticationError: The API answered 401.
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
        Response[SearchResultsPage]
    """

    kwargs = _get_kwargs(
        q=q,
        type_=type_,
        title=title,
        release_title=release_title,
        credit=credit,
        artist=artist,
        anv=anv,
        label=label,
        genre=genre,
        style=style,
        country=country,
        year=year,
        format_=format_,
        catno=catno,
        barcode=barcode,
        track=track,
        submitter=submitter,
        contributor=contributor,
        page=page,
        per_page=per_page,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    q: str | Unset = UNSET,
    type_: SearchType | Unset = UNSET,
    title: str | Unset = UNSET,
    release_title: str | Unset = UNSET,
    credit: str | Unset = UNSET,
    artist: str | Unset = UNSET,
    anv: str | Unset = UNSET,
    label: str | Unset = UNSET,
    genre: str | Unset = UNSET,
    style: str | Unset = UNSET,
    country: str | Unset = UNSET,
    year: str | Unset = UNSET,
    format_: str | Unset = UNSET,
    catno: str | Unset = UNSET,
    barcode: str | Unset = UNSET,
    track: str | Unset = UNSET,
    submitter: str | Unset = UNSET,
    contributor: str | Unset = UNSET,
    page: int | Unset = 1,
    per_page: int | Unset = 50,
) -> SearchResultsPage:
    """Search the database

    Searches releases, masters, artists and labels. Authentication (as any user, or with a consumer key
    and secret) is required. Each result has a `type` and the fields of that type: artist and label
    results have a `title` but no `name`; `year` and `catno` are strings; `thumb` and `cover_image` can
    be empty or null. Paginated.

    Args:
        q (str | Unset):
        type_ (SearchType | Unset): A kind of search result.
        title (str | Unset):
        release_title (str | Unset):
        credit (str | Unset):
        artist (str | Unset):
        anv (str | Unset):
        label (str | Unset):
        genre (str | Unset):
        style (str | Unset):
        country (str | Unset):
        year (str | Unset):
        format_ (str | Unset):
        catno (str | Unset):
        barcode (str | Unset):
        track (str | Unset):
        submitter (str | Unset):
        contributor (str | Unset):
        page (int | Unset):  Default: 1.
        per_page (int | Unset):  Default: 50.

    Raises:
        AuthenticationError: The API answered 401.
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
        SearchResultsPage
    """

    kwargs = _get_kwargs(
        q=q,
        type_=type_,
        title=title,
        release_title=release_title,
        credit=credit,
        artist=artist,
        anv=anv,
        label=label,
        genre=genre,
        style=style,
        country=country,
        year=year,
        format_=format_,
        catno=catno,
        barcode=barcode,
        track=track,
        submitter=submitter,
        contributor=contributor,
        page=page,
        per_page=per_page,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _parse_response(client=client, response=response)
