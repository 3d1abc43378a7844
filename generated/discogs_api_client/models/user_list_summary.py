from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="UserListSummary")


@_attrs_define
class UserListSummary:
    """A list, without its items.

    Attributes:
        id (int):
        name (str):
        resource_url (str):
        description (str | Unset):
        public (bool | Unset):
        date_added (datetime.datetime | Unset):
        date_changed (datetime.datetime | Unset):
        uri (str | Unset):
        image_url (str | Unset):
    """

    id: int
    name: str
    resource_url: str
    description: str | Unset = UNSET
    public: bool | Unset = UNSET
    date_added: datetime.datetime | Unset = UNSET
    date_changed: datetime.datetime | Unset = UNSET
    uri: str | Unset = UNSET
    image_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        resource_url = self.resource_url

        description = self.description

        public = self.public

        date_added: str | Unset = UNSET
        if not isinstance(self.date_added, Unset):
            date_added = self.date_added.isoformat()

        date_changed: str | Unset = UNSET
        if not isinstance(self.date_changed, Unset):
            date_changed = self.date_changed.isoformat()

        uri = self.uri

        image_url = self.image_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "resource_url": resource_url,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if public is not UNSET:
            field_dict["public"] = public
        if date_added is not UNSET:
            field_dict["date_added"] = date_added
        if date_changed is not UNSET:
            field_dict["date_changed"] = date_changed
        if uri is not UNSET:
            field_dict["uri"] = uri
        if image_url is not UNSET:
            field_dict["image_url"] = image_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name")

        resource_url = d.pop("resource_url")

        description = d.pop("description", UNSET)

        public = d.pop("public", UNSET)

        _date_added = d.pop("date_added", UNSET)
        date_added: datetime.datetime | Unset
        if isinstance(_date_added, Unset):
            date_added = UNSET
        else:
            date_added = datetime.datetime.fromisoformat(_date_added)

        _date_changed = d.pop("date_changed", UNSET)
        date_changed: datetime.datetime | Unset
        if isinstance(_date_changed, Unset):
            date_changed = UNSET
        else:
            date_changed = datetime.datetime.fromisoformat(_date_changed)

        uri = d.pop("uri", UNSET)

        image_url = d.pop("image_url", UNSET)

        user_list_summary = cls(
            id=id,
            name=name,
            resource_url=resource_url,
            description=description,
            public=public,
            date_added=date_added,
            date_changed=date_changed,
            uri=uri,
            image_url=image_url,
        )

        user_list_summary.additional_properties = d
        return user_list_summary

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
