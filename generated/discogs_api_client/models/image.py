from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from .. import decoding as _decoding
from .. import readable as _readable
from ..types import UNSET, Unset

T = TypeVar("T", bound="Image")


class Image:
    """An image. URLs are signed: fetch them exactly as given; they need no API credentials. Unless the request that
    returned them was authenticated they are blank (`""`) or absent, so `uri`, `uri150` and `resource_url` are not
    required.

        Attributes:
            type_ (str): `primary` or `secondary`.
            width (int):
            height (int):
            uri (str | Unset):
            resource_url (str | Unset):
            uri150 (str | Unset):
    """

    __slots__ = (
        "__weakref__",
        "_problems",
        "additional_properties",
        "height",
        "resource_url",
        "type_",
        "uri",
        "uri150",
        "width",
    )
    __match_args__ = (
        "type_",
        "width",
        "height",
        "uri",
        "resource_url",
        "uri150",
    )

    type_: str
    width: int
    height: int
    uri: str | Unset
    resource_url: str | Unset
    uri150: str | Unset
    additional_properties: dict[str, Any]
    # What did not match the API description when this was decoded (see decoding.problems).
    _problems: tuple[_decoding.Problem, ...]
    # (attribute, JSON key) of each field, for to_dict.
    _fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("type_", "type"),
        ("width", "width"),
        ("height", "height"),
        ("uri", "uri"),
        ("resource_url", "resource_url"),
        ("uri150", "uri150"),
    )

    def __init__(
        self,
        type_: str,
        width: int,
        height: int,
        uri: str | Unset = UNSET,
        resource_url: str | Unset = UNSET,
        uri150: str | Unset = UNSET,
    ) -> None:
        self.type_ = type_
        self.width = width
        self.height = height
        self.uri = uri
        self.resource_url = resource_url
        self.uri150 = uri150
        self.additional_properties = {}
        self._problems = ()

    # The fields and unknown keys, not the problems. Defining __eq__ leaves __hash__ None: a
    # model is mutable, so unhashable.
    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Image) or other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.type_,
            self.width,
            self.height,
            self.uri,
            self.resource_url,
            self.uri150,
            self.additional_properties,
        ) == (
            other.type_,
            other.width,
            other.height,
            other.uri,
            other.resource_url,
            other.uri150,
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
            raise TypeError(f"Image is decoded from a JSON object, not {type(src_dict).__name__}")
        d = dict(src_dict)
        _found: list[_decoding.Problem] = []
        type_: Any = d.pop("type", UNSET)
        if not (isinstance(type_, str)):
            _decoding.mismatch(_found, ("type",), "string", type_)
        width: Any = d.pop("width", UNSET)
        if width.__class__ is not int:
            _decoding.mismatch(_found, ("width",), "integer", width)
        height: Any = d.pop("height", UNSET)
        if height.__class__ is not int:
            _decoding.mismatch(_found, ("height",), "integer", height)
        uri: Any = d.pop("uri", UNSET)
        if not (isinstance(uri, str)) and uri is not UNSET:
            _decoding.mismatch(_found, ("uri",), "string", uri)
        resource_url: Any = d.pop("resource_url", UNSET)
        if not (isinstance(resource_url, str)) and resource_url is not UNSET:
            _decoding.mismatch(_found, ("resource_url",), "string", resource_url)
        uri150: Any = d.pop("uri150", UNSET)
        if not (isinstance(uri150, str)) and uri150 is not UNSET:
            _decoding.mismatch(_found, ("uri150",), "string", uri150)
        image = cls(
            type_=type_,
            width=width,
            height=height,
            uri=uri,
            resource_url=resource_url,
            uri150=uri150,
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
