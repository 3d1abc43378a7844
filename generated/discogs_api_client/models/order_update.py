from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.order_status_update import OrderStatusUpdate, check_order_status_update
from ..types import UNSET, Unset

T = TypeVar("T", bound="OrderUpdate")


@_attrs_define
class OrderUpdate:
    """A change to an order: a new `status`, or a `shipping` amount (which invoices the buyer); not both at once.

    Attributes:
        status (OrderStatusUpdate | Unset): A status a seller can give an order; it must also be in the order's
            `next_status`.
        shipping (float | Unset): The shipping amount, in the order's currency.
    """

    status: OrderStatusUpdate | Unset = UNSET
    shipping: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status

        shipping = self.shipping

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if status is not UNSET:
            field_dict["status"] = status
        if shipping is not UNSET:
            field_dict["shipping"] = shipping

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _status = d.pop("status", UNSET)
        status: OrderStatusUpdate | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = check_order_status_update(_status)

        shipping = d.pop("shipping", UNSET)

        order_update = cls(
            status=status,
            shipping=shipping,
        )

        order_update.additional_properties = d
        return order_update

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
