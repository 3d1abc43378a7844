from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import decoding as _decoding
from .. import readable as _readable
from ..models.order_status_update import OrderStatusUpdate, check_order_status_update
from ..types import UNSET, Unset

T = TypeVar("T", bound="OrderMessageCreate")


@_attrs_define(repr=False)
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
    # What did not match the API description when this was decoded (see decoding.problems).
    _problems: tuple[_decoding.Problem, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    # (attribute, JSON key) of each field, for to_dict.
    _fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("message", "message"),
        ("status", "status"),
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
                f"OrderMessageCreate is decoded from a JSON object, not {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        _found: list[_decoding.Problem] = []
        message: Any = d.pop("message", UNSET)
        if not (isinstance(message, str)) and message is not UNSET:
            _decoding.mismatch(_found, ("message",), "string", message)
        status: Any = d.pop("status", UNSET)
        if not (_decoding.allows(check_order_status_update, status)) and status is not UNSET:
            _decoding.unlisted(
                _found,
                ("status",),
                "one of Buyer Contacted, Cancelled (Item Unavailable), Cancelled (Non-Paying Buyer), Cancelled (Per Buyer\u0027s Request), In Progress, Invoice Sent, New Order, Payment Pending, Payment Received, Refund Sent, Shipped",
                status,
            )
        order_message_create = cls(
            message=message,
            status=status,
        )
        order_message_create.additional_properties = d
        if _found:
            order_message_create._problems = tuple(_found)
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
