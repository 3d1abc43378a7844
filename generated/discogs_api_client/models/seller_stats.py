from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import decoding as _decoding
from .. import readable as _readable
from ..types import UNSET

T = TypeVar("T", bound="SellerStats")


@_attrs_define(repr=False)
class SellerStats:
    """A seller's feedback.

    Attributes:
        rating (str): The share of positive feedback in percent, as a string such as `"100"` or `"99.8"`.
        stars (float): The rating in stars, from 0 to 5.
        total (int): How many ratings there are.
    """

    rating: str
    stars: float
    total: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # What did not match the API description when this was decoded (see decoding.problems).
    _problems: tuple[_decoding.Problem, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    # (attribute, JSON key) of each field, for to_dict.
    _fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("rating", "rating"),
        ("stars", "stars"),
        ("total", "total"),
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
