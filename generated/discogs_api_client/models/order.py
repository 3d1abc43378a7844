from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.order_status import OrderStatus, check_order_status
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.money import Money
    from ..models.order_item import OrderItem
    from ..models.order_party import OrderParty
    from ..models.order_shipping import OrderShipping


T = TypeVar("T", bound="Order")


@_attrs_define
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
    shipping_address: str | Unset = UNSET
    additional_instructions: str | Unset = UNSET
    buyer: OrderParty | Unset = UNSET
    seller: OrderParty | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        resource_url = self.resource_url

        messages_url = self.messages_url

        uri = self.uri

        status: str
        if isinstance(self.status, str):
            status = self.status
        else:
            status = self.status

        next_status = []
        for next_status_item_data in self.next_status:
            next_status_item: str
            if isinstance(next_status_item_data, str):
                next_status_item = next_status_item_data
            else:
                next_status_item = next_status_item_data
            next_status.append(next_status_item)

        fee = self.fee.to_dict()

        created = self.created.isoformat()

        last_activity = self.last_activity.isoformat()

        items = []
        for items_item_data in self.items:
            items_item = items_item_data.to_dict()
            items.append(items_item)

        shipping = self.shipping.to_dict()

        total = self.total.to_dict()

        archived = self.archived

        shipping_address = self.shipping_address

        additional_instructions = self.additional_instructions

        buyer: dict[str, Any] | Unset = UNSET
        if not isinstance(self.buyer, Unset):
            buyer = self.buyer.to_dict()

        seller: dict[str, Any] | Unset = UNSET
        if not isinstance(self.seller, Unset):
            seller = self.seller.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "resource_url": resource_url,
                "messages_url": messages_url,
                "uri": uri,
                "status": status,
                "next_status": next_status,
                "fee": fee,
                "created": created,
                "last_activity": last_activity,
                "items": items,
                "shipping": shipping,
                "total": total,
                "archived": archived,
            }
        )
        if shipping_address is not UNSET:
            field_dict["shipping_address"] = shipping_address
        if additional_instructions is not UNSET:
            field_dict["additional_instructions"] = additional_instructions
        if buyer is not UNSET:
            field_dict["buyer"] = buyer
        if seller is not UNSET:
            field_dict["seller"] = seller

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.money import Money
        from ..models.order_item import OrderItem
        from ..models.order_party import OrderParty
        from ..models.order_shipping import OrderShipping

        d = dict(src_dict)
        id = d.pop("id")

        resource_url = d.pop("resource_url")

        messages_url = d.pop("messages_url")

        uri = d.pop("uri")

        def _parse_status(data: object) -> OrderStatus | str:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_0 = check_order_status(data)

                return status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(OrderStatus | str, data)

        status = _parse_status(d.pop("status"))

        next_status = []
        _next_status = d.pop("next_status")
        for next_status_item_data in _next_status:

            def _parse_next_status_item(data: object) -> OrderStatus | str:
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    next_status_item_type_0 = check_order_status(data)

                    return next_status_item_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(OrderStatus | str, data)

            next_status_item = _parse_next_status_item(next_status_item_data)

            next_status.append(next_status_item)

        fee = Money.from_dict(d.pop("fee"))

        created = datetime.datetime.fromisoformat(d.pop("created"))

        last_activity = datetime.datetime.fromisoformat(d.pop("last_activity"))

        items = []
        _items = d.pop("items")
        for items_item_data in _items:
            items_item = OrderItem.from_dict(items_item_data)

            items.append(items_item)

        shipping = OrderShipping.from_dict(d.pop("shipping"))

        total = Money.from_dict(d.pop("total"))

        archived = d.pop("archived")

        shipping_address = d.pop("shipping_address", UNSET)

        additional_instructions = d.pop("additional_instructions", UNSET)

        _buyer = d.pop("buyer", UNSET)
        buyer: OrderParty | Unset
        if isinstance(_buyer, Unset):
            buyer = UNSET
        else:
            buyer = OrderParty.from_dict(_buyer)

        _seller = d.pop("seller", UNSET)
        seller: OrderParty | Unset
        if isinstance(_seller, Unset):
            seller = UNSET
        else:
            seller = OrderParty.from_dict(_seller)

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
