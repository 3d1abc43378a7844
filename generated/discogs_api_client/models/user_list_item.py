from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="UserListItem")


@_attrs_define
class UserListItem:
    """An item of a list (a release, master, artist or label) with the owner's comment.

    Attributes:
        id (int):
        type_ (str):
        display_title (str):
        resource_url (str):
        comment (str | Unset):
        uri (str | Unset):
        image_url (str | Unset): An image URL; empty unless the request is authenticated.
    """

    id: int
    type_: str
    display_title: str
    resource_url: str
    comment: str | Unset = UNSET
    uri: str | Unset = UNSET
    image_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        type_ = self.type_

        display_title = self.display_title

        resource_url = self.resource_url

        comment = self.comment

        uri = self.uri

        image_url = self.image_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "type": type_,
                "display_title": display_title,
                "resource_url": resource_url,
            }
        )
        if comment is not UNSET:
            field_dict["comment"] = comment
        if uri is not UNSET:
            field_dict["uri"] = uri
        if image_url is not UNSET:
            field_dict["image_url"] = image_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        type_ = d.pop("type")

        display_title = d.pop("display_title")

        resource_url = d.pop("resource_url")

        comment = d.pop("comment", UNSET)

        uri = d.pop("uri", UNSET)

        image_url = d.pop("image_url", UNSET)

        user_list_item = cls(
            id=id,
            type_=type_,
            display_title=display_title,
            resource_url=resource_url,
            comment=comment,
            uri=uri,
            image_url=image_url,
        )

        user_list_item.additional_properties = d
        return user_list_item

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
