from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from .. import decoding as _decoding
from .. import readable as _readable
from ..types import UNSET, Unset

T = TypeVar("T", bound="OrderItemRelease")


class OrderItemRelease:
    """The release an order item is a copy of.

    Attributes:
        id (int):
        description (str):
        resource_url (str | Unset):
        thumbnail (str | Unset):
    """

    __slots__ = (
        "__weakref__",
        "_problems",
        "additional_properties",
        "description",
        "id",
        "resource_url",
        "thumbnail",
    )
    __match_args__ = (
        "id",
        "description",
        "resource_url",
        "thumbnail",
    )

    id: int
    description: str
    resource_url: str | Unset
    thumbnail: str | Unset
    additional_properties: dict[str, Any]
    # What did not match the API description when this was decoded (see decoding.problems).
    _problems: tuple[_decoding.Problem, ...]
    # (attribute, JSON key) of each field, for to_dict.
    _fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("id", "id"),
        ("description", "description"),
        ("resource_url", "resource_url"),
        ("thumbnail", "thumbnail"),
    )

    def __init__(
        self,
        id: int,
        description: str,
        resource_url: str | Unset = UNSET,
        thumbnail: str | Unset = UNSET,
    ) -> None:
        self.id = id
        self.description = description
        self.resource_url = resource_url
        self.thumbnail = thumbnail
        self.additional_properties = {}
        self._problems = ()

    # The fields and unknown keys, not the problems. Defining __eq__ leaves __hash__ None: a
    # model is mutable, so unhashable.
    def __eq__(self, other: object) -> bool:
        if not isinstance(other, OrderItemRelease) or other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.id,
            self.description,
            self.resource_url,
            self.thumbnail,
            self.additional_properties,
        ) == (
            other.id,
            other.description,
            other.resource_url,
            other.thumbnail,
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
                f"OrderItemRelease is decoded from a JSON object, not {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        _found: list[_decoding.Problem] = []
        id: Any = d.pop("id", UNSET)
        if id.__class__ is not int:
            _decoding.mismatch(_found, ("id",), "integer", id)
        description: Any = d.pop("description", UNSET)
        if not (isinstance(description, str)):
            _decoding.mismatch(_found, ("description",), "string", description)
        resource_url: Any = d.pop("resource_url", UNSET)
        if not (isinstance(resource_url, str)) and resource_url is not UNSET:
            _decoding.mismatch(_found, ("resource_url",), "string", resource_url)
        thumbnail: Any = d.pop("thumbnail", UNSET)
        if not (isinstance(thumbnail, str)) and thumbnail is not UNSET:
            _decoding.mismatch(_found, ("thumbnail",), "string", thumbnail)
        order_item_release = cls(
            id=id,
            description=description,
            resource_url=resource_url,
            thumbnail=thumbnail,
        )
        order_item_release.additional_properties = d
        if _found:
            order_item_release._problems = tuple(_found)
        return order_item_release

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
