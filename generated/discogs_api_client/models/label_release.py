from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from .. import decoding as _decoding
from .. import readable as _readable
from ..types import UNSET, Unset

T = TypeVar("T", bound="LabelRelease")


class LabelRelease:
    """A release on a label.

    Attributes:
        id (int):
        title (str):
        resource_url (str):
        artist (str):
        catno (str):
        format_ (str):
        status (str):
        year (int):
        thumb (str | Unset):
    """

    __slots__ = (
        "__weakref__",
        "_problems",
        "additional_properties",
        "artist",
        "catno",
        "format_",
        "id",
        "resource_url",
        "status",
        "thumb",
        "title",
        "year",
    )
    __match_args__ = (
        "id",
        "title",
        "resource_url",
        "artist",
        "catno",
        "format_",
        "status",
        "year",
        "thumb",
    )

    id: int
    title: str
    resource_url: str
    artist: str
    catno: str
    format_: str
    status: str
    year: int
    thumb: str | Unset
    additional_properties: dict[str, Any]
    # What did not match the API description when this was decoded (see decoding.problems).
    _problems: tuple[_decoding.Problem, ...]
    # (attribute, JSON key) of each field, for to_dict.
    _fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("id", "id"),
        ("title", "title"),
        ("resource_url", "resource_url"),
        ("artist", "artist"),
        ("catno", "catno"),
        ("format_", "format"),
        ("status", "status"),
        ("year", "year"),
        ("thumb", "thumb"),
    )

    def __init__(
        self,
        id: int,
        title: str,
        resource_url: str,
        artist: str,
        catno: str,
        format_: str,
        status: str,
        year: int,
        thumb: str | Unset = UNSET,
    ) -> None:
        self.id = id
        self.title = title
        self.resource_url = resource_url
        self.artist = artist
        self.catno = catno
        self.format_ = format_
        self.status = status
        self.year = year
        self.thumb = thumb
        self.additional_properties = {}
        self._problems = ()

    # The fields and unknown keys, not the problems. Defining __eq__ leaves __hash__ None: a
    # model is mutable, so unhashable.
    def __eq__(self, other: object) -> bool:
        if not isinstance(other, LabelRelease) or other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.id,
            self.title,
            self.resource_url,
            self.artist,
            self.catno,
            self.format_,
            self.status,
            self.year,
            self.thumb,
            self.additional_properties,
        ) == (
            other.id,
            other.title,
            other.resource_url,
            other.artist,
            other.catno,
            other.format_,
            other.status,
            other.year,
            other.thumb,
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
                f"LabelRelease is decoded from a JSON object, not {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        _found: list[_decoding.Problem] = []
        id: Any = d.pop("id", UNSET)
        if id.__class__ is not int:
            _decoding.mismatch(_found, ("id",), "integer", id)
        title: Any = d.pop("title", UNSET)
        if not (isinstance(title, str)):
            _decoding.mismatch(_found, ("title",), "string", title)
        resource_url: Any = d.pop("resource_url", UNSET)
        if not (isinstance(resource_url, str)):
            _decoding.mismatch(_found, ("resource_url",), "string", resource_url)
        artist: Any = d.pop("artist", UNSET)
        if not (isinstance(artist, str)):
            _decoding.mismatch(_found, ("artist",), "string", artist)
        catno: Any = d.pop("catno", UNSET)
        if not (isinstance(catno, str)):
            _decoding.mismatch(_found, ("catno",), "string", catno)
        format_: Any = d.pop("format", UNSET)
        if not (isinstance(format_, str)):
            _decoding.mismatch(_found, ("format",), "string", format_)
        status: Any = d.pop("status", UNSET)
        if not (isinstance(status, str)):
            _decoding.mismatch(_found, ("status",), "string", status)
        year: Any = d.pop("year", UNSET)
        if year.__class__ is not int:
            _decoding.mismatch(_found, ("year",), "integer", year)
        thumb: Any = d.pop("thumb", UNSET)
        if not (isinstance(thumb, str)) and thumb is not UNSET:
            _decoding.mismatch(_found, ("thumb",), "string", thumb)
        label_release = cls(
            id=id,
            title=title,
            resource_url=resource_url,
            artist=artist,
            catno=catno,
            format_=format_,
            status=status,
            year=year,
            thumb=thumb,
        )
        label_release.additional_properties = d
        if _found:
            label_release._problems = tuple(_found)
        return label_release

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
