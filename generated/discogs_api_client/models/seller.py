from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.seller_stats import SellerStats


T = TypeVar("T", bound="Seller")


@_attrs_define
class Seller:
    """The seller of a listing. A single listing also carries the seller's terms.

    Attributes:
        id (int):
        username (str):
        resource_url (str):
        url (str | Unset):
        avatar_url (str | Unset):
        html_url (str | Unset):
        shipping (str | Unset): The seller's shipping terms.
        payment (str | Unset): The payment methods the seller accepts.
        stats (SellerStats | Unset): A seller's feedback.
        is_mp2020_seller (bool | Unset): Undocumented; sent by the live API on listings.
    """

    id: int
    username: str
    resource_url: str
    url: str | Unset = UNSET
    avatar_url: str | Unset = UNSET
    html_url: str | Unset = UNSET
    shipping: str | Unset = UNSET
    payment: str | Unset = UNSET
    stats: SellerStats | Unset = UNSET
    is_mp2020_seller: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        username = self.username

        resource_url = self.resource_url

        url = self.url

        avatar_url = self.avatar_url

        html_url = self.html_url

        shipping = self.shipping

        payment = self.payment

        stats: dict[str, Any] | Unset = UNSET
        if not isinstance(self.stats, Unset):
            stats = self.stats.to_dict()

        is_mp2020_seller = self.is_mp2020_seller

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "username": username,
                "resource_url": resource_url,
            }
        )
        if url is not UNSET:
            field_dict["url"] = url
        if avatar_url is not UNSET:
            field_dict["avatar_url"] = avatar_url
        if html_url is not UNSET:
            field_dict["html_url"] = html_url
        if shipping is not UNSET:
            field_dict["shipping"] = shipping
        if payment is not UNSET:
            field_dict["payment"] = payment
        if stats is not UNSET:
            field_dict["stats"] = stats
        if is_mp2020_seller is not UNSET:
            field_dict["is_mp2020_seller"] = is_mp2020_seller

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.seller_stats import SellerStats

        d = dict(src_dict)
        id = d.pop("id")

        username = d.pop("username")

        resource_url = d.pop("resource_url")

        url = d.pop("url", UNSET)

        avatar_url = d.pop("avatar_url", UNSET)

        html_url = d.pop("html_url", UNSET)

        shipping = d.pop("shipping", UNSET)

        payment = d.pop("payment", UNSET)

        _stats = d.pop("stats", UNSET)
        stats: SellerStats | Unset
        if isinstance(_stats, Unset):
            stats = UNSET
        else:
            stats = SellerStats.from_dict(_stats)

        is_mp2020_seller = d.pop("is_mp2020_seller", UNSET)

        seller = cls(
            id=id,
            username=username,
            resource_url=resource_url,
            url=url,
            avatar_url=avatar_url,
            html_url=html_url,
            shipping=shipping,
            payment=payment,
            stats=stats,
            is_mp2020_seller=is_mp2020_seller,
        )

        seller.additional_properties = d
        return seller

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
