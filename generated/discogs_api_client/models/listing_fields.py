from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.listing_fields_status import ListingFieldsStatus, check_listing_fields_status
from ..models.media_condition import MediaCondition, check_media_condition
from ..models.sleeve_condition import SleeveCondition, check_sleeve_condition
from ..types import UNSET, Unset

T = TypeVar("T", bound="ListingFields")


@_attrs_define
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

    release_id: int
    condition: MediaCondition
    price: float
    status: ListingFieldsStatus
    sleeve_condition: SleeveCondition | Unset = UNSET
    comments: str | Unset = UNSET
    allow_offers: bool | Unset = UNSET
    external_id: str | Unset = UNSET
    location: str | Unset = UNSET
    weight: float | Literal["auto"] | Unset = UNSET
    format_quantity: float | Literal["auto"] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        release_id = self.release_id

        condition: str = self.condition

        price = self.price

        status: str = self.status

        sleeve_condition: str | Unset = UNSET
        if not isinstance(self.sleeve_condition, Unset):
            sleeve_condition = self.sleeve_condition

        comments = self.comments

        allow_offers = self.allow_offers

        external_id = self.external_id

        location = self.location

        weight: float | Literal["auto"] | Unset
        if isinstance(self.weight, Unset):
            weight = UNSET
        else:
            weight = self.weight

        format_quantity: float | Literal["auto"] | Unset
        if isinstance(self.format_quantity, Unset):
            format_quantity = UNSET
        else:
            format_quantity = self.format_quantity

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "release_id": release_id,
                "condition": condition,
                "price": price,
                "status": status,
            }
        )
        if sleeve_condition is not UNSET:
            field_dict["sleeve_condition"] = sleeve_condition
        if comments is not UNSET:
            field_dict["comments"] = comments
        if allow_offers is not UNSET:
            field_dict["allow_offers"] = allow_offers
        if external_id is not UNSET:
            field_dict["external_id"] = external_id
        if location is not UNSET:
            field_dict["location"] = location
        if weight is not UNSET:
            field_dict["weight"] = weight
        if format_quantity is not UNSET:
            field_dict["format_quantity"] = format_quantity

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        release_id = d.pop("release_id")

        condition = check_media_condition(d.pop("condition"))

        price = d.pop("price")

        status = check_listing_fields_status(d.pop("status"))

        _sleeve_condition = d.pop("sleeve_condition", UNSET)
        sleeve_condition: SleeveCondition | Unset
        if isinstance(_sleeve_condition, Unset):
            sleeve_condition = UNSET
        else:
            sleeve_condition = check_sleeve_condition(_sleeve_condition)

        comments = d.pop("comments", UNSET)

        allow_offers = d.pop("allow_offers", UNSET)

        external_id = d.pop("external_id", UNSET)

        location = d.pop("location", UNSET)

        def _parse_weight(data: object) -> float | Literal["auto"] | Unset:
            if isinstance(data, Unset):
                return data
            componentsschemas_auto_or_number_type_1 = cast(Literal["auto"], data)
            if componentsschemas_auto_or_number_type_1 != "auto":
                raise ValueError(
                    f"/components/schemas/AutoOrNumber_type_1 must match const 'auto', got '{componentsschemas_auto_or_number_type_1}'"
                )
            return componentsschemas_auto_or_number_type_1
            return cast(float | Literal["auto"] | Unset, data)

        weight = _parse_weight(d.pop("weight", UNSET))

        def _parse_format_quantity(data: object) -> float | Literal["auto"] | Unset:
            if isinstance(data, Unset):
                return data
            componentsschemas_auto_or_number_type_1 = cast(Literal["auto"], data)
            if componentsschemas_auto_or_number_type_1 != "auto":
                raise ValueError(
                    f"/components/schemas/AutoOrNumber_type_1 must match const 'auto', got '{componentsschemas_auto_or_number_type_1}'"
                )
            return componentsschemas_auto_or_number_type_1
            return cast(float | Literal["auto"] | Unset, data)

        format_quantity = _parse_format_quantity(d.pop("format_quantity", UNSET))

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
