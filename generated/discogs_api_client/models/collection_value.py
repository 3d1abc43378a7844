from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="CollectionValue")


@_attrs_define
class CollectionValue:
    """The value of a collection as formatted money strings in the user's currency, such as `"$75.50"`, `"£2.50"`,
    `"A$1,597.46"` or `"€101.72"`: parse them yourself if you need numbers.

        Attributes:
            maximum (str):
            median (str):
            minimum (str):
    """

    maximum: str
    median: str
    minimum: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        maximum = self.maximum

        median = self.median

        minimum = self.minimum

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "maximum": maximum,
                "median": median,
                "minimum": minimum,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        maximum = d.pop("maximum")

        median = d.pop("median")

        minimum = d.pop("minimum")

        collection_value = cls(
            maximum=maximum,
            median=median,
            minimum=minimum,
        )

        collection_value.additional_properties = d
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
