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
        description (str):
        public (bool):
        date_added (datetime.datetime):
        date_changed (datetime.datetime):
        uri (str):
        resource_url (str):
        image_url (str | Unset):
    """

    id: int
    name: str
    description: str
    public: bool
    date_added: datetime.datetime
    date_changed: datetime.datetime
    uri: str
    resource_url: str
    image_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        description = self.description

        public = self.public

        date_added = self.date_added.isoformat()

        date_changed = self.date_changed.isoformat()

        uri = self.uri

        resource_url = self.resource_url

        image_url = self.image_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "description": description,
                "public": public,
                "date_added": date_added,
                "date_changed": date_changed,
                "uri": uri,
                "resource_url": resource_url,
            }
        )
        if image_url is not UNSET:
            field_dict["image_url"] = image_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name")

        description = d.pop("description")

        public = d.pop("public")

        date_added = datetime.datetime.fromisoformat(d.pop("date_added"))

        date_changed = datetime.datetime.fromisoformat(d.pop("date_changed"))

        uri = d.pop("uri")

        resource_url = d.pop("resource_url")

        image_url = d.pop("image_url", UNSET)

        user_list_summary = cls(
            id=id,
            name=name,
            description=description,
            public=public,
            date_added=date_added,
            date_changed=date_changed,
            uri=uri,
            resource_url=resource_url,
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
