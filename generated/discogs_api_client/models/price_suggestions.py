from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from .. import decoding as _decoding
from .. import readable as _readable

if TYPE_CHECKING:
    from ..models.money import Money


T = TypeVar("T", bound="PriceSuggestions")


class PriceSuggestions:
    """Suggested prices keyed by media condition (`Mint (M)`, ...), in the user's selling currency; `{}` when there are
    none.

    """

    __slots__ = (
        "__weakref__",
        "_problems",
        "additional_properties",
    )
    __match_args__ = ()

    additional_properties: dict[str, Money]
    # What did not match the API description when this was decoded (see decoding.problems).
    _problems: tuple[_decoding.Problem, ...]
    # (attribute, JSON key) of each field, for to_dict.
    _fields: ClassVar[tuple[tuple[str, str], ...]] = ()

    def __init__(
        self,
    ) -> None:
        self.additional_properties = {}
        self._problems = ()

    # The fields and unknown keys, not the problems. Defining __eq__ leaves __hash__ None: a
    # model is mutable, so unhashable.
    def __eq__(self, other: object) -> bool:
        if not isinstance(other, PriceSuggestions) or other.__class__ is not self.__class__:
            return NotImplemented
        return (self.additional_properties,) == (other.additional_properties,)

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
                f"PriceSuggestions is decoded from a JSON object, not {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        _found: list[_decoding.Problem] = []
        price_suggestions = cls()
        additional_properties: dict[str, Any] = {}
        for _key, _value in d.items():
            if isinstance(_value, dict):
                _value = Money.from_dict(_value)
                if _value._problems:
                    _decoding.adopt(_found, (_key,), _value._problems)
            else:
                _decoding.mismatch(_found, (_key,), "object (Money)", _value)
            additional_properties[_key] = _value
        price_suggestions.additional_properties = additional_properties
        if _found:
            price_suggestions._problems = tuple(_found)
        return price_suggestions

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Money:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Money) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


# The models this one holds, imported once the class exists (models refer to each other in
# cycles): from_dict finds them here instead of importing them on every call.
from ..models.money import Money  # noqa: E402
