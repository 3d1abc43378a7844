from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from .. import decoding as _decoding
from .. import readable as _readable
from ..types import UNSET, Unset

T = TypeVar("T", bound="Identifier")


class Identifier:
    """A barcode, matrix number or other identifier of a release.

    Attributes:
        type_ (str):
        value (str):
        description (str | Unset):
    """

    __slots__ = (
        "__weakref__",
        "_problems",
        "additional_properties",
        "description",
        "type_",
        "value",
    )
    __match_args__ = (
        "type_",
        "value",
        "description",
    )

    type_: str
    value: str
    description: str | Unset
    additional_properties: dict[str, Any]
    # What did not match the API description when this was decoded (see decoding.problems).
    _problems: tuple[_decoding.Problem, ...]
    # (attribute, JSON key) of each field, for to_dict.
    _fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("type_", "type"),
        ("value", "value"),
        ("description", "description"),
    )

    def __init__(
        self,
        type_: str,
        value: str,
        description: str | Unset = UNSET,
    ) -> None:
        self.type_ = type_
        self.value = value
        self.description = description
        self.additional_properties = {}
        self._problems = ()

    # The fields and unknown keys, not the problems. Defining __eq__ leaves __hash__ None: a
    # model is mutable, so unhashable.
    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Identifier) or other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.type_,
            self.value,
            self.description,
            self.additional_properties,
        ) == (
            other.type_,
            other.value,
            other.description,
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
                f"Identifier is decoded from a JSON object, not {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        _found: list[_decoding.Problem] = []
        type_: Any = d.pop("type", UNSET)
        if not (isinstance(type_, str)):
            _decoding.mismatch(_found, ("type",), "string", type_)
        value: Any = d.pop("value", UNSET)
        if not (isinstance(value, str)):
            _decoding.mismatch(_found, ("value",), "string", value)
        description: Any = d.pop("description", UNSET)
        if not (isinstance(description, str)) and description is not UNSET:
            _decoding.mismatch(_found, ("description",), "string", description)
        identifier = cls(
            type_=type_,
            value=value,
            description=description,
        )
        identifier.additional_properties = d
        if _found:
            identifier._problems = tuple(_found)
        return identifier

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
