from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from .. import decoding as _decoding
from .. import readable as _readable
from ..models.order_status import OrderStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.money import Money
    from ..models.order_item import OrderItem
    from ..models.order_party import OrderParty
    from ..models.order_shipping import OrderShipping


T = TypeVar("T", bound="Order")


class Order:
    """A Marketplace order. The parties' details (`buyer`, `seller`, `shipping_address`, `additional_instructions`) are
    present for the order's seller, but not required.

        Attributes:
            id (str): The order's id, such as `1-1` (not a number).
            resource_url (str):
            messages_url (str):
            uri (str):
            status (OrderStatus | str): The order's status. The live API may send values not listed in `OrderStatus`; they
                are kept as sent.
            next_status (list[OrderStatus | str]): The statuses the seller can move the order to next; empty once it is
                closed.
            fee (Money): An amount of money in a currency.
            created (datetime.datetime):
            last_activity (datetime.datetime):
            items (list[OrderItem]):
            shipping (OrderShipping): The shipping charged on an order.
            total (Money): An amount of money in a currency.
            archived (bool):
            shipping_address (str | Unset): The buyer's address, as lines of text.
            additional_instructions (str | Unset):
            buyer (OrderParty | Unset): The buyer or the seller of an order.
            seller (OrderParty | Unset): The buyer or the seller of an order.
    """

    __slots__ = (
        "__weakref__",
        "_problems",
        "additional_instructions",
        "additional_properties",
        "archived",
        "buyer",
        "created",
        "fee",
        "id",
        "items",
        "last_activity",
        "messages_url",
        "next_status",
        "resource_url",
        "seller",
        "shipping",
        "shipping_address",
        "status",
        "total",
        "uri",
    )
    __match_args__ = (
        "id",
        "resource_url",
        "messages_url",
        "uri",
        "status",
        "next_status",
        "fee",
        "created",
        "last_activity",
        "items",
        "shipping",
        "total",
        "archived",
        "shipping_address",
        "additional_instructions",
        "buyer",
        "seller",
    )

    id: str
    resource_url: str
    messages_url: str
    uri: str
    status: OrderStatus | str
    next_status: list[OrderStatus | str]
    fee: Money
    created: datetime.datetime
    last_activity: datetime.datetime
    items: list[OrderItem]
    shipping: OrderShipping
    total: Money
    archived: bool
    shipping_address: str | Unset
    additional_instructions: str | Unset
    buyer: OrderParty | Unset
    seller: OrderParty | Unset
    additional_properties: dict[str, Any]
    # What did not match the API description when this was decoded (see decoding.problems).
    _problems: tuple[_decoding.Problem, ...]
    # (attribute, JSON key) of each field, for to_dict.
    _fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("id", "id"),
        ("resource_url", "resource_url"),
        ("messages_url", "messages_url"),
        ("uri", "uri"),
        ("status", "status"),
        ("next_status", "next_status"),
        ("fee", "fee"),
        ("created", "created"),
        ("last_activity", "last_activity"),
        ("items", "items"),
        ("shipping", "shipping"),
        ("total", "total"),
        ("archived", "archived"),
        ("shipping_address", "shipping_address"),
        ("additional_instructions", "additional_instructions"),
        ("buyer", "buyer"),
        ("seller", "seller"),
    )

    def __init__(
        self,
        id: str,
        resource_url: str,
        messages_url: str,
        uri: str,
        status: OrderStatus | str,
        next_status: list[OrderStatus | str],
        fee: Money,
        created: datetime.datetime,
        last_activity: datetime.datetime,
        items: list[OrderItem],
        shipping: OrderShipping,
        total: Money,
        archived: bool,
        shipping_address: str | Unset = UNSET,
        additional_instructions: str | Unset = UNSET,
        buyer: OrderParty | Unset = UNSET,
        seller: OrderParty | Unset = UNSET,
    ) -> None:
        self.id = id
        self.resource_url = resource_url
        self.messages_url = messages_url
        self.uri = uri
        self.status = status
        self.next_status = next_status
        self.fee = fee
        self.created = created
        self.last_activity = last_activity
        self.items = items
        self.shipping = shipping
        self.total = total
        self.archived = archived
        self.shipping_address = shipping_address
        self.additional_instructions = additional_instructions
        self.buyer = buyer
        self.seller = seller
        self.additional_properties = {}
        self._problems = ()

    # The fields and unknown keys, not the problems. Defining __eq__ leaves __hash__ None: a
    # model is mutable, so unhashable.
    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Order) or other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.id,
            self.resource_url,
            self.messages_url,
            self.uri,
            self.status,
            self.next_status,
            self.fee,
            self.created,
            self.last_activity,
            self.items,
            self.shipping,
            self.total,
            self.archived,
            self.shipping_address,
            self.additional_instructions,
            self.buyer,
            self.seller,
            self.additional_properties,
        ) == (
            other.id,
            other.resource_url,
            other.messages_url,
            other.uri,
            other.status,
            other.next_status,
            other.fee,
            other.created,
            other.last_activity,
            other.items,
            other.shipping,
            other.total,
            other.archived,
            other.shipping_address,
            other.additional_instructions,
            other.buyer,
            other.seller,
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
            raise TypeError(f"Order is decoded from a JSON object, not {type(src_dict).__name__}")
        d = dict(src_dict)
        _found: list[_decoding.Problem] = []
        id: Any = d.pop("id", UNSET)
        if not (isinstance(id, str)):
            _decoding.mismatch(_found, ("id",), "string", id)
        resource_url: Any = d.pop("resource_url", UNSET)
        if not (isinstance(resource_url, str)):
            _decoding.mismatch(_found, ("resource_url",), "string", resource_url)
        messages_url: Any = d.pop("messages_url", UNSET)
        if not (isinstance(messages_url, str)):
            _decoding.mismatch(_found, ("messages_url",), "string", messages_url)
        uri: Any = d.pop("uri", UNSET)
        if not (isinstance(uri, str)):
            _decoding.mismatch(_found, ("uri",), "string", uri)
        status: Any = d.pop("status", UNSET)
        if isinstance(status, str):
            pass
        else:
            _decoding.unlisted(
                _found,
                ("status",),
                "one of Buyer Contacted, Cancelled, Cancelled (Item Unavailable), Cancelled (Non-Paying Buyer), Cancelled (Per Buyer\u0027s Request), Cancelled (Refund Received), In Progress, Invoice Sent, Merged, New Order, Order Changed, Payment Pending, Payment Received, Refund Sent, Shipped or string",
                status,
            )
        next_status: Any = d.pop("next_status", UNSET)
        if isinstance(next_status, list):
            for _i0, _item0 in enumerate(next_status):
                if isinstance(_item0, str):
                    pass
                else:
                    _decoding.unlisted(
                        _found,
                        ("next_status", _i0),
                        "one of Buyer Contacted, Cancelled, Cancelled (Item Unavailable), Cancelled (Non-Paying Buyer), Cancelled (Per Buyer\u0027s Request), Cancelled (Refund Received), In Progress, Invoice Sent, Merged, New Order, Order Changed, Payment Pending, Payment Received, Refund Sent, Shipped or string",
                        _item0,
                    )
        else:
            _decoding.mismatch(
                _found,
                ("next_status",),
                "array of one of Buyer Contacted, Cancelled, Cancelled (Item Unavailable), Cancelled (Non-Paying Buyer), Cancelled (Per Buyer\u0027s Request), Cancelled (Refund Received), In Progress, Invoice Sent, Merged, New Order, Order Changed, Payment Pending, Payment Received, Refund Sent, Shipped or string",
                next_status,
            )
        fee: Any = d.pop("fee", UNSET)
        if isinstance(fee, dict):
            fee = Money.from_dict(fee)
            if fee._problems:
                _decoding.adopt(_found, ("fee",), fee._problems)
        else:
            _decoding.mismatch(_found, ("fee",), "object (Money)", fee)
        created: Any = d.pop("created", UNSET)
        if _decoding.is_timestamp(created):
            created = datetime.datetime.fromisoformat(created)
        else:
            _decoding.misformatted(
                _found, ("created",), "date-time with a time zone offset", created
            )
        last_activity: Any = d.pop("last_activity", UNSET)
        if _decoding.is_timestamp(last_activity):
            last_activity = datetime.datetime.fromisoformat(last_activity)
        else:
            _decoding.misformatted(
                _found, ("last_activity",), "date-time with a time zone offset", last_activity
            )
        items: Any = d.pop("items", UNSET)
        if isinstance(items, list):
            items = list(items)
            for _i0, _item0 in enumerate(items):
                if isinstance(_item0, dict):
                    _item0 = OrderItem.from_dict(_item0)
                    if _item0._problems:
                        _decoding.adopt(_found, ("items", _i0), _item0._problems)
                else:
                    _decoding.mismatch(_found, ("items", _i0), "object (OrderItem)", _item0)
                items[_i0] = _item0
        else:
            _decoding.mismatch(_found, ("items",), "array of object (OrderItem)", items)
        shipping: Any = d.pop("shipping", UNSET)
        if isinstance(shipping, dict):
            shipping = OrderShipping.from_dict(shipping)
            if shipping._problems:
                _decoding.adopt(_found, ("shipping",), shipping._problems)
        else:
            _decoding.mismatch(_found, ("shipping",), "object (OrderShipping)", shipping)
        total: Any = d.pop("total", UNSET)
        if isinstance(total, dict):
            total = Money.from_dict(total)
            if total._problems:
                _decoding.adopt(_found, ("total",), total._problems)
        else:
            _decoding.mismatch(_found, ("total",), "object (Money)", total)
        archived: Any = d.pop("archived", UNSET)
        if archived.__class__ is not bool:
            _decoding.mismatch(_found, ("archived",), "boolean", archived)
        shipping_address: Any = d.pop("shipping_address", UNSET)
        if not (isinstance(shipping_address, str)) and shipping_address is not UNSET:
            _decoding.mismatch(_found, ("shipping_address",), "string", shipping_address)
        additional_instructions: Any = d.pop("additional_instructions", UNSET)
        if not (isinstance(additional_instructions, str)) and additional_instructions is not UNSET:
            _decoding.mismatch(
                _found, ("additional_instructions",), "string", additional_instructions
            )
        buyer: Any = d.pop("buyer", UNSET)
        if isinstance(buyer, dict):
            buyer = OrderParty.from_dict(buyer)
            if buyer._problems:
                _decoding.adopt(_found, ("buyer",), buyer._problems)
        elif buyer is not UNSET:
            _decoding.mismatch(_found, ("buyer",), "object (OrderParty)", buyer)
        seller: Any = d.pop("seller", UNSET)
        if isinstance(seller, dict):
            seller = OrderParty.from_dict(seller)
            if seller._problems:
                _decoding.adopt(_found, ("seller",), seller._problems)
        elif seller is not UNSET:
            _decoding.mismatch(_found, ("seller",), "object (OrderParty)", seller)
        order = cls(
            id=id,
            resource_url=resource_url,
            messages_url=messages_url,
            uri=uri,
            status=status,
            next_status=next_status,
            fee=fee,
            created=created,
            last_activity=last_activity,
            items=items,
            shipping=shipping,
            total=total,
            archived=archived,
            shipping_address=shipping_address,
            additional_instructions=additional_instructions,
            buyer=buyer,
            seller=seller,
        )
        order.additional_properties = d
        if _found:
            order._problems = tuple(_found)
        return order

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
from ..models.money import Money  # noqa: E402
from ..models.order_item import OrderItem  # noqa: E402
from ..models.order_party import OrderParty  # noqa: E402
from ..models.order_shipping import OrderShipping  # noqa: E402
