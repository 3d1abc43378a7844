from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="SellerStats")


@_attrs_define
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

    def to_dict(self) -> dict[str, Any]:
        rating = self.rating

        stars = self.stars

        total = self.total

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "rating": rating,
                "stars": stars,
                "total": total,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        rating = d.pop("rating")

        stars = d.pop("stars")

        total = d.pop("total")

        seller_stats = cls(
            rating=rating,
            stars=stars,
            total=total,
        )

        seller_stats.additional_properties = d
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
