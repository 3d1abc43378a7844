from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from .. import decoding as _decoding
from .. import readable as _readable
from ..models.order_status_update import OrderStatusUpdate, check_order_status_update
from ..types import UNSET, Unset

T = TypeVar("T", bound="OrderMessageCreate")


class OrderMessageCreate:
    """A message to add to an order, a new status, or both; at least one of them.

    Attributes:
        message (str | Unset):
        status (OrderStatusUpdate | Unset): A status a seller can give an order; it must also be in the order's
            `next_status`.
    """

    __slots__ = (
        "__weakref__",
        "_problems",
        "additional_properties",
        "message",
        "status",
    )
    __match_args__ = (
        "message",
        "status",
    )

    message: str | Unset
    status: OrderStatusUpdate | Unset
    additional_properties: dict[str, Any]
    # What did not match the API description when this was decoded (see decoding.problems).
    _problems: tuple[_decoding.Problem, ...]
    # (attribute, JSON key) of each field, for to_dict.
    _fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("message", "message"),
        ("status", "status"),
    )

    def __init__(
        self,
        message: str | Unset = UNSET,
        status: OrderStatusUpdate | Unset = UNSET,
    ) -> None:
        self.message = message
        self.status = status
        self.additional_properties = {}
        self._problems = ()

    # The fields and unknown keys, not the problems. Defining __eq__ leaves __hash__ None: a
    # model is mutable, so unhashable.
    def __eq__(self, other: object) -> bool:
        if not isinstance(other, OrderMessageCreate) or other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.message,
            self.status,
            self.additional_properties,
        ) == (
            other.message,
            other.status,
            other.additional_properties,
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
