from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from .. import decoding as _decoding
from .. import readable as _readable
from ..models.order_status_update import OrderStatusUpdate, check_order_status_update
from ..types import UNSET, Unset

T = TypeVar("T", bound="OrderUpdate")


class OrderUpdate:
    """A change to an order: a new `status`, or a `shipping` amount (which invoices the buyer); not both at once.

    Attributes:
        status (OrderStatusUpdate | Unset): A status a seller can give an order; it must also be in the order's
            `next_status`.
        shipping (float | Unset): The shipping amount, in the order's currency.
    """

    __slots__ = (
        "__weakref__",
        "_problems",
        "additional_properties",
        "shipping",
        "status",
    )
    __match_args__ = (
        "status",
        "shipping",
    )

    status: OrderStatusUpdate | Unset
    shipping: float | Unset
    additional_properties: dict[str, Any]
    # What did not match the API description when this was decoded (see decoding.problems).
    _problems: tuple[_decoding.Problem, ...]
    # (attribute, JSON key) of each field, for to_dict.
    _fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("status", "status"),
        ("shipping", "shipping"),
    )

    def __init__(
        self,
        status: OrderStatusUpdate | Unset = UNSET,
        shipping: float | Unset = UNSET,
    ) -> None:
        self.status = status
        self.shipping = shipping
        self.additional_properties = {}
        self._problems = ()

    # The fields and unknown keys, not the problems. Defining __eq__ leaves __hash__ None: a
    # model is mutable, so unhashable.
    def __eq__(self, other: object) -> bool:
        if not isinstance(other, OrderUpdate) or other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.status,
            self.shipping,
            self.additional_properties,
        ) == (
            other.status,
            other.shipping,
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
                f"OrderUpdate is decoded from a JSON object, not {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        _found: list[_decoding.Problem] = []
        status: Any = d.pop("status", UNSET)
        if not (_decoding.allows(check_order_status_update, status)) and status is not UNSET:
            _decoding.unlisted(
                _found,
                ("status",),
                "one of Buyer Contacted, Cancelled (Item Unavailable), Cancelled (Non-Paying Buyer), Cancelled (Per Buyer\u0027s Request), In Progress, Invoice Sent, New Order, Payment Pending, Payment Received, Refund Sent, Shipped",
                status,
            )
        shipping: Any = d.pop("shipping", UNSET)
        if not (shipping.__class__ is float or shipping.__class__ is int) and shipping is not UNSET:
            _decoding.mismatch(_found, ("shipping",), "number", shipping)
        order_update = cls(
            status=status,
            shipping=shipping,
        )
        order_update.additional_properties = d
        if _found:
            order_update._problems = tuple(_found)
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
