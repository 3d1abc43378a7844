from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

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
            status (OrderStatus): The status an order reports.
            created (datetime.datetime):
            items (list[OrderItem]):
            total (Money): An amount of money in a currency.
            next_status (list[OrderStatus] | Unset): The statuses the seller can move the order to next; empty once it is
                closed.
            fee (Money | Unset): An amount of money in a currency.
            last_activity (datetime.datetime | Unset):
            shipping (OrderShipping | Unset): The shipping charged on an order.
            archived (bool | Unset):
            shipping_address (str | Unset): The buyer's address, as lines of text.
            additional_instructions (str | Unset):
            buyer (OrderParty | Unset): The buyer or the seller of an order.
            seller (OrderParty | Unset): The buyer or the seller of an order.
    """

    id: str
    resource_url: str
    messages_url: str
    uri: str
    status: OrderStatus
    created: datetime.datetime
    items: list[OrderItem]
    total: Money
    next_status: list[OrderStatus] | Unset = UNSET
    fee: Money | Unset = UNSET
    last_activity: datetime.datetime | Unset = UNSET
    shipping: OrderShipping | Unset = UNSET
    archived: bool | Unset = UNSET
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

        status: str = self.status

        created = self.created.isoformat()

        items = []
        for items_item_data in self.items:
            items_item = items_item_data.to_dict()
            items.append(items_item)

        total = self.total.to_dict()

        next_status: list[str] | Unset = UNSET
        if not isinstance(self.next_status, Unset):
            next_status = []
            for next_status_item_data in self.next_status:
                next_status_item: str = next_status_item_data
                next_status.append(next_status_item)

        fee: dict[str, Any] | Unset = UNSET
        if not isinstance(self.fee, Unset):
            fee = self.fee.to_dict()

        last_activity: str | Unset = UNSET
        if not isinstance(self.last_activity, Unset):
            last_activity = self.last_activity.isoformat()

        shipping: dict[str, Any] | Unset = UNSET
        if not isinstance(self.shipping, Unset):
            shipping = self.shipping.to_dict()

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
                "created": created,
                "items": items,
                "total": total,
            }
        )
        if next_status is not UNSET:
            field_dict["next_status"] = next_status
        if fee is not UNSET:
            field_dict["fee"] = fee
        if last_activity is not UNSET:
            field_dict["last_activity"] = last_activity
        if shipping is not UNSET:
            field_dict["shipping"] = shipping
        if archived is not UNSET:
            field_dict["archived"] = archived
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

        status = check_order_status(d.pop("status"))

        created = datetime.datetime.fromisoformat(d.pop("created"))

        items = []
        _items = d.pop("items")
        for items_item_data in _items:
            items_item = OrderItem.from_dict(items_item_data)

            items.append(items_item)

        total = Money.from_dict(d.pop("total"))

        _next_status = d.pop("next_status", UNSET)
        next_status: list[OrderStatus] | Unset = UNSET
        if _next_status is not UNSET:
            next_status = []
            for next_status_item_data in _next_status:
                next_status_item = check_order_status(next_status_item_data)

                next_status.append(next_status_item)

        _fee = d.pop("fee", UNSET)
        fee: Money | Unset
        if isinstance(_fee, Unset):
            fee = UNSET
        else:
            fee = Money.from_dict(_fee)

        _last_activity = d.pop("last_activity", UNSET)
        last_activity: datetime.datetime | Unset
        if isinstance(_last_activity, Unset):
            last_activity = UNSET
        else:
            last_activity = datetime.datetime.fromisoformat(_last_activity)

        _shipping = d.pop("shipping", UNSET)
        shipping: OrderShipping | Unset
        if isinstance(_shipping, Unset):
            shipping = UNSET
        else:
            shipping = OrderShipping.from_dict(_shipping)

        archived = d.pop("archived", UNSET)

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
            created=created,
            items=items,
            total=total,
            next_status=next_status,
            fee=fee,
            last_activity=last_activity,
            shipping=shipping,
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
