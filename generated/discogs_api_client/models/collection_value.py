from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from .. import decoding as _decoding
from .. import readable as _readable
from ..types import UNSET

T = TypeVar("T", bound="CollectionValue")


class CollectionValue:
    """The value of a collection as formatted money strings in the user's currency, such as `"$75.50"`, `"£2.50"`,
    `"A$1,597.46"` or `"€101.72"`: parse them yourself if you need numbers.

        Attributes:
            maximum (str):
            median (str):
            minimum (str):
    """

    __slots__ = (
        "__weakref__",
        "_problems",
        "additional_properties",
        "maximum",
        "median",
        "minimum",
    )
    __match_args__ = (
        "maximum",
        "median",
        "minimum",
    )

    maximum: str
    median: str
    minimum: str
    additional_properties: dict[str, Any]
    # What did not match the API description when this was decoded (see decoding.problems).
    _problems: tuple[_decoding.Problem, ...]
    # (attribute, JSON key) of each field, for to_dict.
    _fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("maximum", "maximum"),
        ("median", "median"),
        ("minimum", "minimum"),
    )

    def __init__(
        self,
        maximum: str,
        median: str,
        minimum: str,
    ) -> None:
        self.maximum = maximum
        self.median = median
        self.minimum = minimum
        self.additional_properties = {}
        self._problems = ()

    # The fields and unknown keys, not the problems. Defining __eq__ leaves __hash__ None: a
    # model is mutable, so unhashable.
    def __eq__(self, other: object) -> bool:
        if not isinstance(other, CollectionValue) or other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.maximum,
            self.median,
            self.minimum,
            self.additional_properties,
        ) == (
            other.maximum,
            other.median,
            other.minimum,
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
                f"CollectionValue is decoded from a JSON object, not {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        _found: list[_decoding.Problem] = []
        maximum: Any = d.pop("maximum", UNSET)
        if not (isinstance(maximum, str)):
            _decoding.mismatch(_found, ("maximum",), "string", maximum)
        median: Any = d.pop("median", UNSET)
        if not (isinstance(median, str)):
            _decoding.mismatch(_found, ("median",), "string", median)
        minimum: Any = d.pop("minimum", UNSET)
        if not (isinstance(minimum, str)):
            _decoding.mismatch(_found, ("minimum",), "string", minimum)
        collection_value = cls(
            maximum=maximum,
            median=median,
            minimum=minimum,
        )
        collection_value.additional_properties = d
        if _found:
            collection_value._problems = tuple(_found)
        return collection_value

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
