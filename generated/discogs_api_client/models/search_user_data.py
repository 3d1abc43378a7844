from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="SearchUserData")


@_attrs_define
class SearchUserData:
    """Whether the searching user has the result in their collection or wantlist.

    Attributes:
        in_wantlist (bool):
        in_collection (bool):
    """

    in_wantlist: bool
    in_collection: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        in_wantlist = self.in_wantlist

        in_collection = self.in_collection

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "in_wantlist": in_wantlist,
                "in_collection": in_collection,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        in_wantlist = d.pop("in_wantlist")

        in_collection = d.pop("in_collection")

        search_user_data = cls(
            in_wantlist=in_wantlist,
            in_collection=in_collection,
        )

        search_user_data.additional_properties = d
        return search_user_data

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
