from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.pagination import Pagination
    from ..models.want import Want


T = TypeVar("T", bound="WantsPage")


@_attrs_define
class WantsPage:
    """A page of a wantlist.

    Attributes:
        pagination (Pagination): Where a page stands in a paginated listing. Pages can hold fewer than `per_page` items.
        wants (list[Want]):
    """

    pagination: Pagination
    wants: list[Want]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        pagination = self.pagination.to_dict()

        wants = []
        for wants_item_data in self.wants:
            wants_item = wants_item_data.to_dict()
            wants.append(wants_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "pagination": pagination,
                "wants": wants,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.pagination import Pagination
        from ..models.want import Want

        d = dict(src_dict)
        pagination = Pagination.from_dict(d.pop("pagination"))

        wants = []
        _wants = d.pop("wants")
        for wants_item_data in _wants:
            wants_item = Want.from_dict(wants_item_data)

            wants.append(wants_item)

        wants_page = cls(
            pagination=pagination,
            wants=wants,
        )

        wants_page.additional_properties = d
        return wants_page

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
