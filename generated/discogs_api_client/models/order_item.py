from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from .. import decoding as _decoding
from .. import readable as _readable
from ..models.media_condition import MediaCondition
from ..models.sleeve_condition import SleeveCondition
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.money import Money
    from ..models.order_item_release import OrderItemRelease


T = TypeVar("T", bound="OrderItem")


class OrderItem:
    """An item of an order; its `id` is the listing's id.

    Attributes:
        id (int):
        release (OrderItemRelease): The release an order item is a copy of.
        price (Money): An amount of money in a currency.
        media_condition (MediaCondition | str | Unset): The media's condition. The live API may send values not listed
            in `MediaCondition`; they are kept as sent.
        sleeve_condition (SleeveCondition | str | Unset): The sleeve's condition. The live API may send values not
            listed in `SleeveCondition`; they are kept as sent.
    """

    __slots__ = (
        "__weakref__",
        "_problems",
        "additional_properties",
        "id",
        "media_condition",
        "price",
        "release",
        "sleeve_condition",
    )
    __match_args__ = (
        "id",
        "release",
        "price",
        "media_condition",
        "sleeve_condition",
    )

    id: int
    release: OrderItemRelease
    price: Money
    media_condition: MediaCondition | str | Unset
    sleeve_condition: SleeveCondition | str | Unset
    additional_properties: dict[str, Any]
    # What did not match the API description when this was decoded (see decoding.problems).
    _problems: tuple[_decoding.Problem, ...]
    # (attribute, JSON key) of each field, for to_dict.
    _fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("id", "id"),
        ("release", "release"),
        ("price", "price"),
        ("media_condition", "media_condition"),
        ("sleeve_condition", "sleeve_condition"),
    )

    def __init__(
        self,
        id: int,
        release: OrderItemRelease,
        price: Money,
        media_condition: MediaCondition | str | Unset = UNSET,
        sleeve_condition: SleeveCondition | str | Unset = UNSET,
    ) -> None:
        self.id = id
        self.release = release
        self.price = price
        self.media_condition = media_condition
        self.sleeve_condition = sleeve_condition
        self.additional_properties = {}
        self._problems = ()

    # The fields and unknown keys, not the problems. Defining __eq__ leaves __hash__ None: a
    # model is mutable, so unhashable.
    def __eq__(self, other: object) -> bool:
        if not isinstance(other, OrderItem) or other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.id,
            self.release,
            self.price,
            self.media_condition,
            self.sleeve_condition,
            self.additional_properties,
        ) == (
            other.id,
            other.release,
            other.price,
            other.media_condition,
            other.sleeve_condition,
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
                f"OrderItem is decoded from a JSON object, not {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        _found: list[_decoding.Problem] = []
        id: Any = d.pop("id", UNSET)
        if id.__class__ is not int:
            _decoding.mismatch(_found, ("id",), "integer", id)
        release: Any = d.pop("release", UNSET)
        if isinstance(release, dict):
            release = OrderItemRelease.from_dict(release)
            if release._problems:
                _decoding.adopt(_found, ("release",), release._problems)
        else:
            _decoding.mismatch(_found, ("release",), "object (OrderItemRelease)", release)
        price: Any = d.pop("price", UNSET)
        if isinstance(price, dict):
            price = Money.from_dict(price)
            if price._problems:
                _decoding.adopt(_found, ("price",), price._problems)
        else:
            _decoding.mismatch(_found, ("price",), "object (Money)", price)
        media_condition: Any = d.pop("media_condition", UNSET)
        if isinstance(media_condition, str):
            pass
        elif media_condition is not UNSET:
            _decoding.unlisted(
                _found,
                ("media_condition",),
                "one of Fair (F), Good (G), Good Plus (G+), Mint (M), Near Mint (NM or M-), Poor (P), Very Good (VG), Very Good Plus (VG+) or string",
                media_condition,
            )
        sleeve_condition: Any = d.pop("sleeve_condition", UNSET)
        if isinstance(sleeve_condition, str):
            pass
        elif sleeve_condition is not UNSET:
            _decoding.unlisted(
                _found,
                ("sleeve_condition",),
                "one of Fair (F), Generic, Good (G), Good Plus (G+), Mint (M), Near Mint (NM or M-), No Cover, Not Graded, Poor (P), Very Good (VG), Very Good Plus (VG+) or string",
                sleeve_condition,
            )
        order_item = cls(
            id=id,
            release=release,
            price=price,
            media_condition=media_condition,
            sleeve_condition=sleeve_condition,
        )
        order_item.additional_properties = d
        if _found:
            order_item._problems = tuple(_found)
        return order_item

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
from ..models.money import Money  # noqa: E402
from ..models.order_item_release import OrderItemRelease  # noqa: E402
