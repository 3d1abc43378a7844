from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.basic_information import BasicInformation


T = TypeVar("T", bound="Want")


@_attrs_define
class Want:
    """A release in a wantlist. `notes` (a string) is present only for the owner.

    Attributes:
        id (int): The release's id.
        rating (int):
        resource_url (str):
        basic_information (BasicInformation): The summary of a release that collection items and wants share.
            `master_id` is 0 and `master_url` null for a release without a master; image URLs are empty or null unless the
            request is authenticated.
        notes (str | Unset):
        date_added (datetime.datetime | Unset):
    """

    id: int
    rating: int
    resource_url: str
    basic_information: BasicInformation
    notes: str | Unset = UNSET
    date_added: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        rating = self.rating

        resource_url = self.resource_url

        basic_information = self.basic_information.to_dict()

        notes = self.notes

        date_added: str | Unset = UNSET
        if not isinstance(self.date_added, Unset):
            date_added = self.date_added.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "rating": rating,
                "resource_url": resource_url,
                "basic_information": basic_information,
            }
        )
        if notes is not UNSET:
            field_dict["notes"] = notes
        if date_added is not UNSET:
            field_dict["date_added"] = date_added

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.basic_information import BasicInformation

        d = dict(src_dict)
        id = d.pop("id")

        rating = d.pop("rating")

        resource_url = d.pop("resource_url")

        basic_information = BasicInformation.from_dict(d.pop("basic_information"))

        notes = d.pop("notes", UNSET)

        _date_added = d.pop("date_added", UNSET)
        date_added: datetime.datetime | Unset
        if isinstance(_date_added, Unset):
            date_added = UNSET
        else:
            date_added = datetime.datetime.fromisoformat(_date_added)

        want = cls(
            id=id,
            rating=rating,
            resource_url=resource_url,
            basic_information=basic_information,
            notes=notes,
            date_added=date_added,
        )

        want.additional_properties = d
        return want

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
