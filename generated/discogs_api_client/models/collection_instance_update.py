from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from .. import decoding as _decoding
from .. import readable as _readable
from ..types import UNSET, Unset

T = TypeVar("T", bound="CollectionInstanceUpdate")


class CollectionInstanceUpdate:
    """A new rating, a folder to move the instance to, or both.

    Attributes:
        rating (int | Unset): The rating, from 0 (unrated) to 5.
        folder_id (int | Unset): The folder to move the instance to.
    """

    __slots__ = (
        "__weakref__",
        "_problems",
        "additional_properties",
        "folder_id",
        "rating",
    )
    __match_args__ = (
        "rating",
        "folder_id",
    )

    rating: int | Unset
    folder_id: int | Unset
    additional_properties: dict[str, Any]
    # What did not match the API description when this was decoded (see decoding.problems).
    _problems: tuple[_decoding.Problem, ...]
    # (attribute, JSON key) of each field, for to_dict.
    _fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("rating", "rating"),
        ("folder_id", "folder_id"),
    )

    def __init__(
        self,
        rating: int | Unset = UNSET,
        folder_id: int | Unset = UNSET,
    ) -> None:
        self.rating = rating
        self.folder_id = folder_id
        self.additional_properties = {}
        self._problems = ()

    # The fields and unknown keys, not the problems. Defining __eq__ leaves __hash__ None: a
    # model is mutable, so unhashable.
    def __eq__(self, other: object) -> bool:
        if not isinstance(other, CollectionInstanceUpdate) or other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.rating,
            self.folder_id,
            self.additional_properties,
        ) == (
            other.rating,
            other.folder_id,
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
                f"CollectionInstanceUpdate is decoded from a JSON object, not {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        _found: list[_decoding.Problem] = []
        rating: Any = d.pop("rating", UNSET)
        if rating.__class__ is not int and rating is not UNSET:
            _decoding.mismatch(_found, ("rating",), "integer", rating)
        folder_id: Any = d.pop("folder_id", UNSET)
        if folder_id.__class__ is not int and folder_id is not UNSET:
            _decoding.mismatch(_found, ("folder_id",), "integer", folder_id)
        collection_instance_update = cls(
            rating=rating,
            folder_id=folder_id,
        )
        collection_instance_update.additional_properties = d
        if _found:
            collection_instance_update._problems = tuple(_found)
        return collection_instance_update

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
