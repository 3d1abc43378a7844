from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.media_condition import MediaCondition, check_media_condition
from ..models.sleeve_condition import SleeveCondition, check_sleeve_condition
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.money import Money
    from ..models.order_item_release import OrderItemRelease


T = TypeVar("T", bound="OrderItem")


@_attrs_define
class OrderItem:
    """An item of an order; its `id` is the listing's id.

    Attributes:
        id (int):
        release (OrderItemRelease): The release an order item is a copy of.
        price (Money): An amount of money in a currency.
        media_condition (MediaCondition | str | Unset): The media's condition. The live API may send values not listed
            in `MediaCondition`; they are kept as sent.
        sleeve_condition (SleeveCondition | str | Unset): The sleeve's condition. The live API may send values not
            listed in `SleeveCondition`; they are kept as sent.
    """

    id: int
    release: OrderItemRelease
    price: Money
    media_condition: MediaCondition | str | Unset = UNSET
    sleeve_condition: SleeveCondition | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        release = self.release.to_dict()

        price = self.price.to_dict()

        media_condition: str | Unset
        if isinstance(self.media_condition, Unset):
            media_condition = UNSET
        elif isinstance(self.media_condition, str):
            media_condition = self.media_condition
        else:
            media_condition = self.media_condition

        sleeve_condition: str | Unset
        if isinstance(self.sleeve_condition, Unset):
            sleeve_condition = UNSET
        elif isinstance(self.sleeve_condition, str):
            sleeve_condition = self.sleeve_condition
        else:
            sleeve_condition = self.sleeve_condition

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "release": release,
                "price": price,
            }
        )
        if media_condition is not UNSET:
            field_dict["media_condition"] = media_condition
        if sleeve_condition is not UNSET:
            field_dict["sleeve_condition"] = sleeve_condition

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.money import Money
        from ..models.order_item_release import OrderItemRelease

        d = dict(src_dict)
        id = d.pop("id")

        release = OrderItemRelease.from_dict(d.pop("release"))

        price = Money.from_dict(d.pop("price"))

        def _parse_media_condition(data: object) -> MediaCondition | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                media_condition_type_0 = check_media_condition(data)

                return media_condition_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(MediaCondition | str | Unset, data)

        media_condition = _parse_media_condition(d.pop("media_condition", UNSET))

        def _parse_sleeve_condition(data: object) -> SleeveCondition | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                sleeve_condition_type_0 = check_sleeve_condition(data)

                return sleeve_condition_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(SleeveCondition | str | Unset, data)

        sleeve_condition = _parse_sleeve_condition(d.pop("sleeve_condition", UNSET))

        order_item = cls(
            id=id,
            release=release,
            price=price,
            media_condition=media_condition,
            sleeve_condition=sleeve_condition,
        )

        order_item.additional_properties = d
        return order_item

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
