from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.listing_status import ListingStatus, check_listing_status
from ..models.media_condition import MediaCondition, check_media_condition
from ..models.sleeve_condition import SleeveCondition, check_sleeve_condition
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.empty_object import EmptyObject
    from ..models.listing_release import ListingRelease
    from ..models.money import Money
    from ..models.original_money import OriginalMoney
    from ..models.seller import Seller


T = TypeVar("T", bound="Listing")


@_attrs_define
class Listing:
    """A Marketplace listing. `weight`, `format_quantity`, `external_id`, `location` and `quantity` are present only for
    the listing's owner, `in_cart` only for an authenticated user, and `original_price`, `shipping_price` and
    `original_shipping_price` only on a single listing. `shipping_price` is `{}` when the seller set none.

        Attributes:
            id (int):
            resource_url (str):
            uri (str):
            status (ListingStatus | str): The listing's status; a deleted listing is still returned to its owner as
                `Deleted`. The live API may send values not listed in `ListingStatus`; they are kept as sent.
            price (Money): An amount of money in a currency.
            allow_offers (bool):
            condition (MediaCondition | str): The media's condition. The live API may send values not listed in
                `MediaCondition`; they are kept as sent.
            sleeve_condition (SleeveCondition | str): The sleeve's condition. The live API may send values not listed in
                `SleeveCondition`; they are kept as sent.
            posted (datetime.datetime):
            ships_from (str):
            comments (str):
            audio (bool): Whether the listing has audio.
            seller (Seller): The seller of a listing. A single listing also carries the seller's terms.
            release (ListingRelease): The release a listing sells, in brief.
            uid (int | Unset): Another number of the listing, sent beside `id` (undocumented).
            original_price (OriginalMoney | Unset): An amount in the currency the seller set it in, with its display form.
            shipping_price (EmptyObject | Money | Unset): The shipping price, or `{}` when none is set.
            original_shipping_price (OriginalMoney | Unset): An amount in the currency the seller set it in, with its
                display form.
            weight (float | Unset): Owner only. The weight in grams, for shipping; a float such as `85.0`.
            format_quantity (int | Unset): Owner only. How many items the listing counts as, for shipping.
            external_id (str | Unset): Owner only. The seller's own reference ("Private Comments").
            location (str | Unset): Owner only. Where the item is stored.
            quantity (int | Unset): Owner only. How many copies; always 1 for NearMint users.
            in_cart (bool | Unset): Whether the listing is in the authenticated user's cart.
    """

    id: int
    resource_url: str
    uri: str
    status: ListingStatus | str
    price: Money
    allow_offers: bool
    condition: MediaCondition | str
    sleeve_condition: SleeveCondition | str
    posted: datetime.datetime
    ships_from: str
    comments: str
    audio: bool
    seller: Seller
    release: ListingRelease
    uid: int | Unset = UNSET
    original_price: OriginalMoney | Unset = UNSET
    shipping_price: EmptyObject | Money | Unset = UNSET
    original_shipping_price: OriginalMoney | Unset = UNSET
    weight: float | Unset = UNSET
    format_quantity: int | Unset = UNSET
    external_id: str | Unset = UNSET
    location: str | Unset = UNSET
    quantity: int | Unset = UNSET
    in_cart: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.money import Money

        id = self.id

        resource_url = self.resource_url

        uri = self.uri

        status: str
        if isinstance(self.status, str):
            status = self.status
        else:
            status = self.status

        price = self.price.to_dict()

        allow_offers = self.allow_offers

        condition: str
        if isinstance(self.condition, str):
            condition = self.condition
        else:
            condition = self.condition

        sleeve_condition: str
        if isinstance(self.sleeve_condition, str):
            sleeve_condition = self.sleeve_condition
        else:
            sleeve_condition = self.sleeve_condition

        posted = self.posted.isoformat()

        ships_from = self.ships_from

        comments = self.comments

        audio = self.audio

        seller = self.seller.to_dict()

        release = self.release.to_dict()

        uid = self.uid

        original_price: dict[str, Any] | Unset = UNSET
        if not isinstance(self.original_price, Unset):
            original_price = self.original_price.to_dict()

        shipping_price: dict[str, Any] | Unset
        if isinstance(self.shipping_price, Unset):
            shipping_price = UNSET
        elif isinstance(self.shipping_price, Money):
            shipping_price = self.shipping_price.to_dict()
        else:
            shipping_price = self.shipping_price.to_dict()

        original_shipping_price: dict[str, Any] | Unset = UNSET
        if not isinstance(self.original_shipping_price, Unset):
            original_shipping_price = self.original_shipping_price.to_dict()

        weight = self.weight

        format_quantity = self.format_quantity

        external_id = self.external_id

        location = self.location

        quantity = self.quantity

        in_cart = self.in_cart

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "resource_url": resource_url,
                "uri": uri,
                "status": status,
                "price": price,
                "allow_offers": allow_offers,
                "condition": condition,
                "sleeve_condition": sleeve_condition,
                "posted": posted,
                "ships_from": ships_from,
                "comments": comments,
                "audio": audio,
                "seller": seller,
                "release": release,
            }
        )
        if uid is not UNSET:
            field_dict["uid"] = uid
        if original_price is not UNSET:
            field_dict["original_price"] = original_price
        if shipping_price is not UNSET:
            field_dict["shipping_price"] = shipping_price
        if original_shipping_price is not UNSET:
            field_dict["original_shipping_price"] = original_shipping_price
        if weight is not UNSET:
            field_dict["weight"] = weight
        if format_quantity is not UNSET:
            field_dict["format_quantity"] = format_quantity
        if external_id is not UNSET:
            field_dict["external_id"] = external_id
        if location is not UNSET:
            field_dict["location"] = location
        if quantity is not UNSET:
            field_dict["quantity"] = quantity
        if in_cart is not UNSET:
            field_dict["in_cart"] = in_cart

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.empty_object import EmptyObject
        from ..models.listing_release import ListingRelease
        from ..models.money import Money
        from ..models.original_money import OriginalMoney
        from ..models.seller import Seller

        d = dict(src_dict)
        id = d.pop("id")

        resource_url = d.pop("resource_url")

        uri = d.pop("uri")

        def _parse_status(data: object) -> ListingStatus | str:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_0 = check_listing_status(data)

                return status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ListingStatus | str, data)

        status = _parse_status(d.pop("status"))

        price = Money.from_dict(d.pop("price"))

        allow_offers = d.pop("allow_offers")

        def _parse_condition(data: object) -> MediaCondition | str:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                condition_type_0 = check_media_condition(data)

                return condition_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(MediaCondition | str, data)

        condition = _parse_condition(d.pop("condition"))

        def _parse_sleeve_condition(data: object) -> SleeveCondition | str:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                sleeve_condition_type_0 = check_sleeve_condition(data)

                return sleeve_condition_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(SleeveCondition | str, data)

        sleeve_condition = _parse_sleeve_condition(d.pop("sleeve_condition"))

        posted = datetime.datetime.fromisoformat(d.pop("posted"))

        ships_from = d.pop("ships_from")

        comments = d.pop("comments")

        audio = d.pop("audio")

        seller = Seller.from_dict(d.pop("seller"))

        release = ListingRelease.from_dict(d.pop("release"))

        uid = d.pop("uid", UNSET)

        _original_price = d.pop("original_price", UNSET)
        original_price: OriginalMoney | Unset
        if isinstance(_original_price, Unset):
            original_price = UNSET
        else:
            original_price = OriginalMoney.from_dict(_original_price)

        def _parse_shipping_price(data: object) -> EmptyObject | Money | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                shipping_price_type_0 = Money.from_dict(data)

                return shipping_price_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            shipping_price_type_1 = EmptyObject.from_dict(data)

            return shipping_price_type_1

        shipping_price = _parse_shipping_price(d.pop("shipping_price", UNSET))

        _original_shipping_price = d.pop("original_shipping_price", UNSET)
        original_shipping_price: OriginalMoney | Unset
        if isinstance(_original_shipping_price, Unset):
            original_shipping_price = UNSET
        else:
            original_shipping_price = OriginalMoney.from_dict(_original_shipping_price)

        weight = d.pop("weight", UNSET)

        format_quantity = d.pop("format_quantity", UNSET)

        external_id = d.pop("external_id", UNSET)

        location = d.pop("location", UNSET)

        quantity = d.pop("quantity", UNSET)

        in_cart = d.pop("in_cart", UNSET)

        listing = cls(
            id=id,
            resource_url=resource_url,
            uri=uri,
            status=status,
            price=price,
            allow_offers=allow_offers,
            condition=condition,
            sleeve_condition=sleeve_condition,
            posted=posted,
            ships_from=ships_from,
            comments=comments,
            audio=audio,
            seller=seller,
            release=release,
            uid=uid,
            original_price=original_price,
            shipping_price=shipping_price,
            original_shipping_price=original_shipping_price,
            weight=weight,
            format_quantity=format_quantity,
            external_id=external_id,
            location=location,
            quantity=quantity,
            in_cart=in_cart,
        )

        listing.additional_properties = d
        return listing

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
