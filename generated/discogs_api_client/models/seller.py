from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import decoding as _decoding
from .. import readable as _readable
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.seller_stats import SellerStats


T = TypeVar("T", bound="Seller")


@_attrs_define(repr=False)
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
    # What did not match the API description when this was decoded (see decoding.problems).
    _problems: tuple[_decoding.Problem, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    # (attribute, JSON key) of each field, for to_dict.
    _fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("id", "id"),
        ("username", "username"),
        ("resource_url", "resource_url"),
        ("url", "url"),
        ("avatar_url", "avatar_url"),
        ("html_url", "html_url"),
        ("shipping", "shipping"),
        ("payment", "payment"),
        ("stats", "stats"),
        ("is_mp2020_seller", "is_mp2020_seller"),
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
            raise TypeError(f"Seller is decoded from a JSON object, not {type(src_dict).__name__}")
        d = dict(src_dict)
        _found: list[_decoding.Problem] = []
        id: Any = d.pop("id", UNSET)
        if id.__class__ is not int:
            _decoding.mismatch(_found, ("id",), "integer", id)
        username: Any = d.pop("username", UNSET)
        if not (isinstance(username, str)):
            _decoding.mismatch(_found, ("username",), "string", username)
        resource_url: Any = d.pop("resource_url", UNSET)
        if not (isinstance(resource_url, str)):
            _decoding.mismatch(_found, ("resource_url",), "string", resource_url)
        url: Any = d.pop("url", UNSET)
        if not (isinstance(url, str)) and url is not UNSET:
            _decoding.mismatch(_found, ("url",), "string", url)
        avatar_url: Any = d.pop("avatar_url", UNSET)
        if not (isinstance(avatar_url, str)) and avatar_url is not UNSET:
            _decoding.mismatch(_found, ("avatar_url",), "string", avatar_url)
        html_url: Any = d.pop("html_url", UNSET)
        if not (isinstance(html_url, str)) and html_url is not UNSET:
            _decoding.mismatch(_found, ("html_url",), "string", html_url)
        shipping: Any = d.pop("shipping", UNSET)
        if not (isinstance(shipping, str)) and shipping is not UNSET:
            _decoding.mismatch(_found, ("shipping",), "string", shipping)
        payment: Any = d.pop("payment", UNSET)
        if not (isinstance(payment, str)) and payment is not UNSET:
            _decoding.mismatch(_found, ("payment",), "string", payment)
        stats: Any = d.pop("stats", UNSET)
        if isinstance(stats, dict):
            stats = SellerStats.from_dict(stats)
            if stats._problems:
                _decoding.adopt(_found, ("stats",), stats._problems)
        elif stats is not UNSET:
            _decoding.mismatch(_found, ("stats",), "object (SellerStats)", stats)
        is_mp2020_seller: Any = d.pop("is_mp2020_seller", UNSET)
        if is_mp2020_seller.__class__ is not bool and is_mp2020_seller is not UNSET:
            _decoding.mismatch(_found, ("is_mp2020_seller",), "boolean", is_mp2020_seller)
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
        if _found:
            seller._problems = tuple(_found)
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


# The models this one holds, imported once the class exists (models refer to each other in
# cycles): from_dict finds them here instead of importing them on every call.
from ..models.seller_stats import SellerStats  # noqa: E402
