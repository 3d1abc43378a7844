from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.order_message_user import OrderMessageUser
    from ..models.order_ref import OrderRef
    from ..models.order_refund import OrderRefund


T = TypeVar("T", bound="OrderMessage")


@_attrs_define
class OrderMessage:
    """An entry of an order's log. `type` says which: `message` (with `from`), `status` (with `actor` and `status_id`),
    `shipping` (with `original` and `new`), `refund_sent` and `refund_received` (with `refund`). A message just added
    has no `type`.

        Attributes:
            message (str):
            subject (str):
            timestamp (datetime.datetime):
            order (OrderRef): A reference to an order.
            type_ (str | Unset):
            from_ (OrderMessageUser | Unset): The author of an order message.
            actor (OrderMessageUser | Unset): The author of an order message.
            status_id (int | Unset): The number of the order status the entry set.
            original (float | Unset): The shipping amount before the change.
            new (float | Unset): The shipping amount after the change.
            refund (OrderRefund | Unset): A refund recorded in an order's log.
    """

    message: str
    subject: str
    timestamp: datetime.datetime
    order: OrderRef
    type_: str | Unset = UNSET
    from_: OrderMessageUser | Unset = UNSET
    actor: OrderMessageUser | Unset = UNSET
    status_id: int | Unset = UNSET
    original: float | Unset = UNSET
    new: float | Unset = UNSET
    refund: OrderRefund | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        message = self.message

        subject = self.subject

        timestamp = self.timestamp.isoformat()

        order = self.order.to_dict()

        type_ = self.type_

        from_: dict[str, Any] | Unset = UNSET
        if not isinstance(self.from_, Unset):
            from_ = self.from_.to_dict()

        actor: dict[str, Any] | Unset = UNSET
        if not isinstance(self.actor, Unset):
            actor = self.actor.to_dict()

        status_id = self.status_id

        original = self.original

        new = self.new

        refund: dict[str, Any] | Unset = UNSET
        if not isinstance(self.refund, Unset):
            refund = self.refund.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "message": message,
                "subject": subject,
                "timestamp": timestamp,
                "order": order,
            }
        )
        if type_ is not UNSET:
            field_dict["type"] = type_
        if from_ is not UNSET:
            field_dict["from"] = from_
        if actor is not UNSET:
            field_dict["actor"] = actor
        if status_id is not UNSET:
            field_dict["status_id"] = status_id
        if original is not UNSET:
            field_dict["original"] = original
        if new is not UNSET:
            field_dict["new"] = new
        if refund is not UNSET:
            field_dict["refund"] = refund

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.order_message_user import OrderMessageUser
        from ..models.order_ref import OrderRef
        from ..models.order_refund import OrderRefund

        d = dict(src_dict)
        message = d.pop("message")

        subject = d.pop("subject")

        timestamp = datetime.datetime.fromisoformat(d.pop("timestamp"))

        order = OrderRef.from_dict(d.pop("order"))

        type_ = d.pop("type", UNSET)

        _from_ = d.pop("from", UNSET)
        from_: OrderMessageUser | Unset
        if isinstance(_from_, Unset):
            from_ = UNSET
        else:
            from_ = OrderMessageUser.from_dict(_from_)

        _actor = d.pop("actor", UNSET)
        actor: OrderMessageUser | Unset
        if isinstance(_actor, Unset):
            actor = UNSET
        else:
            actor = OrderMessageUser.from_dict(_actor)

        status_id = d.pop("status_id", UNSET)

        original = d.pop("original", UNSET)

        new = d.pop("new", UNSET)

        _refund = d.pop("refund", UNSET)
        refund: OrderRefund | Unset
        if isinstance(_refund, Unset):
            refund = UNSET
        else:
            refund = OrderRefund.from_dict(_refund)

        order_message = cls(
            message=message,
            subject=subject,
            timestamp=timestamp,
            order=order,
            type_=type_,
            from_=from_,
            actor=actor,
            status_id=status_id,
            original=original,
            new=new,
            refund=refund,
        )

        order_message.additional_properties = d
        return order_message

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
