from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from .. import decoding as _decoding
from .. import readable as _readable
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.seller_stats import SellerStats


T = TypeVar("T", bound="Seller")


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

    __slots__ = (
        "__weakref__",
        "_problems",
        "additional_properties",
        "avatar_url",
        "html_url",
        "id",
        "is_mp2020_seller",
        "payment",
        "resource_url",
        "shipping",
        "stats",
        "url",
        "username",
    )
    __match_args__ = (
        "id",
        "username",
        "resource_url",
        "url",
        "avatar_url",
        "html_url",
        "shipping",
        "payment",
        "stats",
        "is_mp2020_seller",
    )

    id: int
    username: str
    resource_url: str
    url: str | Unset
    avatar_url: str | Unset
    html_url: str | Unset
    shipping: str | Unset
    payment: str | Unset
    stats: SellerStats | Unset
    is_mp2020_seller: bool | Unset
    additional_properties: dict[str, Any]
    # What did not match the API description when this was decoded (see decoding.problems).
    _problems: tuple[_decoding.Problem, ...]
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

    def __init__(
        self,
        id: int,
        username: str,
        resource_url: str,
        url: str | Unset = UNSET,
        avatar_url: str | Unset = UNSET,
        html_url: str | Unset = UNSET,
        shipping: str | Unset = UNSET,
        payment: str | Unset = UNSET,
        stats: SellerStats | Unset = UNSET,
        is_mp2020_seller: bool | Unset = UNSET,
    ) -> None:
        self.id = id
        self.username = username
        self.resource_url = resource_url
        self.url = url
        self.avatar_url = avatar_url
        self.html_url = html_url
        self.shipping = shipping
        self.payment = payment
        self.stats = stats
        self.is_mp2020_seller = is_mp2020_seller
        self.additional_properties = {}
        self._problems = ()

    # The fields and unknown keys, not the problems. Defining __eq__ leaves __hash__ None: a
    # model is mutable, so unhashable.
    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Seller) or other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.id,
            self.username,
            self.resource_url,
            self.url,
            self.avatar_url,
            self.html_url,
            self.shipping,
            self.payment,
            self.stats,
            self.is_mp2020_seller,
            self.additional_properties,
        ) == (
            other.id,
            other.username,
            other.resource_url,
            other.url,
            other.avatar_url,
            other.html_url,
            other.shipping,
            other.payment,
            other.stats,
            other.is_mp2020_seller,
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
