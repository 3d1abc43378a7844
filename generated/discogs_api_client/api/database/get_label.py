from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import decoding, errors
from ...client import AuthenticatedClient, Client
from ...models.label import Label
from ...types import Response


def _get_kwargs(
    label_id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/labels/{label_id}".format(
            label_id=quote(str(label_id), safe=""),
        ),
        "extensions": {
            "discogs_api_client.operation": {
                "template": "/labels/{label_id}",
                "path": {
                    "label_id": label_id,
                },
            },
        },
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Label:
    try:
        if response.status_code == 200:
            parsed = Label.from_dict(response.json())
            decoding.settle(parsed._problems, response, "get_label", client)
            return parsed
    except (KeyError, TypeError, ValueError, AttributeError, RecursionError) as exc:
        raise errors.DecodeError(response, exc) from exc
    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Label]:
    parsed = _parse_response(client=client, response=response)
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parsed,
    )


def sync_detailed(
    label_id: int,
    *,
    client: AuthenticatedClient,
) -> Response[Label]:
    """Get a label

    A label, company, recording studio, location or other entity involved with artists and releases.
    `parent_label` and `sublabels` are present only when the label has them.

    Args:
        label_id (int):

    Raises:
        errors.UnexpectedStatus: If the server answers a status other than the documented successes.
        errors.DecodeError: If a success body is not JSON of the documented shape, or differs from
            the API description and the client is strict.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Label]
    """

    kwargs = _get_kwargs(
        label_id=label_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    label_id: int,
    *,
    client: AuthenticatedClient,
) -> Label:
    """Get a label

    A label, company, recording studio, location or other entity involved with artists and releases.
    `parent_label` and `sublabels` are present only when the label has them.

    Args:
        label_id (int):

    Raises:
        errors.UnexpectedStatus: If the server answers a status other than the documented successes.
        errors.DecodeError: If a success body is not JSON of the documented shape, or differs from
            the API description and the client is strict.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Label
    """

    kwargs = _get_kwargs(
        label_id=label_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _parse_response(client=client, response=response)


async def asyncio_detailed(
    label_id: int,
    *,
    client: AuthenticatedClient,
) -> Response[Label]:
    """Get a label

    A label, company, recording studio, location or other entity involved with artists and releases.
    `parent_label` and `sublabels` are present only when the label has them.

    Args:
        label_id (int):

    Raises:
        errors.UnexpectedStatus: If the server answers a status other than the documented successes.
        errors.DecodeError: If a success body is not JSON of the documented shape, or differs from
            the API description and the client is strict.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Label]
    """

    kwargs = _get_kwargs(
        label_id=label_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    label_id: int,
    *,
    client: AuthenticatedClient,
) -> Label:
    """Get a label

    A label, company, recording studio, location or other entity involved with artists and releases.
    `parent_label` and `sublabels` are present only when the label has them.

    Args:
        label_id (int):

    Raises:
        errors.UnexpectedStatus: If the server answers a status other than the documented successes.
        errors.DecodeError: If a success body is not JSON of the documented shape, or differs from
            the API description and the client is strict.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Label
    """

    kwargs = _get_kwargs(
        label_id=label_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _parse_response(client=client, response=response)
