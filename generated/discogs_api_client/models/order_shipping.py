from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from .. import decoding as _decoding
from .. import readable as _readable
from ..models.currency import Currency
from ..types import UNSET, Unset

T = TypeVar("T", bound="OrderShipping")


class OrderShipping:
    """The shipping charged on an order.

    Attributes:
        currency (Currency | str): The currency. The live API may send values not listed in `Currency`; they are kept as
            sent.
        value (float):
        method (str | Unset): The shipping method, such as `Standard`.
    """

    __slots__ = (
        "__weakref__",
        "_problems",
        "additional_properties",
        "currency",
        "method",
        "value",
    )
    __match_args__ = (
        "currency",
        "value",
        "method",
    )

    currency: Currency | str
    value: float
    method: str | Unset
    additional_properties: dict[str, Any]
    # What did not match the API description when this was decoded (see decoding.problems).
    _problems: tuple[_decoding.Problem, ...]
    # (attribute, JSON key) of each field, for to_dict.
    _fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("currency", "currency"),
        ("value", "value"),
        ("method", "method"),
    )

    def __init__(
        self,
        currency: Currency | str,
        value: float,
        method: str | Unset = UNSET,
    ) -> None:
        self.currency = currency
        self.value = value
        self.method = method
        self.additional_properties = {}
        self._problems = ()

    # The fields and unknown keys, not the problems. Defining __eq__ leaves __hash__ None: a
    # model is mutable, so unhashable.
    def __eq__(self, other: object) -> bool:
        if not isinstance(other, OrderShipping) or other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.currency,
            self.value,
            self.method,
            self.additional_properties,
        ) == (
            other.currency,
            other.value,
            other.method,
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
                f"OrderShipping is decoded from a JSON object, not {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        _found: list[_decoding.Problem] = []
        currency: Any = d.pop("currency", UNSET)
        if isinstance(currency, str):
            pass
        else:
            _decoding.unlisted(
                _found,
                ("currency",),
                "one of AUD, BRL, CAD, CHF, EUR, GBP, JPY, MXN, NZD, SEK, USD, ZAR or string",
                currency,
            )
        value: Any = d.pop("value", UNSET)
        if not (value.__class__ is float or value.__class__ is int):
            _decoding.mismatch(_found, ("value",), "number", value)
        method: Any = d.pop("method", UNSET)
        if not (isinstance(method, str)) and method is not UNSET:
            _decoding.mismatch(_found, ("method",), "string", method)
        order_shipping = cls(
            currency=currency,
            value=value,
            method=method,
        )
        order_shipping.additional_properties = d
        if _found:
            order_shipping._problems = tuple(_found)
        return order_shipping

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
