from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from .. import decoding as _decoding
from .. import readable as _readable
from ..types import UNSET, Unset

T = TypeVar("T", bound="ArtistRef")


class ArtistRef:
    """A reference to another artist (a member, group or alias).

    Attributes:
        id (int):
        name (str):
        resource_url (str):
        active (bool | Unset): Whether the member is active in the group (members and groups only).
        thumbnail_url (str | Unset):
    """

    __slots__ = (
        "__weakref__",
        "_problems",
        "active",
        "additional_properties",
        "id",
        "name",
        "resource_url",
        "thumbnail_url",
    )
    __match_args__ = (
        "id",
        "name",
        "resource_url",
        "active",
        "thumbnail_url",
    )

    id: int
    name: str
    resource_url: str
    active: bool | Unset
    thumbnail_url: str | Unset
    additional_properties: dict[str, Any]
    # What did not match the API description when this was decoded (see decoding.problems).
    _problems: tuple[_decoding.Problem, ...]
    # (attribute, JSON key) of each field, for to_dict.
    _fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("id", "id"),
        ("name", "name"),
        ("resource_url", "resource_url"),
        ("active", "active"),
        ("thumbnail_url", "thumbnail_url"),
    )

    def __init__(
        self,
        id: int,
        name: str,
        resource_url: str,
        active: bool | Unset = UNSET,
        thumbnail_url: str | Unset = UNSET,
    ) -> None:
        self.id = id
        self.name = name
        self.resource_url = resource_url
        self.active = active
        self.thumbnail_url = thumbnail_url
        self.additional_properties = {}
        self._problems = ()

    # The fields and unknown keys, not the problems. Defining __eq__ leaves __hash__ None: a
    # model is mutable, so unhashable.
    def __eq__(self, other: object) -> bool:
        if not isinstance(other, ArtistRef) or other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.id,
            self.name,
            self.resource_url,
            self.active,
            self.thumbnail_url,
            self.additional_properties,
        ) == (
            other.id,
            other.name,
            other.resource_url,
            other.active,
            other.thumbnail_url,
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
                f"ArtistRef is decoded from a JSON object, not {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        _found: list[_decoding.Problem] = []
        id: Any = d.pop("id", UNSET)
        if id.__class__ is not int:
            _decoding.mismatch(_found, ("id",), "integer", id)
        name: Any = d.pop("name", UNSET)
        if not (isinstance(name, str)):
            _decoding.mismatch(_found, ("name",), "string", name)
        resource_url: Any = d.pop("resource_url", UNSET)
        if not (isinstance(resource_url, str)):
            _decoding.mismatch(_found, ("resource_url",), "string", resource_url)
        active: Any = d.pop("active", UNSET)
        if active.__class__ is not bool and active is not UNSET:
            _decoding.mismatch(_found, ("active",), "boolean", active)
        thumbnail_url: Any = d.pop("thumbnail_url", UNSET)
        if not (isinstance(thumbnail_url, str)) and thumbnail_url is not UNSET:
            _decoding.mismatch(_found, ("thumbnail_url",), "string", thumbnail_url)
        artist_ref = cls(
            id=id,
            name=name,
            resource_url=resource_url,
            active=active,
            thumbnail_url=thumbnail_url,
        )
        artist_ref.additional_properties = d
        if _found:
            artist_ref._problems = tuple(_found)
        return artist_ref

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
