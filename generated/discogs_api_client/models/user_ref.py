from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from .. import decoding as _decoding
from .. import readable as _readable
from ..types import UNSET

T = TypeVar("T", bound="UserRef")


class UserRef:
    """A reference to a Discogs user.

    Attributes:
        username (str):
        resource_url (str):
    """

    __slots__ = (
        "__weakref__",
        "_problems",
        "additional_properties",
        "resource_url",
        "username",
    )
    __match_args__ = (
        "username",
        "resource_url",
    )

    username: str
    resource_url: str
    additional_properties: dict[str, Any]
    # What did not match the API description when this was decoded (see decoding.problems).
    _problems: tuple[_decoding.Problem, ...]
    # (attribute, JSON key) of each field, for to_dict.
    _fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("username", "username"),
        ("resource_url", "resource_url"),
    )

    def __init__(
        self,
        username: str,
        resource_url: str,
    ) -> None:
        self.username = username
        self.resource_url = resource_url
        self.additional_properties = {}
        self._problems = ()

    # The fields and unknown keys, not the problems. Defining __eq__ leaves __hash__ None: a
    # model is mutable, so unhashable.
    def __eq__(self, other: object) -> bool:
        if not isinstance(other, UserRef) or other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.username,
            self.resource_url,
            self.additional_properties,
        ) == (
            other.username,
            other.resource_url,
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
            raise TypeError(f"UserRef is decoded from a JSON object, not {type(src_dict).__name__}")
        d = dict(src_dict)
        _found: list[_decoding.Problem] = []
        username: Any = d.pop("username", UNSET)
        if not (isinstance(username, str)):
            _decoding.mismatch(_found, ("username",), "string", username)
        resource_url: Any = d.pop("resource_url", UNSET)
        if not (isinstance(resource_url, str)):
            _decoding.mismatch(_found, ("resource_url",), "string", resource_url)
        user_ref = cls(
            username=username,
            resource_url=resource_url,
        )
        user_ref.additional_properties = d
        if _found:
            user_ref._problems = tuple(_found)
        return user_ref

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
