from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.basic_information import BasicInformation
    from ..models.collection_note import CollectionNote


T = TypeVar("T", bound="CollectionItem")


@_attrs_define
class CollectionItem:
    """One copy (instance) of a release in a collection. `notes` lists the values of the notes fields the requester may
    see. `folder_id` is absent when others view folder 0 (All).

        Attributes:
            id (int): The release's id.
            instance_id (int):
            rating (int):
            basic_information (BasicInformation): The summary of a release that collection items and wants share.
                `master_id` is 0 and `master_url` null for a release without a master; image URLs are empty or null unless the
                request is authenticated.
            folder_id (int | Unset):
            date_added (datetime.datetime | Unset):
            notes (list[CollectionNote] | Unset):
    """

    id: int
    instance_id: int
    rating: int
    basic_information: BasicInformation
    folder_id: int | Unset = UNSET
    date_added: datetime.datetime | Unset = UNSET
    notes: list[CollectionNote] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        instance_id = self.instance_id

        rating = self.rating

        basic_information = self.basic_information.to_dict()

        folder_id = self.folder_id

        date_added: str | Unset = UNSET
        if not isinstance(self.date_added, Unset):
            date_added = self.date_added.isoformat()

        notes: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.notes, Unset):
            notes = []
            for notes_item_data in self.notes:
                notes_item = notes_item_data.to_dict()
                notes.append(notes_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "instance_id": instance_id,
                "rating": rating,
                "basic_information": basic_information,
            }
        )
        if folder_id is not UNSET:
            field_dict["folder_id"] = folder_id
        if date_added is not UNSET:
            field_dict["date_added"] = date_added
        if notes is not UNSET:
            field_dict["notes"] = notes

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.basic_information import BasicInformation
        from ..models.collection_note import CollectionNote

        d = dict(src_dict)
        id = d.pop("id")

        instance_id = d.pop("instance_id")

        rating = d.pop("rating")

        basic_information = BasicInformation.from_dict(d.pop("basic_information"))

        folder_id = d.pop("folder_id", UNSET)

        _date_added = d.pop("date_added", UNSET)
        date_added: datetime.datetime | Unset
        if isinstance(_date_added, Unset):
            date_added = UNSET
        else:
            date_added = datetime.datetime.fromisoformat(_date_added)

        _notes = d.pop("notes", UNSET)
        notes: list[CollectionNote] | Unset = UNSET
        if _notes is not UNSET:
            notes = []
            for notes_item_data in _notes:
                notes_item = CollectionNote.from_dict(notes_item_data)

                notes.append(notes_item)

        collection_item = cls(
            id=id,
            instance_id=instance_id,
            rating=rating,
            basic_information=basic_information,
            folder_id=folder_id,
            date_added=date_added,
            notes=notes,
        )

        collection_item.additional_properties = d
        return collection_item

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
