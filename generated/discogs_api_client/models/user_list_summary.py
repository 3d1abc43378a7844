from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from .. import decoding as _decoding
from .. import readable as _readable
from ..types import UNSET, Unset

T = TypeVar("T", bound="UserListSummary")


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

    __slots__ = (
        "__weakref__",
        "_problems",
        "additional_properties",
        "date_added",
        "date_changed",
        "description",
        "id",
        "image_url",
        "name",
        "public",
        "resource_url",
        "uri",
    )
    __match_args__ = (
        "id",
        "name",
        "description",
        "public",
        "date_added",
        "date_changed",
        "uri",
        "resource_url",
        "image_url",
    )

    id: int
    name: str
    description: str
    public: bool
    date_added: datetime.datetime
    date_changed: datetime.datetime
    uri: str
    resource_url: str
    image_url: str | Unset
    additional_properties: dict[str, Any]
    # What did not match the API description when this was decoded (see decoding.problems).
    _problems: tuple[_decoding.Problem, ...]
    # (attribute, JSON key) of each field, for to_dict.
    _fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("id", "id"),
        ("name", "name"),
        ("description", "description"),
        ("public", "public"),
        ("date_added", "date_added"),
        ("date_changed", "date_changed"),
        ("uri", "uri"),
        ("resource_url", "resource_url"),
        ("image_url", "image_url"),
    )

    def __init__(
        self,
        id: int,
        name: str,
        description: str,
        public: bool,
        date_added: datetime.datetime,
        date_changed: datetime.datetime,
        uri: str,
        resource_url: str,
        image_url: str | Unset = UNSET,
    ) -> None:
        self.id = id
        self.name = name
        self.description = description
        self.public = public
        self.date_added = date_added
        self.date_changed = date_changed
        self.uri = uri
        self.resource_url = resource_url
        self.image_url = image_url
        self.additional_properties = {}
        self._problems = ()

    # The fields and unknown keys, not the problems. Defining __eq__ leaves __hash__ None: a
    # model is mutable, so unhashable.
    def __eq__(self, other: object) -> bool:
        if not isinstance(other, UserListSummary) or other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.id,
            self.name,
            self.description,
            self.public,
            self.date_added,
            self.date_changed,
            self.uri,
            self.resource_url,
            self.image_url,
            self.additional_properties,
        ) == (
            other.id,
            other.name,
            other.description,
            other.public,
            other.date_added,
            other.date_changed,
            other.uri,
            other.resource_url,
            other.image_url,
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
                f"UserListSummary is decoded from a JSON object, not {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        _found: list[_decoding.Problem] = []
        id: Any = d.pop("id", UNSET)
        if id.__class__ is not int:
            _decoding.mismatch(_found, ("id",), "integer", id)
        name: Any = d.pop("name", UNSET)
        if not (isinstance(name, str)):
            _decoding.mismatch(_found, ("name",), "string", name)
        description: Any = d.pop("description", UNSET)
        if not (isinstance(description, str)):
            _decoding.mismatch(_found, ("description",), "string", description)
        public: Any = d.pop("public", UNSET)
        if public.__class__ is not bool:
            _decoding.mismatch(_found, ("public",), "boolean", public)
        date_added: Any = d.pop("date_added", UNSET)
        if _decoding.is_timestamp(date_added):
            date_added = datetime.datetime.fromisoformat(date_added)
        else:
            _decoding.misformatted(
                _found, ("date_added",), "date-time with a time zone offset", date_added
            )
        date_changed: Any = d.pop("date_changed", UNSET)
        if _decoding.is_timestamp(date_changed):
            date_changed = datetime.datetime.fromisoformat(date_changed)
        else:
            _decoding.misformatted(
                _found, ("date_changed",), "date-time with a time zone offset", date_changed
            )
        uri: Any = d.pop("uri", UNSET)
        if not (isinstance(uri, str)):
            _decoding.mismatch(_found, ("uri",), "string", uri)
        resource_url: Any = d.pop("resource_url", UNSET)
        if not (isinstance(resource_url, str)):
            _decoding.mismatch(_found, ("resource_url",), "string", resource_url)
        image_url: Any = d.pop("image_url", UNSET)
        if not (isinstance(image_url, str)) and image_url is not UNSET:
            _decoding.mismatch(_found, ("image_url",), "string", image_url)
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
        if _found:
            user_list_summary._problems = tuple(_found)
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
