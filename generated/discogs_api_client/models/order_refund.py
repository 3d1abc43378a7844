from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from .. import decoding as _decoding
from .. import readable as _readable
from ..types import UNSET

if TYPE_CHECKING:
    from ..models.order_ref import OrderRef


T = TypeVar("T", bound="OrderRefund")


class OrderRefund:
    """A refund recorded in an order's log.

    Attributes:
        amount (float):
        order (OrderRef): A reference to an order.
    """

    __slots__ = (
        "__weakref__",
        "_problems",
        "additional_properties",
        "amount",
        "order",
    )
    __match_args__ = (
        "amount",
        "order",
    )

    amount: float
    order: OrderRef
    additional_properties: dict[str, Any]
    # What did not match the API description when this was decoded (see decoding.problems).
    _problems: tuple[_decoding.Problem, ...]
    # (attribute, JSON key) of each field, for to_dict.
    _fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("amount", "amount"),
        ("order", "order"),
    )

    def __init__(
        self,
        amount: float,
        order: OrderRef,
    ) -> None:
        self.amount = amount
        self.order = order
        self.additional_properties = {}
        self._problems = ()

    # The fields and unknown keys, not the problems. Defining __eq__ leaves __hash__ None: a
    # model is mutable, so unhashable.
    def __eq__(self, other: object) -> bool:
        if not isinstance(other, OrderRefund) or other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.amount,
            self.order,
            self.additional_properties,
        ) == (
            other.amount,
            other.order,
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
                f"OrderRefund is decoded from a JSON object, not {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        _found: list[_decoding.Problem] = []
        amount: Any = d.pop("amount", UNSET)
        if not (amount.__class__ is float or amount.__class__ is int):
            _decoding.mismatch(_found, ("amount",), "number", amount)
        order: Any = d.pop("order", UNSET)
        if isinstance(order, dict):
            order = OrderRef.from_dict(order)
            if order._problems:
                _decoding.adopt(_found, ("order",), order._problems)
        else:
            _decoding.mismatch(_found, ("order",), "object (OrderRef)", order)
        order_refund = cls(
            amount=amount,
            order=order,
        )
        order_refund.additional_properties = d
        if _found:
            order_refund._problems = tuple(_found)
        return order_refund

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


# The models this one holds, imported once the class exists (models refer to each other in
# cycles): from_dict finds them here instead of importing them on every call.
from ..models.order_ref import OrderRef  # noqa: E402
