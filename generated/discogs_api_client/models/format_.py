from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from .. import decoding as _decoding
from .. import readable as _readable
from ..types import UNSET, Unset

T = TypeVar("T", bound="Format")


class Format:
    """A format of a release. `qty` is a number sent as a string.

    Attributes:
        name (str):
        qty (str): How many items of this format, as a string.
        descriptions (list[str] | Unset):
        text (str | Unset): Free-text details, present only when entered.
    """

    __slots__ = (
        "__weakref__",
        "_problems",
        "additional_properties",
        "descriptions",
        "name",
        "qty",
        "text",
    )
    __match_args__ = (
        "name",
        "qty",
        "descriptions",
        "text",
    )

    name: str
    qty: str
    descriptions: list[str] | Unset
    text: str | Unset
    additional_properties: dict[str, Any]
    # What did not match the API description when this was decoded (see decoding.problems).
    _problems: tuple[_decoding.Problem, ...]
    # (attribute, JSON key) of each field, for to_dict.
    _fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("name", "name"),
        ("qty", "qty"),
        ("descriptions", "descriptions"),
        ("text", "text"),
    )

    def __init__(
        self,
        name: str,
        qty: str,
        descriptions: list[str] | Unset = UNSET,
        text: str | Unset = UNSET,
    ) -> None:
        self.name = name
        self.qty = qty
        self.descriptions = descriptions
        self.text = text
        self.additional_properties = {}
        self._problems = ()

    # The fields and unknown keys, not the problems. Defining __eq__ leaves __hash__ None: a
    # model is mutable, so unhashable.
    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Format) or other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.name,
            self.qty,
            self.descriptions,
            self.text,
            self.additional_properties,
        ) == (
            other.name,
            other.qty,
            other.descriptions,
            other.text,
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
            raise TypeError(f"Format is decoded from a JSON object, not {type(src_dict).__name__}")
        d = dict(src_dict)
        _found: list[_decoding.Problem] = []
        name: Any = d.pop("name", UNSET)
        if not (isinstance(name, str)):
            _decoding.mismatch(_found, ("name",), "string", name)
        qty: Any = d.pop("qty", UNSET)
        if not (isinstance(qty, str)):
            _decoding.mismatch(_found, ("qty",), "string", qty)
        descriptions: Any = d.pop("descriptions", UNSET)
        if isinstance(descriptions, list):
            for _i0, _item0 in enumerate(descriptions):
                if not (isinstance(_item0, str)):
                    _decoding.mismatch(_found, ("descriptions", _i0), "string", _item0)
        elif descriptions is not UNSET:
            _decoding.mismatch(_found, ("descriptions",), "array of string", descriptions)
        text: Any = d.pop("text", UNSET)
        if not (isinstance(text, str)) and text is not UNSET:
            _decoding.mismatch(_found, ("text",), "string", text)
        format_ = cls(
            name=name,
            qty=qty,
            descriptions=descriptions,
            text=text,
        )
        format_.additional_properties = d
        if _found:
            format_._problems = tuple(_found)
        return format_

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
