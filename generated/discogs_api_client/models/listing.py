from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.listing_status import ListingStatus, check_listing_status
from ..models.media_condition import MediaCondition, check_media_condition
from ..models.sleeve_condition import SleeveCondition, check_sleeve_condition
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.listing_release import ListingRelease
    from ..models.money import Money
    from ..models.original_money import OriginalMoney
    from ..models.seller import Seller


T = TypeVar("T", bound="Listing")


@_attrs_define
class Listing:
    """A Marketplace listing. `weight`, `format_quantity`, `external_id`, `location` and `quantity` are present only for
    the listing's owner, `in_cart` only for an authenticated user, and `original_price`, `shipping_price` and
    `original_shipping_price` only on a single listing.

        Attributes:
            id (int):
            resource_url (str):
            uri (str):
            status (ListingStatus): The status a listing reports. Only `For Sale` and `Draft` can be set (see
                `ListingFields.status`); the others are reached by sales, expiry or moderation.
            price (Money): An amount of money in a currency.
            condition (MediaCondition): The condition of a record (the media) in the Marketplace's grading.
            seller (Seller): The seller of a listing. A single listing also carries the seller's terms.
            release (ListingRelease): The release a listing sells, in brief.
            original_price (OriginalMoney | Unset): An amount in the currency the seller set it in, with its display form.
            shipping_price (Money | Unset): An amount of money in a currency.
            original_shipping_price (OriginalMoney | Unset): An amount in the currency the seller set it in, with its
                display form.
            allow_offers (bool | Unset):
            sleeve_condition (SleeveCondition | Unset): The condition of a sleeve: a media grade, or `Generic`, `Not Graded`
                or `No Cover`.
            posted (datetime.datetime | Unset):
            ships_from (str | Unset):
            comments (str | Unset):
            audio (bool | Unset): Whether the listing has audio.
            weight (float | Unset): Owner only. The weight in grams, for shipping.
            format_quantity (int | Unset): Owner only. How many items the listing counts as, for shipping.
            external_id (str | Unset): Owner only. The seller's own reference ("Private Comments").
            location (str | Unset): Owner only. Where the item is stored.
            quantity (int | Unset): Owner only. How many copies; always 1 for NearMint users.
            in_cart (bool | Unset): Whether the listing is in the authenticated user's cart.
    """

    id: int
    resource_url: str
    uri: str
    status: ListingStatus
    price: Money
    condition: MediaCondition
    seller: Seller
    release: ListingRelease
    original_price: OriginalMoney | Unset = UNSET
    shipping_price: Money | Unset = UNSET
    original_shipping_price: OriginalMoney | Unset = UNSET
    allow_offers: bool | Unset = UNSET
    sleeve_condition: SleeveCondition | Unset = UNSET
    posted: datetime.datetime | Unset = UNSET
    ships_from: str | Unset = UNSET
    comments: str | Unset = UNSET
    audio: bool | Unset = UNSET
    weight: float | Unset = UNSET
    format_quantity: int | Unset = UNSET
    external_id: str | Unset = UNSET
    location: str | Unset = UNSET
    quantity: int | Unset = UNSET
    in_cart: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        resource_url = self.resource_url

        uri = self.uri

        status: str = self.status

        price = self.price.to_dict()

        condition: str = self.condition

        seller = self.seller.to_dict()

        release = self.release.to_dict()

        original_price: dict[str, Any] | Unset = UNSET
        if not isinstance(self.original_price, Unset):
            original_price = self.original_price.to_dict()

        shipping_price: dict[str, Any] | Unset = UNSET
        if not isinstance(self.shipping_price, Unset):
            shipping_price = self.shipping_price.to_dict()

        original_shipping_price: dict[str, Any] | Unset = UNSET
        if not isinstance(self.original_shipping_price, Unset):
            original_shipping_price = self.original_shipping_price.to_dict()

        allow_offers = self.allow_offers

        sleeve_condition: str | Unset = UNSET
        if not isinstance(self.sleeve_condition, Unset):
            sleeve_condition = self.sleeve_condition

        posted: str | Unset = UNSET
        if not isinstance(self.posted, Unset):
            posted = self.posted.isoformat()

        ships_from = self.ships_from

        comments = self.comments

        audio = self.audio

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
                "condition": condition,
                "seller": seller,
                "release": release,
            }
        )
        if original_price is not UNSET:
            field_dict["original_price"] = original_price
        if shipping_price is not UNSET:
            field_dict["shipping_price"] = shipping_price
        if original_shipping_price is not UNSET:
            field_dict["original_shipping_price"] = original_shipping_price
        if allow_offers is not UNSET:
            field_dict["allow_offers"] = allow_offers
        if sleeve_condition is not UNSET:
            field_dict["sleeve_condition"] = sleeve_condition
        if posted is not UNSET:
            field_dict["posted"] = posted
        if ships_from is not UNSET:
            field_dict["ships_from"] = ships_from
        if comments is not UNSET:
            field_dict["comments"] = comments
        if audio is not UNSET:
            field_dict["audio"] = audio
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
        from ..models.listing_release import ListingRelease
        from ..models.money import Money
        from ..models.original_money import OriginalMoney
        from ..models.seller import Seller

        d = dict(src_dict)
        id = d.pop("id")

        resource_url = d.pop("resource_url")

        uri = d.pop("uri")

        status = check_listing_status(d.pop("status"))

        price = Money.from_dict(d.pop("price"))

        condition = check_media_condition(d.pop("condition"))

        seller = Seller.from_dict(d.pop("seller"))

        release = ListingRelease.from_dict(d.pop("release"))

        _original_price = d.pop("original_price", UNSET)
        original_price: OriginalMoney | Unset
        if isinstance(_original_price, Unset):
            original_price = UNSET
        else:
            original_price = OriginalMoney.from_dict(_original_price)

        _shipping_price = d.pop("shipping_price", UNSET)
        shipping_price: Money | Unset
        if isinstance(_shipping_price, Unset):
            shipping_price = UNSET
        else:
            shipping_price = Money.from_dict(_shipping_price)

        _original_shipping_price = d.pop("original_shipping_price", UNSET)
        original_shipping_price: OriginalMoney | Unset
        if isinstance(_original_shipping_price, Unset):
            original_shipping_price = UNSET
        else:
            original_shipping_price = OriginalMoney.from_dict(_original_shipping_price)

        allow_offers = d.pop("allow_offers", UNSET)

        _sleeve_condition = d.pop("sleeve_condition", UNSET)
        sleeve_condition: SleeveCondition | Unset
        if isinstance(_sleeve_condition, Unset):
            sleeve_condition = UNSET
        else:
            sleeve_condition = check_sleeve_condition(_sleeve_condition)

        _posted = d.pop("posted", UNSET)
        posted: datetime.datetime | Unset
        if isinstance(_posted, Unset):
            posted = UNSET
        else:
            posted = datetime.datetime.fromisoformat(_posted)

        ships_from = d.pop("ships_from", UNSET)

        comments = d.pop("comments", UNSET)

        audio = d.pop("audio", UNSET)

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
            condition=condition,
            seller=seller,
            release=release,
            original_price=original_price,
            shipping_price=shipping_price,
            original_shipping_price=original_shipping_price,
            allow_offers=allow_offers,
            sleeve_condition=sleeve_condition,
            posted=posted,
            ships_from=ships_from,
            comments=comments,
            audio=audio,
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
