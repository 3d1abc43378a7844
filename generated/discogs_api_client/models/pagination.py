from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.pagination_urls import PaginationUrls


T = TypeVar("T", bound="Pagination")


@_attrs_define
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

    page: int
    pages: int
    per_page: int
    items: int
    urls: PaginationUrls
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        page = self.page

        pages = self.pages

        per_page = self.per_page

        items = self.items

        urls = self.urls.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "page": page,
                "pages": pages,
                "per_page": per_page,
                "items": items,
                "urls": urls,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.pagination_urls import PaginationUrls

        d = dict(src_dict)
        page = d.pop("page")

        pages = d.pop("pages")

        per_page = d.pop("per_page")

        items = d.pop("items")

        urls = PaginationUrls.from_dict(d.pop("urls"))

        pagination = cls(
            page=page,
            pages=pages,
            per_page=per_page,
            items=items,
            urls=urls,
        )

        pagination.additional_properties = d
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
