from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.order_status_update import OrderStatusUpdate, check_order_status_update
from ..types import UNSET, Unset

T = TypeVar("T", bound="OrderMessageCreate")


@_attrs_define
class OrderMessageCreate:
    """A message to add to an order, a new status, or both; at least one of them.

    Attributes:
        message (str | Unset):
        status (OrderStatusUpdate | Unset): A status a seller can give an order; it must also be in the order's
            `next_status`.
    """

    message: str | Unset = UNSET
    status: OrderStatusUpdate | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        message = self.message

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if message is not UNSET:
            field_dict["message"] = message
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        message = d.pop("message", UNSET)

        _status = d.pop("status", UNSET)
        status: OrderStatusUpdate | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = check_order_status_update(_status)

        order_message_create = cls(
            message=message,
            status=status,
        )

        order_message_create.additional_properties = d
        return order_message_create

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
