from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.currency import Currency, check_currency

T = TypeVar("T", bound="OriginalMoney")


@_attrs_define
class OriginalMoney:
    """An amount in the currency the seller set it in, with its display form.

    Attributes:
        curr_abbr (Currency | str): The seller's currency. The live API may send values not listed in `Currency`; they
            are kept as sent.
        curr_id (int): Discogs' internal number of the currency.
        formatted (str): The amount for display, such as `$120.00`.
        value (float):
    """

    curr_abbr: Currency | str
    curr_id: int
    formatted: str
    value: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        curr_abbr: str
        if isinstance(self.curr_abbr, str):
            curr_abbr = self.curr_abbr
        else:
            curr_abbr = self.curr_abbr

        curr_id = self.curr_id

        formatted = self.formatted

        value = self.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "curr_abbr": curr_abbr,
                "curr_id": curr_id,
                "formatted": formatted,
                "value": value,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_curr_abbr(data: object) -> Currency | str:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                curr_abbr_type_0 = check_currency(data)

                return curr_abbr_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Currency | str, data)

        curr_abbr = _parse_curr_abbr(d.pop("curr_abbr"))

        curr_id = d.pop("curr_id")

        formatted = d.pop("formatted")

        value = d.pop("value")

        original_money = cls(
            curr_abbr=curr_abbr,
            curr_id=curr_id,
            formatted=formatted,
            value=value,
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
