from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from .. import decoding as _decoding
from .. import readable as _readable
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.basic_information import BasicInformation


T = TypeVar("T", bound="CollectionInstanceRef")


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

    __slots__ = (
        "__weakref__",
        "_problems",
        "additional_properties",
        "basic_information",
        "date_added",
        "folder_id",
        "id",
        "instance_id",
        "rating",
        "resource_url",
    )
    __match_args__ = (
        "instance_id",
        "resource_url",
        "id",
        "folder_id",
        "rating",
        "date_added",
        "basic_information",
    )

    instance_id: int
    resource_url: str
    id: int | Unset
    folder_id: int | Unset
    rating: int | Unset
    date_added: datetime.datetime | Unset
    basic_information: BasicInformation | Unset
    additional_properties: dict[str, Any]
    # What did not match the API description when this was decoded (see decoding.problems).
    _problems: tuple[_decoding.Problem, ...]
    # (attribute, JSON key) of each field, for to_dict.
    _fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("instance_id", "instance_id"),
        ("resource_url", "resource_url"),
        ("id", "id"),
        ("folder_id", "folder_id"),
        ("rating", "rating"),
        ("date_added", "date_added"),
        ("basic_information", "basic_information"),
    )

    def __init__(
        self,
        instance_id: int,
        resource_url: str,
        id: int | Unset = UNSET,
        folder_id: int | Unset = UNSET,
        rating: int | Unset = UNSET,
        date_added: datetime.datetime | Unset = UNSET,
        basic_information: BasicInformation | Unset = UNSET,
    ) -> None:
        self.instance_id = instance_id
        self.resource_url = resource_url
        self.id = id
        self.folder_id = folder_id
        self.rating = rating
        self.date_added = date_added
        self.basic_information = basic_information
        self.additional_properties = {}
        self._problems = ()

    # The fields and unknown keys, not the problems. Defining __eq__ leaves __hash__ None: a
    # model is mutable, so unhashable.
    def __eq__(self, other: object) -> bool:
        if not isinstance(other, CollectionInstanceRef) or other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.instance_id,
            self.resource_url,
            self.id,
            self.folder_id,
            self.rating,
            self.date_added,
            self.basic_information,
            self.additional_properties,
        ) == (
            other.instance_id,
            other.resource_url,
            other.id,
            other.folder_id,
            other.rating,
            other.date_added,
            other.basic_information,
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
                f"CollectionInstanceRef is decoded from a JSON object, not {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        _found: list[_decoding.Problem] = []
        instance_id: Any = d.pop("instance_id", UNSET)
        if instance_id.__class__ is not int:
            _decoding.mismatch(_found, ("instance_id",), "integer", instance_id)
        resource_url: Any = d.pop("resource_url", UNSET)
        if not (isinstance(resource_url, str)):
            _decoding.mismatch(_found, ("resource_url",), "string", resource_url)
        id: Any = d.pop("id", UNSET)
        if id.__class__ is not int and id is not UNSET:
            _decoding.mismatch(_found, ("id",), "integer", id)
        folder_id: Any = d.pop("folder_id", UNSET)
        if folder_id.__class__ is not int and folder_id is not UNSET:
            _decoding.mismatch(_found, ("folder_id",), "integer", folder_id)
        rating: Any = d.pop("rating", UNSET)
        if rating.__class__ is not int and rating is not UNSET:
            _decoding.mismatch(_found, ("rating",), "integer", rating)
        date_added: Any = d.pop("date_added", UNSET)
        if _decoding.is_timestamp(date_added):
            date_added = datetime.datetime.fromisoformat(date_added)
        elif date_added is not UNSET:
            _decoding.misformatted(
                _found, ("date_added",), "date-time with a time zone offset", date_added
            )
        basic_information: Any = d.pop("basic_information", UNSET)
        if isinstance(basic_information, dict):
            basic_information = BasicInformation.from_dict(basic_information)
            if basic_information._problems:
                _decoding.adopt(_found, ("basic_information",), basic_information._problems)
        elif basic_information is not UNSET:
            _decoding.mismatch(
                _found, ("basic_information",), "object (BasicInformation)", basic_information
            )
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
        if _found:
            collection_instance_ref._problems = tuple(_found)
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


# The models this one holds, imported once the class exists (models refer to each other in
# cycles): from_dict finds them here instead of importing them on every call.
from ..models.basic_information import BasicInformation  # noqa: E402
