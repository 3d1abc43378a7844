from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import decoding as _decoding
from ..types import UNSET

T = TypeVar("T", bound="Image")


@_attrs_define
class Image:
    """An image. URLs are signed: fetch them exactly as given; they need no API credentials and are empty unless the
    request that returned them was authenticated.

        Attributes:
            type_ (str): `primary` or `secondary`.
            uri (str):
            resource_url (str):
            uri150 (str):
            width (int):
            height (int):
    """

    type_: str
    uri: str
    resource_url: str
    uri150: str
    width: int
    height: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # What did not match the API description when this was decoded (see decoding.problems).
    _problems: tuple[_decoding.Problem, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    # (attribute, JSON key) of each field, for to_dict.
    _fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("type_", "type"),
        ("uri", "uri"),
        ("resource_url", "resource_url"),
        ("uri150", "uri150"),
        ("width", "width"),
        ("height", "height"),
    )

    def to_dict(self) -> dict[str, Any]:
        return _decoding.to_dict(self, self._fields)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Decode a JSON object leniently; see `decoding.problems` for what did not match."""
        if src_dict.__class__ is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"Image is decoded from a JSON object, not {type(src_dict).__name__}")
        d = dict(src_dict)
        _found: list[_decoding.Problem] = []
        type_: Any = d.pop("type", UNSET)
        if not (isinstance(type_, str)):
            _decoding.mismatch(_found, ("type",), "string", type_)
        uri: Any = d.pop("uri", UNSET)
        if not (isinstance(uri, str)):
            _decoding.mismatch(_found, ("uri",), "string", uri)
        resource_url: Any = d.pop("resource_url", UNSET)
        if not (isinstance(resource_url, str)):
            _decoding.mismatch(_found, ("resource_url",), "string", resource_url)
        uri150: Any = d.pop("uri150", UNSET)
        if not (isinstance(uri150, str)):
            _decoding.mismatch(_found, ("uri150",), "string", uri150)
        width: Any = d.pop("width", UNSET)
        if width.__class__ is not int:
            _decoding.mismatch(_found, ("width",), "integer", width)
        height: Any = d.pop("height", UNSET)
        if height.__class__ is not int:
            _decoding.mismatch(_found, ("height",), "integer", height)
        image = cls(
            type_=type_,
            uri=uri,
            resource_url=resource_url,
            uri150=uri150,
            width=width,
            height=height,
        )
        image.additional_properties = d
        if _found:
            image._problems = tuple(_found)
        return image

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
