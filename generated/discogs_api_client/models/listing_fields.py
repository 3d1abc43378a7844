from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, TypeVar

from .. import decoding as _decoding
from .. import readable as _readable
from ..models.listing_fields_status import ListingFieldsStatus, check_listing_fields_status
from ..models.media_condition import MediaCondition, check_media_condition
from ..models.sleeve_condition import SleeveCondition, check_sleeve_condition
from ..types import UNSET, Unset

T = TypeVar("T", bound="ListingFields")


class ListingFields:
    """The data of a listing, to create or edit it. The documentation marks `status` required though it also says it
    defaults to `For Sale`: send it.

        Attributes:
            release_id (int): The release to sell.
            condition (MediaCondition): The condition of a record (the media) in the Marketplace's grading.
            price (float): The price, in the seller's currency.
            status (ListingFieldsStatus): `For Sale` to show the listing on the Marketplace, `Draft` to keep it hidden.
            sleeve_condition (SleeveCondition | Unset): The condition of a sleeve: a media grade, or `Generic`, `Not Graded`
                or `No Cover`.
            comments (str | Unset): Remarks shown to buyers.
            allow_offers (bool | Unset): Whether buyers may make offers. When not sent, the API uses false (its documented
                default) for a new listing.
            external_id (str | Unset): The seller's own reference, shown to nobody else ("Private Comments").
            location (str | Unset): Where the item is stored, shown to nobody else.
            weight (float | Literal['auto'] | Unset): A non-negative number, or `auto` to let Discogs estimate it.
            format_quantity (float | Literal['auto'] | Unset): A non-negative number, or `auto` to let Discogs estimate it.
    """

    __slots__ = (
        "__weakref__",
        "_problems",
        "additional_properties",
        "allow_offers",
        "comments",
        "condition",
        "external_id",
        "format_quantity",
        "location",
        "price",
        "release_id",
        "sleeve_condition",
        "status",
        "weight",
    )
    __match_args__ = (
        "release_id",
        "condition",
        "price",
        "status",
        "sleeve_condition",
        "comments",
        "allow_offers",
        "external_id",
        "location",
        "weight",
        "format_quantity",
    )

    release_id: int
    condition: MediaCondition
    price: float
    status: ListingFieldsStatus
    sleeve_condition: SleeveCondition | Unset
    comments: str | Unset
    allow_offers: bool | Unset
    external_id: str | Unset
    location: str | Unset
    weight: float | Literal["auto"] | Unset
    format_quantity: float | Literal["auto"] | Unset
    additional_properties: dict[str, Any]
    # What did not match the API description when this was decoded (see decoding.problems).
    _problems: tuple[_decoding.Problem, ...]
    # (attribute, JSON key) of each field, for to_dict.
    _fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("release_id", "release_id"),
        ("condition", "condition"),
        ("price", "price"),
        ("status", "status"),
        ("sleeve_condition", "sleeve_condition"),
        ("comments", "comments"),
        ("allow_offers", "allow_offers"),
        ("external_id", "external_id"),
        ("location", "location"),
        ("weight", "weight"),
        ("format_quantity", "format_quantity"),
    )

    def __init__(
        self,
        release_id: int,
        condition: MediaCondition,
        price: float,
        status: ListingFieldsStatus,
        sleeve_condition: SleeveCondition | Unset = UNSET,
        comments: str | Unset = UNSET,
        allow_offers: bool | Unset = UNSET,
        external_id: str | Unset = UNSET,
        location: str | Unset = UNSET,
        weight: float | Literal["auto"] | Unset = UNSET,
        format_quantity: float | Literal["auto"] | Unset = UNSET,
    ) -> None:
        self.release_id = release_id
        self.condition = condition
        self.price = price
        self.status = status
        self.sleeve_condition = sleeve_condition
        self.comments = comments
        self.allow_offers = allow_offers
        self.external_id = external_id
        self.location = location
        self.weight = weight
        self.format_quantity = format_quantity
        self.additional_properties = {}
        self._problems = ()

    # The fields and unknown keys, not the problems. Defining __eq__ leaves __hash__ None: a
    # model is mutable, so unhashable.
    def __eq__(self, other: object) -> bool:
        if not isinstance(other, ListingFields) or other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.release_id,
            self.condition,
            self.price,
            self.status,
            self.sleeve_condition,
            self.comments,
            self.allow_offers,
            self.external_id,
            self.location,
            self.weight,
            self.format_quantity,
            self.additional_properties,
        ) == (
            other.release_id,
            other.condition,
            other.price,
            other.status,
            other.sleeve_condition,
            other.comments,
            other.allow_offers,
            other.external_id,
            other.location,
            other.weight,
            other.format_quantity,
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
                f"ListingFields is decoded from a JSON object, not {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        _found: list[_decoding.Problem] = []
        release_id: Any = d.pop("release_id", UNSET)
        if release_id.__class__ is not int:
            _decoding.mismatch(_found, ("release_id",), "integer", release_id)
        condition: Any = d.pop("condition", UNSET)
        if not (_decoding.allows(check_media_condition, condition)):
            _decoding.unlisted(
                _found,
                ("condition",),
                "one of Fair (F), Good (G), Good Plus (G+), Mint (M), Near Mint (NM or M-), Poor (P), Very Good (VG), Very Good Plus (VG+)",
                condition,
            )
        price: Any = d.pop("price", UNSET)
        if not (price.__class__ is float or price.__class__ is int):
            _decoding.mismatch(_found, ("price",), "number", price)
        status: Any = d.pop("status", UNSET)
        if not (_decoding.allows(check_listing_fields_status, status)):
            _decoding.unlisted(_found, ("status",), "one of Draft, For Sale", status)
        sleeve_condition: Any = d.pop("sleeve_condition", UNSET)
        if (
            not (_decoding.allows(check_sleeve_condition, sleeve_condition))
            and sleeve_condition is not UNSET
        ):
            _decoding.unlisted(
                _found,
                ("sleeve_condition",),
                "one of Fair (F), Generic, Good (G), Good Plus (G+), Mint (M), Near Mint (NM or M-), No Cover, Not Graded, Poor (P), Very Good (VG), Very Good Plus (VG+)",
                sleeve_condition,
            )
        comments: Any = d.pop("comments", UNSET)
        if not (isinstance(comments, str)) and comments is not UNSET:
            _decoding.mismatch(_found, ("comments",), "string", comments)
        allow_offers: Any = d.pop("allow_offers", UNSET)
        if allow_offers.__class__ is not bool and allow_offers is not UNSET:
            _decoding.mismatch(_found, ("allow_offers",), "boolean", allow_offers)
        external_id: Any = d.pop("external_id", UNSET)
        if not (isinstance(external_id, str)) and external_id is not UNSET:
            _decoding.mismatch(_found, ("external_id",), "string", external_id)
        location: Any = d.pop("location", UNSET)
        if not (isinstance(location, str)) and location is not UNSET:
            _decoding.mismatch(_found, ("location",), "string", location)
        weight: Any = d.pop("weight", UNSET)
        if (weight.__class__ is float or weight.__class__ is int) or weight == "auto":
            pass
        elif weight is not UNSET:
            _decoding.unlisted(_found, ("weight",), 'number or "auto"', weight)
        format_quantity: Any = d.pop("format_quantity", UNSET)
        if (
            format_quantity.__class__ is float or format_quantity.__class__ is int
        ) or format_quantity == "auto":
            pass
        elif format_quantity is not UNSET:
            _decoding.unlisted(_found, ("format_quantity",), 'number or "auto"', format_quantity)
        listing_fields = cls(
            release_id=release_id,
            condition=condition,
            price=price,
            status=status,
            sleeve_condition=sleeve_condition,
            comments=comments,
            allow_offers=allow_offers,
            external_id=external_id,
            location=location,
            weight=weight,
            format_quantity=format_quantity,
        )
        listing_fields.additional_properties = d
        if _found:
            listing_fields._problems = tuple(_found)
        return listing_fields

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
