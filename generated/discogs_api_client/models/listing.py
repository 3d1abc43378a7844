from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from .. import decoding as _decoding
from .. import readable as _readable
from ..models.listing_status import ListingStatus
from ..models.media_condition import MediaCondition
from ..models.sleeve_condition import SleeveCondition
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.empty_object import EmptyObject
    from ..models.listing_release import ListingRelease
    from ..models.money import Money
    from ..models.original_money import OriginalMoney
    from ..models.seller import Seller


T = TypeVar("T", bound="Listing")


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

    __slots__ = (
        "__weakref__",
        "_problems",
        "additional_properties",
        "allow_offers",
        "audio",
        "comments",
        "condition",
        "external_id",
        "format_quantity",
        "id",
        "in_cart",
        "location",
        "original_price",
        "original_shipping_price",
        "posted",
        "price",
        "quantity",
        "release",
        "resource_url",
        "seller",
        "shipping_price",
        "ships_from",
        "sleeve_condition",
        "status",
        "uid",
        "uri",
        "weight",
    )
    __match_args__ = (
        "id",
        "resource_url",
        "uri",
        "status",
        "price",
        "allow_offers",
        "condition",
        "sleeve_condition",
        "posted",
        "ships_from",
        "comments",
        "audio",
        "seller",
        "release",
        "uid",
        "original_price",
        "shipping_price",
        "original_shipping_price",
        "weight",
        "format_quantity",
        "external_id",
        "location",
        "quantity",
        "in_cart",
    )

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
    uid: int | Unset
    original_price: OriginalMoney | Unset
    shipping_price: EmptyObject | Money | Unset
    original_shipping_price: OriginalMoney | Unset
    weight: float | Unset
    format_quantity: int | Unset
    external_id: str | Unset
    location: str | Unset
    quantity: int | Unset
    in_cart: bool | Unset
    additional_properties: dict[str, Any]
    # What did not match the API description when this was decoded (see decoding.problems).
    _problems: tuple[_decoding.Problem, ...]
    # (attribute, JSON key) of each field, for to_dict.
    _fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("id", "id"),
        ("resource_url", "resource_url"),
        ("uri", "uri"),
        ("status", "status"),
        ("price", "price"),
        ("allow_offers", "allow_offers"),
        ("condition", "condition"),
        ("sleeve_condition", "sleeve_condition"),
        ("posted", "posted"),
        ("ships_from", "ships_from"),
        ("comments", "comments"),
        ("audio", "audio"),
        ("seller", "seller"),
        ("release", "release"),
        ("uid", "uid"),
        ("original_price", "original_price"),
        ("shipping_price", "shipping_price"),
        ("original_shipping_price", "original_shipping_price"),
        ("weight", "weight"),
        ("format_quantity", "format_quantity"),
        ("external_id", "external_id"),
        ("location", "location"),
        ("quantity", "quantity"),
        ("in_cart", "in_cart"),
    )

    def __init__(
        self,
        id: int,
        resource_url: str,
        uri: str,
        status: ListingStatus | str,
        price: Money,
        allow_offers: bool,
        condition: MediaCondition | str,
        sleeve_condition: SleeveCondition | str,
        posted: datetime.datetime,
        ships_from: str,
        comments: str,
        audio: bool,
        seller: Seller,
        release: ListingRelease,
        uid: int | Unset = UNSET,
        original_price: OriginalMoney | Unset = UNSET,
        shipping_price: EmptyObject | Money | Unset = UNSET,
        original_shipping_price: OriginalMoney | Unset = UNSET,
        weight: float | Unset = UNSET,
        format_quantity: int | Unset = UNSET,
        external_id: str | Unset = UNSET,
        location: str | Unset = UNSET,
        quantity: int | Unset = UNSET,
        in_cart: bool | Unset = UNSET,
    ) -> None:
        self.id = id
        self.resource_url = resource_url
        self.uri = uri
        self.status = status
        self.price = price
        self.allow_offers = allow_offers
        self.condition = condition
        self.sleeve_condition = sleeve_condition
        self.posted = posted
        self.ships_from = ships_from
        self.comments = comments
        self.audio = audio
        self.seller = seller
        self.release = release
        self.uid = uid
        self.original_price = original_price
        self.shipping_price = shipping_price
        self.original_shipping_price = original_shipping_price
        self.weight = weight
        self.format_quantity = format_quantity
        self.external_id = external_id
        self.location = location
        self.quantity = quantity
        self.in_cart = in_cart
        self.additional_properties = {}
        self._problems = ()

    # The fields and unknown keys, not the problems. Defining __eq__ leaves __hash__ None: a
    # model is mutable, so unhashable.
    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Listing) or other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.id,
            self.resource_url,
            self.uri,
            self.status,
            self.price,
            self.allow_offers,
            self.condition,
            self.sleeve_condition,
            self.posted,
            self.ships_from,
            self.comments,
            self.audio,
            self.seller,
            self.release,
            self.uid,
            self.original_price,
            self.shipping_price,
            self.original_shipping_price,
            self.weight,
            self.format_quantity,
            self.external_id,
            self.location,
            self.quantity,
            self.in_cart,
            self.additional_properties,
        ) == (
            other.id,
            other.resource_url,
            other.uri,
            other.status,
            other.price,
            other.allow_offers,
            other.condition,
            other.sleeve_condition,
            other.posted,
            other.ships_from,
            other.comments,
            other.audio,
            other.seller,
            other.release,
            other.uid,
            other.original_price,
            other.shipping_price,
            other.original_shipping_price,
            other.weight,
            other.format_quantity,
            other.external_id,
            other.location,
            other.quantity,
            other.in_cart,
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
            raise TypeError(f"Listing is decoded from a JSON object, not {type(src_dict).__name__}")
        d = dict(src_dict)
        _found: list[_decoding.Problem] = []
        id: Any = d.pop("id", UNSET)
        if id.__class__ is not int:
            _decoding.mismatch(_found, ("id",), "integer", id)
        resource_url: Any = d.pop("resource_url", UNSET)
        if not (isinstance(resource_url, str)):
            _decoding.mismatch(_found, ("resource_url",), "string", resource_url)
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
                "one of Deleted, Draft, Expired, For Sale, Sold, Suspended, Violation or string",
                status,
            )
        price: Any = d.pop("price", UNSET)
        if isinstance(price, dict):
            price = Money.from_dict(price)
            if price._problems:
                _decoding.adopt(_found, ("price",), price._problems)
        else:
            _decoding.mismatch(_found, ("price",), "object (Money)", price)
        allow_offers: Any = d.pop("allow_offers", UNSET)
        if allow_offers.__class__ is not bool:
            _decoding.mismatch(_found, ("allow_offers",), "boolean", allow_offers)
        condition: Any = d.pop("condition", UNSET)
        if isinstance(condition, str):
            pass
        else:
            _decoding.unlisted(
                _found,
                ("condition",),
                "one of Fair (F), Good (G), Good Plus (G+), Mint (M), Near Mint (NM or M-), Poor (P), Very Good (VG), Very Good Plus (VG+) or string",
                condition,
            )
        sleeve_condition: Any = d.pop("sleeve_condition", UNSET)
        if isinstance(sleeve_condition, str):
            pass
        else:
            _decoding.unlisted(
                _found,
                ("sleeve_condition",),
                "one of Fair (F), Generic, Good (G), Good Plus (G+), Mint (M), Near Mint (NM or M-), No Cover, Not Graded, Poor (P), Very Good (VG), Very Good Plus (VG+) or string",
                sleeve_condition,
            )
        posted: Any = d.pop("posted", UNSET)
        if _decoding.is_timestamp(posted):
            posted = datetime.datetime.fromisoformat(posted)
        else:
            _decoding.misformatted(_found, ("posted",), "date-time with a time zone offset", posted)
        ships_from: Any = d.pop("ships_from", UNSET)
        if not (isinstance(ships_from, str)):
            _decoding.mismatch(_found, ("ships_from",), "string", ships_from)
        comments: Any = d.pop("comments", UNSET)
        if not (isinstance(comments, str)):
            _decoding.mismatch(_found, ("comments",), "string", comments)
        audio: Any = d.pop("audio", UNSET)
        if audio.__class__ is not bool:
            _decoding.mismatch(_found, ("audio",), "boolean", audio)
        seller: Any = d.pop("seller", UNSET)
        if isinstance(seller, dict):
            seller = Seller.from_dict(seller)
            if seller._problems:
                _decoding.adopt(_found, ("seller",), seller._problems)
        else:
            _decoding.mismatch(_found, ("seller",), "object (Seller)", seller)
        release: Any = d.pop("release", UNSET)
        if isinstance(release, dict):
            release = ListingRelease.from_dict(release)
            if release._problems:
                _decoding.adopt(_found, ("release",), release._problems)
        else:
            _decoding.mismatch(_found, ("release",), "object (ListingRelease)", release)
        uid: Any = d.pop("uid", UNSET)
        if uid.__class__ is not int and uid is not UNSET:
            _decoding.mismatch(_found, ("uid",), "integer", uid)
        original_price: Any = d.pop("original_price", UNSET)
        if isinstance(original_price, dict):
            original_price = OriginalMoney.from_dict(original_price)
            if original_price._problems:
                _decoding.adopt(_found, ("original_price",), original_price._problems)
        elif original_price is not UNSET:
            _decoding.mismatch(
                _found, ("original_price",), "object (OriginalMoney)", original_price
            )
        shipping_price: Any = d.pop("shipping_price", UNSET)
        if isinstance(shipping_price, dict):
            shipping_price = _decoding.best_fit(
                _found, ("shipping_price",), shipping_price, (Money, EmptyObject)
            )
        elif shipping_price is not UNSET:
            _decoding.mismatch(
                _found,
                ("shipping_price",),
                "object (Money) or object (EmptyObject)",
                shipping_price,
            )
        original_shipping_price: Any = d.pop("original_shipping_price", UNSET)
        if isinstance(original_shipping_price, dict):
            original_shipping_price = OriginalMoney.from_dict(original_shipping_price)
            if original_shipping_price._problems:
                _decoding.adopt(
                    _found, ("original_shipping_price",), original_shipping_price._problems
                )
        elif original_shipping_price is not UNSET:
            _decoding.mismatch(
                _found,
                ("original_shipping_price",),
                "object (OriginalMoney)",
                original_shipping_price,
            )
        weight: Any = d.pop("weight", UNSET)
        if not (weight.__class__ is float or weight.__class__ is int) and weight is not UNSET:
            _decoding.mismatch(_found, ("weight",), "number", weight)
        format_quantity: Any = d.pop("format_quantity", UNSET)
        if format_quantity.__class__ is not int and format_quantity is not UNSET:
            _decoding.mismatch(_found, ("format_quantity",), "integer", format_quantity)
        external_id: Any = d.pop("external_id", UNSET)
        if not (isinstance(external_id, str)) and external_id is not UNSET:
            _decoding.mismatch(_found, ("external_id",), "string", external_id)
        location: Any = d.pop("location", UNSET)
        if not (isinstance(location, str)) and location is not UNSET:
            _decoding.mismatch(_found, ("location",), "string", location)
        quantity: Any = d.pop("quantity", UNSET)
        if quantity.__class__ is not int and quantity is not UNSET:
            _decoding.mismatch(_found, ("quantity",), "integer", quantity)
        in_cart: Any = d.pop("in_cart", UNSET)
        if in_cart.__class__ is not bool and in_cart is not UNSET:
            _decoding.mismatch(_found, ("in_cart",), "boolean", in_cart)
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
        if _found:
            listing._problems = tuple(_found)
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


# The models this one holds, imported once the class exists (models refer to each other in
# cycles): from_dict finds them here instead of importing them on every call.
from ..models.empty_object import EmptyObject  # noqa: E402
from ..models.listing_release import ListingRelease  # noqa: E402
from ..models.money import Money  # noqa: E402
from ..models.original_money import OriginalMoney  # noqa: E402
from ..models.seller import Seller  # noqa: E402
