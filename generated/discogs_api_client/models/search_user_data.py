from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from .. import decoding as _decoding
from .. import readable as _readable
from ..types import UNSET

T = TypeVar("T", bound="SearchUserData")


class SearchUserData:
    """Whether the searching user has the result in their collection or wantlist.

    Attributes:
        in_wantlist (bool):
        in_collection (bool):
    """

    __slots__ = (
        "__weakref__",
        "_problems",
        "additional_properties",
        "in_collection",
        "in_wantlist",
    )
    __match_args__ = (
        "in_wantlist",
        "in_collection",
    )

    in_wantlist: bool
    in_collection: bool
    additional_properties: dict[str, Any]
    # What did not match the API description when this was decoded (see decoding.problems).
    _problems: tuple[_decoding.Problem, ...]
    # (attribute, JSON key) of each field, for to_dict.
    _fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("in_wantlist", "in_wantlist"),
        ("in_collection", "in_collection"),
    )

    def __init__(
        self,
        in_wantlist: bool,
        in_collection: bool,
    ) -> None:
        self.in_wantlist = in_wantlist
        self.in_collection = in_collection
        self.additional_properties = {}
        self._problems = ()

    # The fields and unknown keys, not the problems. Defining __eq__ leaves __hash__ None: a
    # model is mutable, so unhashable.
    def __eq__(self, other: object) -> bool:
        if not isinstance(other, SearchUserData) or other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.in_wantlist,
            self.in_collection,
            self.additional_properties,
        ) == (
            other.in_wantlist,
            other.in_collection,
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
                f"SearchUserData is decoded from a JSON object, not {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        _found: list[_decoding.Problem] = []
        in_wantlist: Any = d.pop("in_wantlist", UNSET)
        if in_wantlist.__class__ is not bool:
            _decoding.mismatch(_found, ("in_wantlist",), "boolean", in_wantlist)
        in_collection: Any = d.pop("in_collection", UNSET)
        if in_collection.__class__ is not bool:
            _decoding.mismatch(_found, ("in_collection",), "boolean", in_collection)
        search_user_data = cls(
            in_wantlist=in_wantlist,
            in_collection=in_collection,
        )
        search_user_data.additional_properties = d
        if _found:
            search_user_data._problems = tuple(_found)
        return search_user_data

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
