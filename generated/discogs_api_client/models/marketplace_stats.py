from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.money import Money


T = TypeVar("T", bound="MarketplaceStats")


@_attrs_define
class MarketplaceStats:
    """A release's Marketplace statistics. `lowest_price` is null when nothing is for sale; both it and `num_for_sale` are
    null when the release is blocked from sale. `blocked_from_sale` is absent from older answers (seen in 2019).

        Attributes:
            lowest_price (Money | None):
            num_for_sale (int | None):
            blocked_from_sale (bool | Unset):
    """

    lowest_price: Money | None
    num_for_sale: int | None
    blocked_from_sale: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.money import Money

        lowest_price: dict[str, Any] | None
        if isinstance(self.lowest_price, Money):
            lowest_price = self.lowest_price.to_dict()
        else:
            lowest_price = self.lowest_price

        num_for_sale: int | None
        num_for_sale = self.num_for_sale

        blocked_from_sale = self.blocked_from_sale

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "lowest_price": lowest_price,
                "num_for_sale": num_for_sale,
            }
        )
        if blocked_from_sale is not UNSET:
            field_dict["blocked_from_sale"] = blocked_from_sale

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.money import Money

        d = dict(src_dict)

        def _parse_lowest_price(data: object) -> Money | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                lowest_price_type_0 = Money.from_dict(data)

                return lowest_price_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Money | None, data)

        lowest_price = _parse_lowest_price(d.pop("lowest_price"))

        def _parse_num_for_sale(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        num_for_sale = _parse_num_for_sale(d.pop("num_for_sale"))

        blocked_from_sale = d.pop("blocked_from_sale", UNSET)

        marketplace_stats = cls(
            lowest_price=lowest_price,
            num_for_sale=num_for_sale,
            blocked_from_sale=blocked_from_sale,
        )

        marketplace_stats.additional_properties = d
        return marketplace_stats

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
