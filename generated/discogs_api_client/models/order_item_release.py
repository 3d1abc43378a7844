from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="OrderItemRelease")


@_attrs_define
class OrderItemRelease:
    """The release an order item is a copy of.

    Attributes:
        id (int):
        description (str):
        resource_url (str | Unset):
        thumbnail (str | Unset):
    """

    id: int
    description: str
    resource_url: str | Unset = UNSET
    thumbnail: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        description = self.description

        resource_url = self.resource_url

        thumbnail = self.thumbnail

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "description": description,
            }
        )
        if resource_url is not UNSET:
            field_dict["resource_url"] = resource_url
        if thumbnail is not UNSET:
            field_dict["thumbnail"] = thumbnail

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        description = d.pop("description")

        resource_url = d.pop("resource_url", UNSET)

        thumbnail = d.pop("thumbnail", UNSET)

        order_item_release = cls(
            id=id,
            description=description,
            resource_url=resource_url,
            thumbnail=thumbnail,
        )

        order_item_release.additional_properties = d
        return order_item_release

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
