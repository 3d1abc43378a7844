from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from .. import decoding as _decoding
from .. import readable as _readable
from ..types import UNSET

T = TypeVar("T", bound="SellerStats")


class SellerStats:
    """A seller's feedback.

    Attributes:
        rating (str): The share of positive feedback in percent, as a string such as `"100"` or `"99.8"`.
        stars (float): The rating in stars, from 0 to 5.
        total (int): How many ratings there are.
    """

    __slots__ = (
        "__weakref__",
        "_problems",
        "additional_properties",
        "rating",
        "stars",
        "total",
    )
    __match_args__ = (
        "rating",
        "stars",
        "total",
    )

    rating: str
    stars: float
    total: int
    additional_properties: dict[str, Any]
    # What did not match the API description when this was decoded (see decoding.problems).
    _problems: tuple[_decoding.Problem, ...]
    # (attribute, JSON key) of each field, for to_dict.
    _fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("rating", "rating"),
        ("stars", "stars"),
        ("total", "total"),
    )

    def __init__(
        self,
        rating: str,
        stars: float,
        total: int,
    ) -> None:
        self.rating = rating
        self.stars = stars
        self.total = total
        self.additional_properties = {}
        self._problems = ()

    # The fields and unknown keys, not the problems. Defining __eq__ leaves __hash__ None: a
    # model is mutable, so unhashable.
    def __eq__(self, other: object) -> bool:
        if not isinstance(other, SellerStats) or other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.rating,
            self.stars,
            self.total,
            self.additional_properties,
        ) == (
            other.rating,
            other.stars,
            other.total,
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
                f"SellerStats is decoded from a JSON object, not {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        _found: list[_decoding.Problem] = []
        rating: Any = d.pop("rating", UNSET)
        if not (isinstance(rating, str)):
            _decoding.mismatch(_found, ("rating",), "string", rating)
        stars: Any = d.pop("stars", UNSET)
        if not (stars.__class__ is float or stars.__class__ is int):
            _decoding.mismatch(_found, ("stars",), "number", stars)
        total: Any = d.pop("total", UNSET)
        if total.__class__ is not int:
            _decoding.mismatch(_found, ("total",), "integer", total)
        seller_stats = cls(
            rating=rating,
            stars=stars,
            total=total,
        )
        seller_stats.additional_properties = d
        if _found:
            seller_stats._problems = tuple(_found)
        return seller_stats

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
