from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.master_version_stats import MasterVersionStats


T = TypeVar("T", bound="UserListItem")


@_attrs_define
class UserListItem:
    """An item of a list (a release, master, artist or label) with the owner's comment.

    Attributes:
        id (int):
        type_ (str):
        display_title (str):
        comment (str):
        uri (str):
        resource_url (str):
        image_url (str | Unset): An image URL; empty unless the request is authenticated.
        stats (MasterVersionStats | Unset): The version's counts for the requesting user and for the community.
    """

    id: int
    type_: str
    display_title: str
    comment: str
    uri: str
    resource_url: str
    image_url: str | Unset = UNSET
    stats: MasterVersionStats | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        type_ = self.type_

        display_title = self.display_title

        comment = self.comment

        uri = self.uri

        resource_url = self.resource_url

        image_url = self.image_url

        stats: dict[str, Any] | Unset = UNSET
        if not isinstance(self.stats, Unset):
            stats = self.stats.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "type": type_,
                "display_title": display_title,
                "comment": comment,
                "uri": uri,
                "resource_url": resource_url,
            }
        )
        if image_url is not UNSET:
            field_dict["image_url"] = image_url
        if stats is not UNSET:
            field_dict["stats"] = stats

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.master_version_stats import MasterVersionStats

        d = dict(src_dict)
        id = d.pop("id")

        type_ = d.pop("type")

        display_title = d.pop("display_title")

        comment = d.pop("comment")

        uri = d.pop("uri")

        resource_url = d.pop("resource_url")

        image_url = d.pop("image_url", UNSET)

        _stats = d.pop("stats", UNSET)
        stats: MasterVersionStats | Unset
        if isinstance(_stats, Unset):
            stats = UNSET
        else:
            stats = MasterVersionStats.from_dict(_stats)

        user_list_item = cls(
            id=id,
            type_=type_,
            display_title=display_title,
            comment=comment,
            uri=uri,
            resource_url=resource_url,
            image_url=image_url,
            stats=stats,
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
