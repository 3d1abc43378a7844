from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from .. import decoding as _decoding
from .. import readable as _readable
from ..types import UNSET

T = TypeVar("T", bound="CommunityRatingSummary")


class CommunityRatingSummary:
    """The average of a release's ratings and how many there are.

    Attributes:
        average (float):
        count (int):
    """

    __slots__ = (
        "__weakref__",
        "_problems",
        "additional_properties",
        "average",
        "count",
    )
    __match_args__ = (
        "average",
        "count",
    )

    average: float
    count: int
    additional_properties: dict[str, Any]
    # What did not match the API description when this was decoded (see decoding.problems).
    _problems: tuple[_decoding.Problem, ...]
    # (attribute, JSON key) of each field, for to_dict.
    _fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("average", "average"),
        ("count", "count"),
    )

    def __init__(
        self,
        average: float,
        count: int,
    ) -> None:
        self.average = average
        self.count = count
        self.additional_properties = {}
        self._problems = ()

    # The fields and unknown keys, not the problems. Defining __eq__ leaves __hash__ None: a
    # model is mutable, so unhashable.
    def __eq__(self, other: object) -> bool:
        if not isinstance(other, CommunityRatingSummary) or other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.average,
            self.count,
            self.additional_properties,
        ) == (
            other.average,
            other.count,
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
                f"CommunityRatingSummary is decoded from a JSON object, not {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        _found: list[_decoding.Problem] = []
        average: Any = d.pop("average", UNSET)
        if not (average.__class__ is float or average.__class__ is int):
            _decoding.mismatch(_found, ("average",), "number", average)
        count: Any = d.pop("count", UNSET)
        if count.__class__ is not int:
            _decoding.mismatch(_found, ("count",), "integer", count)
        community_rating_summary = cls(
            average=average,
            count=count,
        )
        community_rating_summary.additional_properties = d
        if _found:
            community_rating_summary._problems = tuple(_found)
        return community_rating_summary

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
