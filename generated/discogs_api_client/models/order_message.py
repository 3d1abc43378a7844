from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from .. import decoding as _decoding
from .. import readable as _readable
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.order_message_user import OrderMessageUser
    from ..models.order_ref import OrderRef
    from ..models.order_refund import OrderRefund


T = TypeVar("T", bound="OrderMessage")


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

    __slots__ = (
        "__weakref__",
        "_problems",
        "actor",
        "additional_properties",
        "from_",
        "message",
        "new",
        "order",
        "original",
        "refund",
        "status_id",
        "subject",
        "timestamp",
        "type_",
    )
    __match_args__ = (
        "message",
        "subject",
        "timestamp",
        "order",
        "type_",
        "from_",
        "actor",
        "status_id",
        "original",
        "new",
        "refund",
    )

    message: str
    subject: str
    timestamp: datetime.datetime
    order: OrderRef
    type_: str | Unset
    from_: OrderMessageUser | Unset
    actor: OrderMessageUser | Unset
    status_id: int | Unset
    original: float | Unset
    new: float | Unset
    refund: OrderRefund | Unset
    additional_properties: dict[str, Any]
    # What did not match the API description when this was decoded (see decoding.problems).
    _problems: tuple[_decoding.Problem, ...]
    # (attribute, JSON key) of each field, for to_dict.
    _fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("message", "message"),
        ("subject", "subject"),
        ("timestamp", "timestamp"),
        ("order", "order"),
        ("type_", "type"),
        ("from_", "from"),
        ("actor", "actor"),
        ("status_id", "status_id"),
        ("original", "original"),
        ("new", "new"),
        ("refund", "refund"),
    )

    def __init__(
        self,
        message: str,
        subject: str,
        timestamp: datetime.datetime,
        order: OrderRef,
        type_: str | Unset = UNSET,
        from_: OrderMessageUser | Unset = UNSET,
        actor: OrderMessageUser | Unset = UNSET,
        status_id: int | Unset = UNSET,
        original: float | Unset = UNSET,
        new: float | Unset = UNSET,
        refund: OrderRefund | Unset = UNSET,
    ) -> None:
        self.message = message
        self.subject = subject
        self.timestamp = timestamp
        self.order = order
        self.type_ = type_
        self.from_ = from_
        self.actor = actor
        self.status_id = status_id
        self.original = original
        self.new = new
        self.refund = refund
        self.additional_properties = {}
        self._problems = ()

    # The fields and unknown keys, not the problems. Defining __eq__ leaves __hash__ None: a
    # model is mutable, so unhashable.
    def __eq__(self, other: object) -> bool:
        if not isinstance(other, OrderMessage) or other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.message,
            self.subject,
            self.timestamp,
            self.order,
            self.type_,
            self.from_,
            self.actor,
            self.status_id,
            self.original,
            self.new,
            self.refund,
            self.additional_properties,
        ) == (
            other.message,
            other.subject,
            other.timestamp,
            other.order,
            other.type_,
            other.from_,
            other.actor,
            other.status_id,
            other.original,
            other.new,
            other.refund,
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
                f"OrderMessage is decoded from a JSON object, not {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        _found: list[_decoding.Problem] = []
        message: Any = d.pop("message", UNSET)
        if not (isinstance(message, str)):
            _decoding.mismatch(_found, ("message",), "string", message)
        subject: Any = d.pop("subject", UNSET)
        if not (isinstance(subject, str)):
            _decoding.mismatch(_found, ("subject",), "string", subject)
        timestamp: Any = d.pop("timestamp", UNSET)
        if _decoding.is_timestamp(timestamp):
            timestamp = datetime.datetime.fromisoformat(timestamp)
        else:
            _decoding.misformatted(
                _found, ("timestamp",), "date-time with a time zone offset", timestamp
            )
        order: Any = d.pop("order", UNSET)
        if isinstance(order, dict):
            order = OrderRef.from_dict(order)
            if order._problems:
                _decoding.adopt(_found, ("order",), order._problems)
        else:
            _decoding.mismatch(_found, ("order",), "object (OrderRef)", order)
        type_: Any = d.pop("type", UNSET)
        if not (isinstance(type_, str)) and type_ is not UNSET:
            _decoding.mismatch(_found, ("type",), "string", type_)
        from_: Any = d.pop("from", UNSET)
        if isinstance(from_, dict):
            from_ = OrderMessageUser.from_dict(from_)
            if from_._problems:
                _decoding.adopt(_found, ("from",), from_._problems)
        elif from_ is not UNSET:
            _decoding.mismatch(_found, ("from",), "object (OrderMessageUser)", from_)
        actor: Any = d.pop("actor", UNSET)
        if isinstance(actor, dict):
            actor = OrderMessageUser.from_dict(actor)
            if actor._problems:
                _decoding.adopt(_found, ("actor",), actor._problems)
        elif actor is not UNSET:
            _decoding.mismatch(_found, ("actor",), "object (OrderMessageUser)", actor)
        status_id: Any = d.pop("status_id", UNSET)
        if status_id.__class__ is not int and status_id is not UNSET:
            _decoding.mismatch(_found, ("status_id",), "integer", status_id)
        original: Any = d.pop("original", UNSET)
        if not (original.__class__ is float or original.__class__ is int) and original is not UNSET:
            _decoding.mismatch(_found, ("original",), "number", original)
        new: Any = d.pop("new", UNSET)
        if not (new.__class__ is float or new.__class__ is int) and new is not UNSET:
            _decoding.mismatch(_found, ("new",), "number", new)
        refund: Any = d.pop("refund", UNSET)
        if isinstance(refund, dict):
            refund = OrderRefund.from_dict(refund)
            if refund._problems:
                _decoding.adopt(_found, ("refund",), refund._problems)
        elif refund is not UNSET:
            _decoding.mismatch(_found, ("refund",), "object (OrderRefund)", refund)
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
        if _found:
            order_message._problems = tuple(_found)
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


# The models this one holds, imported once the class exists (models refer to each other in
# cycles): from_dict finds them here instead of importing them on every call.
from ..models.order_message_user import OrderMessageUser  # noqa: E402
from ..models.order_ref import OrderRef  # noqa: E402
from ..models.order_refund import OrderRefund  # noqa: E402
