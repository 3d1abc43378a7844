"""Items across pages: `client.database.iter_artist_releases(1)` (typed, generated in
`discogs_api_client.namespaces`) or `client.paginate(get_artist_releases, artist_id=1)`.

Pages are walked by number, from 1 to `pagination.pages`: a short page is not the last one, a
`next` link (which Discogs has been seen pointing back at page 1) is never followed, an empty page
ends the walk, and no page is fetched twice. Only one page is held at a time. A page whose
`pagination.pages` or `pagination.items` is not a count raises `DecodeError` naming the field.

The items key of each operation (`x-discogs-items-key` in the spec) is the one list attribute of
the generated page model besides `pagination`; `listUserSubmissions` holds an object of lists
(`artists`, `labels`, `releases`), whose items are yielded in that order.
"""

from __future__ import annotations

import inspect
import typing
from collections.abc import AsyncIterator, Callable, Iterator
from types import ModuleType
from typing import TYPE_CHECKING, Any

import httpx

from discogs_api_client.types import Response

from .errors import ConfigurationError, DecodeError

if TYPE_CHECKING:
    from discogs_api_client.client import AuthenticatedClient

__all__ = ["Progress", "paginate", "paginate_async"]

Progress = Callable[[int, int], object]
"""Called as `progress(items_so_far, total_items)` after each item."""


def paginate(
    client: AuthenticatedClient, operation: ModuleType, /, **options: Any
) -> Iterator[Any]:
    """Yield the items of a paginated generated operation (`sync_detailed`), page after page.

    Options: `per_page` (1 to 100, default 100), `max_items`, `max_pages`, and `progress`
    (called as `progress(items_so_far, total_items)`); every other keyword argument goes to the
    operation (`artist_id=108713`).
    """
    walk = _Walk(operation, **options)
    while (page := walk.next_page()) is not None:
        yield from walk.take(operation.sync_detailed(client=client, **page))


async def paginate_async(
    client: AuthenticatedClient, operation: ModuleType, /, **options: Any
) -> AsyncIterator[Any]:
    """The asyncio form of `paginate` (uses the operation's `asyncio_detailed` function)."""
    walk = _Walk(operation, **options)
    while (page := walk.next_page()) is not None:
        for item in walk.take(await operation.asyncio_detailed(client=client, **page)):
            yield item


def items_key(operation: ModuleType) -> str:
    """The items key of a paginated generated operation, read off its page model."""
    sync = getattr(operation, "sync", None)
    if sync is None or "page" not in inspect.signature(sync).parameters:
        name = getattr(operation, "__name__", repr(operation))
        raise ConfigurationError(
            f"{name} is not a paginated operation (it takes no `page`): call it directly."
        )
    page_model = typing.get_type_hints(sync)["return"]
    parameters = inspect.signature(page_model).parameters.values()
    # A page requires only `pagination` and its items; optional extras (a master's versions
    # carry `filters` and `filter_facets`) are not the items.
    keys = [p.name for p in parameters if p.name != "pagination" and p.default is p.empty]
    if len(keys) != 1:
        raise ConfigurationError(f"cannot tell the items of {page_model.__name__}: {keys}")
    return str(keys[0])


class _Walk:
    """The bookkeeping of one walk, shared by the sync and asyncio paginators."""

    def __init__(
        self,
        operation: ModuleType,
        *,
        per_page: int = 100,
        max_items: int | None = None,
        max_pages: int | None = None,
        progress: Progress | None = None,
        **params: Any,
    ) -> None:
        if isinstance(per_page, bool) or not isinstance(per_page, int) or not 1 <= per_page <= 100:
            raise ConfigurationError(f"per_page must be from 1 to 100; got {per_page!r}.")
        for name, value in (("max_items", max_items), ("max_pages", max_pages)):
            if value is not None and (not isinstance(value, int) or value < 1):
                raise ConfigurationError(f"{name} must be a positive integer or None.")
        self.key = items_key(operation)
        self.operation = operation
        self.per_page = per_page
        self.params = params
        self.max_items = max_items
        self.max_pages = max_pages
        self.progress = progress
        self.page = 0
        self.pages: int | None = None
        self.count = 0
        self.done = False

    def next_page(self) -> dict[str, Any] | None:
        """The operation's arguments for the next page, or None when the walk is over."""
        if self.done or (self.pages is not None and self.page >= self.pages):
            return None
        if self.max_pages is not None and self.page >= self.max_pages:
            return None
        self.page += 1
        return {**self.params, "page": self.page, "per_page": self.per_page}

    def take(self, response: Response[Any]) -> Iterator[Any]:
        body: Any = response.parsed  # a success: parsed, or DecodeError was raised
        self.pages = self._count(response, "pages", body.pagination.pages)
        total = self._count(response, "items", body.pagination.items)
        items = list(_items(getattr(body, self.key)))
        if not items:
            self.done = True
        for item in items:
            self.count += 1
            if self.progress is not None:
                self.progress(self.count, total)
            yield item
            if self.max_items is not None and self.count >= self.max_items:
                self.done = True
                return

    def _count(self, response: Response[Any], name: str, value: object) -> int:
        """`pagination.<name>`, which must be a count: `DecodeError` if it is not."""
        if isinstance(value, int) and not isinstance(value, bool) and value >= 0:
            return value
        # The generated response keeps no request: the operation's own says which call it was.
        called = self.operation._get_kwargs(**self.params, page=self.page, per_page=self.per_page)
        request = httpx.Request(called["method"].upper(), called["url"], params=called["params"])
        raw = httpx.Response(
            response.status_code,
            headers=response.headers,
            content=response.content,
            request=request,
        )
        raise DecodeError(raw, TypeError(f"pagination.{name} is {value!r}, not a count"))


def _items(value: Any) -> Iterator[Any]:
    if isinstance(value, list):
        yield from value
        return
    # An object of lists (a user's submissions): each list in turn; absent ones are UNSET.
    for attribute, _key in value._fields:
        inner = getattr(value, attribute)
        if isinstance(inner, list):
            yield from inner
