from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from .. import decoding as _decoding
from .. import readable as _readable
from ..types import UNSET, Unset

T = TypeVar("T", bound="PaginationUrls")


class PaginationUrls:
    """Links to other pages; only the links that exist are present (`{}` on a single page). A `next` link has been seen
    pointing back at page 1: walk page numbers instead of following it.

        Attributes:
            first (str | Unset):
            prev (str | Unset):
            next_ (str | Unset):
            last (str | Unset):
    """

    __slots__ = (
        "__weakref__",
        "_problems",
        "additional_properties",
        "first",
        "last",
        "next_",
        "prev",
    )
    __match_args__ = (
        "first",
        "prev",
        "next_",
        "last",
    )

    first: str | Unset
    prev: str | Unset
    next_: str | Unset
    last: str | Unset
    additional_properties: dict[str, Any]
    # What did not match the API description when this was decoded (see decoding.problems).
    _problems: tuple[_decoding.Problem, ...]
    # (attribute, JSON key) of each field, for to_dict.
    _fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("first", "first"),
        ("prev", "prev"),
        ("next_", "next"),
        ("last", "last"),
    )

    def __init__(
        self,
        first: str | Unset = UNSET,
        prev: str | Unset = UNSET,
        next_: str | Unset = UNSET,
        last: str | Unset = UNSET,
    ) -> None:
        self.first = first
        self.prev = prev
        self.next_ = next_
        self.last = last
        self.additional_properties = {}
        self._problems = ()

    # The fields and unknown keys, not the problems. Defining __eq__ leaves __hash__ None: a
    # model is mutable, so unhashable.
    def __eq__(self, other: object) -> bool:
        if not isinstance(other, PaginationUrls) or other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.first,
            self.prev,
            self.next_,
            self.last,
            self.additional_properties,
        ) == (
            other.first,
            other.prev,
            other.next_,
            other.last,
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
                f"PaginationUrls is decoded from a JSON object, not {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        _found: list[_decoding.Problem] = []
        first: Any = d.pop("first", UNSET)
        if not (isinstance(first, str)) and first is not UNSET:
            _decoding.mismatch(_found, ("first",), "string", first)
        prev: Any = d.pop("prev", UNSET)
        if not (isinstance(prev, str)) and prev is not UNSET:
            _decoding.mismatch(_found, ("prev",), "string", prev)
        next_: Any = d.pop("next", UNSET)
        if not (isinstance(next_, str)) and next_ is not UNSET:
            _decoding.mismatch(_found, ("next",), "string", next_)
        last: Any = d.pop("last", UNSET)
        if not (isinstance(last, str)) and last is not UNSET:
            _decoding.mismatch(_found, ("last",), "string", last)
        pagination_urls = cls(
            first=first,
            prev=prev,
            next_=next_,
            last=last,
        )
        pagination_urls.additional_properties = d
        if _found:
            pagination_urls._problems = tuple(_found)
        return pagination_urls

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
