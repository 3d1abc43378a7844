from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from .. import decoding as _decoding
from .. import readable as _readable
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.money import Money


T = TypeVar("T", bound="MarketplaceStats")


class MarketplaceStats:
    """A release's Marketplace statistics. `lowest_price` is null when nothing is for sale; both it and `num_for_sale` are
    null when the release is blocked from sale. `blocked_from_sale` is absent from older answers (seen in 2019).

        Attributes:
            lowest_price (Money | None):
            num_for_sale (int | None):
            blocked_from_sale (bool | Unset):
    """

    __slots__ = (
        "__weakref__",
        "_problems",
        "additional_properties",
        "blocked_from_sale",
        "lowest_price",
        "num_for_sale",
    )
    __match_args__ = (
        "lowest_price",
        "num_for_sale",
        "blocked_from_sale",
    )

    lowest_price: Money | None
    num_for_sale: int | None
    blocked_from_sale: bool | Unset
    additional_properties: dict[str, Any]
    # What did not match the API description when this was decoded (see decoding.problems).
    _problems: tuple[_decoding.Problem, ...]
    # (attribute, JSON key) of each field, for to_dict.
    _fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("lowest_price", "lowest_price"),
        ("num_for_sale", "num_for_sale"),
        ("blocked_from_sale", "blocked_from_sale"),
    )

    def __init__(
        self,
        lowest_price: Money | None,
        num_for_sale: int | None,
        blocked_from_sale: bool | Unset = UNSET,
    ) -> None:
        self.lowest_price = lowest_price
        self.num_for_sale = num_for_sale
        self.blocked_from_sale = blocked_from_sale
        self.additional_properties = {}
        self._problems = ()

    # The fields and unknown keys, not the problems. Defining __eq__ leaves __hash__ None: a
    # model is mutable, so unhashable.
    def __eq__(self, other: object) -> bool:
        if not isinstance(other, MarketplaceStats) or other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.lowest_price,
            self.num_for_sale,
            self.blocked_from_sale,
            self.additional_properties,
        ) == (
            other.lowest_price,
            other.num_for_sale,
            other.blocked_from_sale,
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
                f"MarketplaceStats is decoded from a JSON object, not {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        _found: list[_decoding.Problem] = []
        lowest_price: Any = d.pop("lowest_price", UNSET)
        if isinstance(lowest_price, dict):
            lowest_price = Money.from_dict(lowest_price)
            if lowest_price._problems:
                _decoding.adopt(_found, ("lowest_price",), lowest_price._problems)
        elif lowest_price is None:
            pass
        else:
            _decoding.mismatch(_found, ("lowest_price",), "object (Money) or null", lowest_price)
        num_for_sale: Any = d.pop("num_for_sale", UNSET)
        if num_for_sale.__class__ is int or num_for_sale is None:
            pass
        else:
            _decoding.mismatch(_found, ("num_for_sale",), "integer or null", num_for_sale)
        blocked_from_sale: Any = d.pop("blocked_from_sale", UNSET)
        if blocked_from_sale.__class__ is not bool and blocked_from_sale is not UNSET:
            _decoding.mismatch(_found, ("blocked_from_sale",), "boolean", blocked_from_sale)
        marketplace_stats = cls(
            lowest_price=lowest_price,
            num_for_sale=num_for_sale,
            blocked_from_sale=blocked_from_sale,
        )
        marketplace_stats.additional_properties = d
        if _found:
            marketplace_stats._problems = tuple(_found)
        return marketplace_stats

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
