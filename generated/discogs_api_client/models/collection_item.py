from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from .. import decoding as _decoding
from .. import readable as _readable
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.basic_information import BasicInformation
    from ..models.collection_note import CollectionNote


T = TypeVar("T", bound="CollectionItem")


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

    __slots__ = (
        "__weakref__",
        "_problems",
        "additional_properties",
        "basic_information",
        "date_added",
        "folder_id",
        "id",
        "instance_id",
        "notes",
        "rating",
    )
    __match_args__ = (
        "id",
        "instance_id",
        "rating",
        "basic_information",
        "folder_id",
        "date_added",
        "notes",
    )

    id: int
    instance_id: int
    rating: int
    basic_information: BasicInformation
    folder_id: int | Unset
    date_added: datetime.datetime | Unset
    notes: list[CollectionNote] | Unset
    additional_properties: dict[str, Any]
    # What did not match the API description when this was decoded (see decoding.problems).
    _problems: tuple[_decoding.Problem, ...]
    # (attribute, JSON key) of each field, for to_dict.
    _fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("id", "id"),
        ("instance_id", "instance_id"),
        ("rating", "rating"),
        ("basic_information", "basic_information"),
        ("folder_id", "folder_id"),
        ("date_added", "date_added"),
        ("notes", "notes"),
    )

    def __init__(
        self,
        id: int,
        instance_id: int,
        rating: int,
        basic_information: BasicInformation,
        folder_id: int | Unset = UNSET,
        date_added: datetime.datetime | Unset = UNSET,
        notes: list[CollectionNote] | Unset = UNSET,
    ) -> None:
        self.id = id
        self.instance_id = instance_id
        self.rating = rating
        self.basic_information = basic_information
        self.folder_id = folder_id
        self.date_added = date_added
        self.notes = notes
        self.additional_properties = {}
        self._problems = ()

    # The fields and unknown keys, not the problems. Defining __eq__ leaves __hash__ None: a
    # model is mutable, so unhashable.
    def __eq__(self, other: object) -> bool:
        if not isinstance(other, CollectionItem) or other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.id,
            self.instance_id,
            self.rating,
            self.basic_information,
            self.folder_id,
            self.date_added,
            self.notes,
            self.additional_properties,
        ) == (
            other.id,
            other.instance_id,
            other.rating,
            other.basic_information,
            other.folder_id,
            other.date_added,
            other.notes,
            other.additional_properties,
        )

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON data (`json.dumps` takes it): the fields that were set, as sent."""
        return _decoding.to_dict(self, self._fields)

    def __repr__(self) -> str:
        return _readable.model_repr(self, self._fields)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Decode a JSON object leniently; see `decoding.problems` for what did not match."""
        if src_dict.__class__ is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"CollectionItem is decoded from a JSON object, not {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        _found: list[_decoding.Problem] = []
        id: Any = d.pop("id", UNSET)
        if id.__class__ is not int:
            _decoding.mismatch(_found, ("id",), "integer", id)
        instance_id: Any = d.pop("instance_id", UNSET)
        if instance_id.__class__ is not int:
            _decoding.mismatch(_found, ("instance_id",), "integer", instance_id)
        rating: Any = d.pop("rating", UNSET)
        if rating.__class__ is not int:
            _decoding.mismatch(_found, ("rating",), "integer", rating)
        basic_information: Any = d.pop("basic_information", UNSET)
        if isinstance(basic_information, dict):
            basic_information = BasicInformation.from_dict(basic_information)
            if basic_information._problems:
                _decoding.adopt(_found, ("basic_information",), basic_information._problems)
        else:
            _decoding.mismatch(
                _found, ("basic_information",), "object (BasicInformation)", basic_information
            )
        folder_id: Any = d.pop("folder_id", UNSET)
        if folder_id.__class__ is not int and folder_id is not UNSET:
            _decoding.mismatch(_found, ("folder_id",), "integer", folder_id)
        date_added: Any = d.pop("date_added", UNSET)
        if _decoding.is_timestamp(date_added):
            date_added = datetime.datetime.fromisoformat(date_added)
        elif date_added is not UNSET:
            _decoding.misformatted(
                _found, ("date_added",), "date-time with a time zone offset", date_added
            )
        notes: Any = d.pop("notes", UNSET)
        if isinstance(notes, list):
            notes = list(notes)
            for _i0, _item0 in enumerate(notes):
                if isinstance(_item0, dict):
                    _item0 = CollectionNote.from_dict(_item0)
                    if _item0._problems:
                        _decoding.adopt(_found, ("notes", _i0), _item0._problems)
                else:
                    _decoding.mismatch(_found, ("notes", _i0), "object (CollectionNote)", _item0)
                notes[_i0] = _item0
        elif notes is not UNSET:
            _decoding.mismatch(_found, ("notes",), "array of object (CollectionNote)", notes)
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
        if _found:
            collection_item._problems = tuple(_found)
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


# The models this one holds, imported once the class exists (models refer to each other in
# cycles): from_dict finds them here instead of importing them on every call.
from ..models.basic_information import BasicInformation  # noqa: E402
from ..models.collection_note import CollectionNote  # noqa: E402
