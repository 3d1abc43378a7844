from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from .. import decoding as _decoding
from .. import readable as _readable
from ..types import UNSET

if TYPE_CHECKING:
    from ..models.pagination_urls import PaginationUrls


T = TypeVar("T", bound="Pagination")


class Pagination:
    """Where a page stands in a paginated listing. Pages can hold fewer than `per_page` items.

    Attributes:
        page (int): This page's number, from 1.
        pages (int): How many pages the listing has.
        per_page (int): How many items a full page holds.
        items (int): How many items the listing holds in all.
        urls (PaginationUrls): Links to other pages; only the links that exist are present (`{}` on a single page). A
            `next` link has been seen pointing back at page 1: walk page numbers instead of following it.
    """

    __slots__ = (
        "__weakref__",
        "_problems",
        "additional_properties",
        "items",
        "page",
        "pages",
        "per_page",
        "urls",
    )
    __match_args__ = (
        "page",
        "pages",
        "per_page",
        "items",
        "urls",
    )

    page: int
    pages: int
    per_page: int
    items: int
    urls: PaginationUrls
    additional_properties: dict[str, Any]
    # What did not match the API description when this was decoded (see decoding.problems).
    _problems: tuple[_decoding.Problem, ...]
    # (attribute, JSON key) of each field, for to_dict.
    _fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("page", "page"),
        ("pages", "pages"),
        ("per_page", "per_page"),
        ("items", "items"),
        ("urls", "urls"),
    )

    def __init__(
        self,
        page: int,
        pages: int,
        per_page: int,
        items: int,
        urls: PaginationUrls,
    ) -> None:
        self.page = page
        self.pages = pages
        self.per_page = per_page
        self.items = items
        self.urls = urls
        self.additional_properties = {}
        self._problems = ()

    # The fields and unknown keys, not the problems. Defining __eq__ leaves __hash__ None: a
    # model is mutable, so unhashable.
    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Pagination) or other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.page,
            self.pages,
            self.per_page,
            self.items,
            self.urls,
            self.additional_properties,
        ) == (
            other.page,
            other.pages,
            other.per_page,
            other.items,
            other.urls,
            other.additional_properties,
        )

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON data (`json.dumps` takes it): the fields that were set, as sent."""
        return _decoding.to_dict(self, self._fields)

    def __repr__(self) -> str:
        return _readable.model_repr(self, self._fields)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Decode a JSON object leniently; see `decoding.problems` for what did not match."""
        if src_dict.__class__ is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"Pagination is decoded from a JSON object, not {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        _found: list[_decoding.Problem] = []
        page: Any = d.pop("page", UNSET)
        if page.__class__ is not int:
            _decoding.mismatch(_found, ("page",), "integer", page)
        pages: Any = d.pop("pages", UNSET)
        if pages.__class__ is not int:
            _decoding.mismatch(_found, ("pages",), "integer", pages)
        per_page: Any = d.pop("per_page", UNSET)
        if per_page.__class__ is not int:
            _decoding.mismatch(_found, ("per_page",), "integer", per_page)
        items: Any = d.pop("items", UNSET)
        if items.__class__ is not int:
            _decoding.mismatch(_found, ("items",), "integer", items)
        urls: Any = d.pop("urls", UNSET)
        if isinstance(urls, dict):
            urls = PaginationUrls.from_dict(urls)
            if urls._problems:
                _decoding.adopt(_found, ("urls",), urls._problems)
        else:
            _decoding.mismatch(_found, ("urls",), "object (PaginationUrls)", urls)
        pagination = cls(
            page=page,
            pages=pages,
            per_page=per_page,
            items=items,
            urls=urls,
        )
        pagination.additional_properties = d
        if _found:
            pagination._problems = tuple(_found)
        return pagination

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


# The models this one holds, imported once the class exists (models refer to each other in
# cycles): from_dict finds them here instead of importing them on every call.
from ..models.pagination_urls import PaginationUrls  # noqa: E402
