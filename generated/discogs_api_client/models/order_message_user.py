from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="OrderMessageUser")


@_attrs_define
class OrderMessageUser:
    """The author of an order message.

    Attributes:
        username (str):
        resource_url (str):
        id (int | Unset):
        avatar_url (str | Unset):
    """

    username: str
    resource_url: str
    id: int | Unset = UNSET
    avatar_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        username = self.username

        resource_url = self.resource_url

        id = self.id

        avatar_url = self.avatar_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "username": username,
                "resource_url": resource_url,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if avatar_url is not UNSET:
            field_dict["avatar_url"] = avatar_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        username = d.pop("username")

        resource_url = d.pop("resource_url")

        id = d.pop("id", UNSET)

        avatar_url = d.pop("avatar_url", UNSET)

        order_message_user = cls(
            username=username,
            resource_url=resource_url,
            id=id,
            avatar_url=avatar_url,
        )

        order_message_user.additional_properties = d
        return order_message_user

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
