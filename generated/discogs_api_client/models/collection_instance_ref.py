from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.basic_information import BasicInformation


T = TypeVar("T", bound="CollectionInstanceRef")


@_attrs_define
class CollectionInstanceRef:
    """A new collection instance. The documentation shows only `instance_id` and `resource_url`; the live API has been seen
    sending the whole item (the fields of `CollectionItem`), so those are described too but not required.

        Attributes:
            instance_id (int):
            resource_url (str):
            id (int | Unset): The release's id.
            folder_id (int | Unset):
            rating (int | Unset):
            date_added (datetime.datetime | Unset):
            basic_information (BasicInformation | Unset): The summary of a release that collection items and wants share.
                `master_id` is 0 and `master_url` null for a release without a master; image URLs are empty or null unless the
                request is authenticated.
    """

    instance_id: int
    resource_url: str
    id: int | Unset = UNSET
    folder_id: int | Unset = UNSET
    rating: int | Unset = UNSET
    date_added: datetime.datetime | Unset = UNSET
    basic_information: BasicInformation | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        instance_id = self.instance_id

        resource_url = self.resource_url

        id = self.id

        folder_id = self.folder_id

        rating = self.rating

        date_added: str | Unset = UNSET
        if not isinstance(self.date_added, Unset):
            date_added = self.date_added.isoformat()

        basic_information: dict[str, Any] | Unset = UNSET
        if not isinstance(self.basic_information, Unset):
            basic_information = self.basic_information.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "instance_id": instance_id,
                "resource_url": resource_url,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if folder_id is not UNSET:
            field_dict["folder_id"] = folder_id
        if rating is not UNSET:
            field_dict["rating"] = rating
        if date_added is not UNSET:
            field_dict["date_added"] = date_added
        if basic_information is not UNSET:
            field_dict["basic_information"] = basic_information

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.basic_information import BasicInformation

        d = dict(src_dict)
        instance_id = d.pop("instance_id")

        resource_url = d.pop("resource_url")

        id = d.pop("id", UNSET)

        folder_id = d.pop("folder_id", UNSET)

        rating = d.pop("rating", UNSET)

        _date_added = d.pop("date_added", UNSET)
        date_added: datetime.datetime | Unset
        if isinstance(_date_added, Unset):
            date_added = UNSET
        else:
            date_added = datetime.datetime.fromisoformat(_date_added)

        _basic_information = d.pop("basic_information", UNSET)
        basic_information: BasicInformation | Unset
        if isinstance(_basic_information, Unset):
            basic_information = UNSET
        else:
            basic_information = BasicInformation.from_dict(_basic_information)

        collection_instance_ref = cls(
            instance_id=instance_id,
            resource_url=resource_url,
            id=id,
            folder_id=folder_id,
            rating=rating,
            date_added=date_added,
            basic_information=basic_information,
        )

        collection_instance_ref.additional_properties = d
        return collection_instance_ref

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
