from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from .. import decoding as _decoding
from .. import readable as _readable
from ..types import UNSET

T = TypeVar("T", bound="CollectionFieldBase")


class CollectionFieldBase:
    """What every collection notes field has besides its `type`.

    Attributes:
        id (int):
        name (str):
        position (int): The field's place in the order of fields.
        public (bool): Whether others can see the field's values.
    """

    __slots__ = (
        "__weakref__",
        "_problems",
        "additional_properties",
        "id",
        "name",
        "position",
        "public",
    )
    __match_args__ = (
        "id",
        "name",
        "position",
        "public",
    )

    id: int
    name: str
    position: int
    public: bool
    additional_properties: dict[str, Any]
    # What did not match the API description when this was decoded (see decoding.problems).
    _problems: tuple[_decoding.Problem, ...]
    # (attribute, JSON key) of each field, for to_dict.
    _fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("id", "id"),
        ("name", "name"),
        ("position", "position"),
        ("public", "public"),
    )

    def __init__(
        self,
        id: int,
        name: str,
        position: int,
        public: bool,
    ) -> None:
        self.id = id
        self.name = name
        self.position = position
        self.public = public
        self.additional_properties = {}
        self._problems = ()

    # The fields and unknown keys, not the problems. Defining __eq__ leaves __hash__ None: a
    # model is mutable, so unhashable.
    def __eq__(self, other: object) -> bool:
        if not isinstance(other, CollectionFieldBase) or other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.id,
            self.name,
            self.position,
            self.public,
            self.additional_properties,
        ) == (
            other.id,
            other.name,
            other.position,
            other.public,
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
                f"CollectionFieldBase is decoded from a JSON object, not {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        _found: list[_decoding.Problem] = []
        id: Any = d.pop("id", UNSET)
        if id.__class__ is not int:
            _decoding.mismatch(_found, ("id",), "integer", id)
        name: Any = d.pop("name", UNSET)
        if not (isinstance(name, str)):
            _decoding.mismatch(_found, ("name",), "string", name)
        position: Any = d.pop("position", UNSET)
        if position.__class__ is not int:
            _decoding.mismatch(_found, ("position",), "integer", position)
        public: Any = d.pop("public", UNSET)
        if public.__class__ is not bool:
            _decoding.mismatch(_found, ("public",), "boolean", public)
        collection_field_base = cls(
            id=id,
            name=name,
            position=position,
            public=public,
        )
        collection_field_base.additional_properties = d
        if _found:
            collection_field_base._problems = tuple(_found)
        return collection_field_base

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
