from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import decoding as _decoding
from .. import readable as _readable
from ..types import UNSET

if TYPE_CHECKING:
    from ..models.order_ref import OrderRef


T = TypeVar("T", bound="OrderRefund")


@_attrs_define(repr=False)
class OrderRefund:
    """A refund recorded in an order's log.

    Attributes:
        amount (float):
        order (OrderRef): A reference to an order.
    """

    amount: float
    order: OrderRef
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # What did not match the API description when this was decoded (see decoding.problems).
    _problems: tuple[_decoding.Problem, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    # (attribute, JSON key) of each field, for to_dict.
    _fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("amount", "amount"),
        ("order", "order"),
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
