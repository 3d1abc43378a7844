from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.currency import Currency, check_currency
from ..types import UNSET, Unset

T = TypeVar("T", bound="OriginalMoney")


@_attrs_define
class OriginalMoney:
    """An amount in the currency the seller set it in, with its display form.

    Attributes:
        curr_abbr (Currency): A currency the marketplace trades in.
        value (float):
        curr_id (int | Unset): Discogs' internal number of the currency.
        formatted (str | Unset): The amount for display, such as `$120.00`.
    """

    curr_abbr: Currency
    value: float
    curr_id: int | Unset = UNSET
    formatted: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        curr_abbr: str = self.curr_abbr

        value = self.value

        curr_id = self.curr_id

        formatted = self.formatted

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "curr_abbr": curr_abbr,
                "value": value,
            }
        )
        if curr_id is not UNSET:
            field_dict["curr_id"] = curr_id
        if formatted is not UNSET:
            field_dict["formatted"] = formatted

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        curr_abbr = check_currency(d.pop("curr_abbr"))

        value = d.pop("value")

        curr_id = d.pop("curr_id", UNSET)

        formatted = d.pop("formatted", UNSET)

        original_money = cls(
            curr_abbr=curr_abbr,
            value=value,
            curr_id=curr_id,
            formatted=formatted,
        )

        original_money.additional_properties = d
        return original_money

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
