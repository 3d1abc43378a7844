from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from .. import decoding as _decoding
from .. import readable as _readable
from ..types import UNSET, Unset

T = TypeVar("T", bound="ListingRelease")


class ListingRelease:
    """The release a listing sells, in brief.

    Attributes:
        id (int):
        description (str): "Artist - Title (Format)" in one string.
        resource_url (str):
        catalog_number (str):
        year (int): The year of release; 0 when unknown.
        thumbnail (str | Unset): An image URL; empty unless the request is authenticated.
        artist (str | Unset):
        title (str | Unset):
        format_ (str | Unset):
    """

    __slots__ = (
        "__weakref__",
        "_problems",
        "additional_properties",
        "artist",
        "catalog_number",
        "description",
        "format_",
        "id",
        "resource_url",
        "thumbnail",
        "title",
        "year",
    )
    __match_args__ = (
        "id",
        "description",
        "resource_url",
        "catalog_number",
        "year",
        "thumbnail",
        "artist",
        "title",
        "format_",
    )

    id: int
    description: str
    resource_url: str
    catalog_number: str
    year: int
    thumbnail: str | Unset
    artist: str | Unset
    title: str | Unset
    format_: str | Unset
    additional_properties: dict[str, Any]
    # What did not match the API description when this was decoded (see decoding.problems).
    _problems: tuple[_decoding.Problem, ...]
    # (attribute, JSON key) of each field, for to_dict.
    _fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("id", "id"),
        ("description", "description"),
        ("resource_url", "resource_url"),
        ("catalog_number", "catalog_number"),
        ("year", "year"),
        ("thumbnail", "thumbnail"),
        ("artist", "artist"),
        ("title", "title"),
        ("format_", "format"),
    )

    def __init__(
        self,
        id: int,
        description: str,
        resource_url: str,
        catalog_number: str,
        year: int,
        thumbnail: str | Unset = UNSET,
        artist: str | Unset = UNSET,
        title: str | Unset = UNSET,
        format_: str | Unset = UNSET,
    ) -> None:
        self.id = id
        self.description = description
        self.resource_url = resource_url
        self.catalog_number = catalog_number
        self.year = year
        self.thumbnail = thumbnail
        self.artist = artist
        self.title = title
        self.format_ = format_
        self.additional_properties = {}
        self._problems = ()

    # The fields and unknown keys, not the problems. Defining __eq__ leaves __hash__ None: a
    # model is mutable, so unhashable.
    def __eq__(self, other: object) -> bool:
        if not isinstance(other, ListingRelease) or other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.id,
            self.description,
            self.resource_url,
            self.catalog_number,
            self.year,
            self.thumbnail,
            self.artist,
            self.title,
            self.format_,
            self.additional_properties,
        ) == (
            other.id,
            other.description,
            other.resource_url,
            other.catalog_number,
            other.year,
            other.thumbnail,
            other.artist,
            other.title,
            other.format_,
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
                f"ListingRelease is decoded from a JSON object, not {type(src_dict).__name__}"
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
        if not (isinstance(resource_url, str)):
            _decoding.mismatch(_found, ("resource_url",), "string", resource_url)
        catalog_number: Any = d.pop("catalog_number", UNSET)
        if not (isinstance(catalog_number, str)):
            _decoding.mismatch(_found, ("catalog_number",), "string", catalog_number)
        year: Any = d.pop("year", UNSET)
        if year.__class__ is not int:
            _decoding.mismatch(_found, ("year",), "integer", year)
        thumbnail: Any = d.pop("thumbnail", UNSET)
        if not (isinstance(thumbnail, str)) and thumbnail is not UNSET:
            _decoding.mismatch(_found, ("thumbnail",), "string", thumbnail)
        artist: Any = d.pop("artist", UNSET)
        if not (isinstance(artist, str)) and artist is not UNSET:
            _decoding.mismatch(_found, ("artist",), "string", artist)
        title: Any = d.pop("title", UNSET)
        if not (isinstance(title, str)) and title is not UNSET:
            _decoding.mismatch(_found, ("title",), "string", title)
        format_: Any = d.pop("format", UNSET)
        if not (isinstance(format_, str)) and format_ is not UNSET:
            _decoding.mismatch(_found, ("format",), "string", format_)
        listing_release = cls(
            id=id,
            description=description,
            resource_url=resource_url,
            catalog_number=catalog_number,
            year=year,
            thumbnail=thumbnail,
            artist=artist,
            title=title,
            format_=format_,
        )
        listing_release.additional_properties = d
        if _found:
            listing_release._problems = tuple(_found)
        return listing_release

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
