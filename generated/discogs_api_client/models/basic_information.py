from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from .. import decoding as _decoding
from .. import readable as _readable
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.artist_credit import ArtistCredit
    from ..models.company_credit import CompanyCredit
    from ..models.format_ import Format


T = TypeVar("T", bound="BasicInformation")


class BasicInformation:
    """The summary of a release that collection items and wants share. `master_id` is 0 and `master_url` null for a release
    without a master; image URLs are empty or null unless the request is authenticated.

        Attributes:
            id (int):
            title (str):
            year (int): The year of release; 0 when unknown.
            resource_url (str):
            thumb (None | str | Unset):
            cover_image (None | str | Unset):
            master_id (int | Unset):
            master_url (None | str | Unset):
            formats (list[Format] | Unset):
            labels (list[CompanyCredit] | Unset):
            artists (list[ArtistCredit] | Unset):
            genres (list[str] | Unset):
            styles (list[str] | Unset):
    """

    __slots__ = (
        "__weakref__",
        "_problems",
        "additional_properties",
        "artists",
        "cover_image",
        "formats",
        "genres",
        "id",
        "labels",
        "master_id",
        "master_url",
        "resource_url",
        "styles",
        "thumb",
        "title",
        "year",
    )
    __match_args__ = (
        "id",
        "title",
        "year",
        "resource_url",
        "thumb",
        "cover_image",
        "master_id",
        "master_url",
        "formats",
        "labels",
        "artists",
        "genres",
        "styles",
    )

    id: int
    title: str
    year: int
    resource_url: str
    thumb: str | Unset | None
    cover_image: str | Unset | None
    master_id: int | Unset
    master_url: str | Unset | None
    formats: list[Format] | Unset
    labels: list[CompanyCredit] | Unset
    artists: list[ArtistCredit] | Unset
    genres: list[str] | Unset
    styles: list[str] | Unset
    additional_properties: dict[str, Any]
    # What did not match the API description when this was decoded (see decoding.problems).
    _problems: tuple[_decoding.Problem, ...]
    # (attribute, JSON key) of each field, for to_dict.
    _fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("id", "id"),
        ("title", "title"),
        ("year", "year"),
        ("resource_url", "resource_url"),
        ("thumb", "thumb"),
        ("cover_image", "cover_image"),
        ("master_id", "master_id"),
        ("master_url", "master_url"),
        ("formats", "formats"),
        ("labels", "labels"),
        ("artists", "artists"),
        ("genres", "genres"),
        ("styles", "styles"),
    )

    def __init__(
        self,
        id: int,
        title: str,
        year: int,
        resource_url: str,
        thumb: str | Unset | None = UNSET,
        cover_image: str | Unset | None = UNSET,
        master_id: int | Unset = UNSET,
        master_url: str | Unset | None = UNSET,
        formats: list[Format] | Unset = UNSET,
        labels: list[CompanyCredit] | Unset = UNSET,
        artists: list[ArtistCredit] | Unset = UNSET,
        genres: list[str] | Unset = UNSET,
        styles: list[str] | Unset = UNSET,
    ) -> None:
        self.id = id
        self.title = title
        self.year = year
        self.resource_url = resource_url
        self.thumb = thumb
        self.cover_image = cover_image
        self.master_id = master_id
        self.master_url = master_url
        self.formats = formats
        self.labels = labels
        self.artists = artists
        self.genres = genres
        self.styles = styles
        self.additional_properties = {}
        self._problems = ()

    # The fields and unknown keys, not the problems. Defining __eq__ leaves __hash__ None: a
    # model is mutable, so unhashable.
    def __eq__(self, other: object) -> bool:
        if not isinstance(other, BasicInformation) or other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.id,
            self.title,
            self.year,
            self.resource_url,
            self.thumb,
            self.cover_image,
            self.master_id,
            self.master_url,
            self.formats,
            self.labels,
            self.artists,
            self.genres,
            self.styles,
            self.additional_properties,
        ) == (
            other.id,
            other.title,
            other.year,
            other.resource_url,
            other.thumb,
            other.cover_image,
            other.master_id,
            other.master_url,
            other.formats,
            other.labels,
            other.artists,
            other.genres,
            other.styles,
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
                f"BasicInformation is decoded from a JSON object, not {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        _found: list[_decoding.Problem] = []
        id: Any = d.pop("id", UNSET)
        if id.__class__ is not int:
            _decoding.mismatch(_found, ("id",), "integer", id)
        title: Any = d.pop("title", UNSET)
        if not (isinstance(title, str)):
            _decoding.mismatch(_found, ("title",), "string", title)
        year: Any = d.pop("year", UNSET)
        if year.__class__ is not int:
            _decoding.mismatch(_found, ("year",), "integer", year)
        resource_url: Any = d.pop("resource_url", UNSET)
        if not (isinstance(resource_url, str)):
            _decoding.mismatch(_found, ("resource_url",), "string", resource_url)
        thumb: Any = d.pop("thumb", UNSET)
        if isinstance(thumb, str) or thumb is None:
            pass
        elif thumb is not UNSET:
            _decoding.mismatch(_found, ("thumb",), "string or null", thumb)
        cover_image: Any = d.pop("cover_image", UNSET)
        if isinstance(cover_image, str) or cover_image is None:
            pass
        elif cover_image is not UNSET:
            _decoding.mismatch(_found, ("cover_image",), "string or null", cover_image)
        master_id: Any = d.pop("master_id", UNSET)
        if master_id.__class__ is not int and master_id is not UNSET:
            _decoding.mismatch(_found, ("master_id",), "integer", master_id)
        master_url: Any = d.pop("master_url", UNSET)
        if isinstance(master_url, str) or master_url is None:
            pass
        elif master_url is not UNSET:
            _decoding.mismatch(_found, ("master_url",), "string or null", master_url)
        formats: Any = d.pop("formats", UNSET)
        if isinstance(formats, list):
            formats = list(formats)
            for _i0, _item0 in enumerate(formats):
                if isinstance(_item0, dict):
                    _item0 = Format.from_dict(_item0)
                    if _item0._problems:
                        _decoding.adopt(_found, ("formats", _i0), _item0._problems)
                else:
                    _decoding.mismatch(_found, ("formats", _i0), "object (Format)", _item0)
                formats[_i0] = _item0
        elif formats is not UNSET:
            _decoding.mismatch(_found, ("formats",), "array of object (Format)", formats)
        labels: Any = d.pop("labels", UNSET)
        if isinstance(labels, list):
            labels = list(labels)
            for _i0, _item0 in enumerate(labels):
                if isinstance(_item0, dict):
                    _item0 = CompanyCredit.from_dict(_item0)
                    if _item0._problems:
                        _decoding.adopt(_found, ("labels", _i0), _item0._problems)
                else:
                    _decoding.mismatch(_found, ("labels", _i0), "object (CompanyCredit)", _item0)
                labels[_i0] = _item0
        elif labels is not UNSET:
            _decoding.mismatch(_found, ("labels",), "array of object (CompanyCredit)", labels)
        artists: Any = d.pop("artists", UNSET)
        if isinstance(artists, list):
            artists = list(artists)
            for _i0, _item0 in enumerate(artists):
                if isinstance(_item0, dict):
                    _item0 = ArtistCredit.from_dict(_item0)
                    if _item0._problems:
                        _decoding.adopt(_found, ("artists", _i0), _item0._problems)
                else:
                    _decoding.mismatch(_found, ("artists", _i0), "object (ArtistCredit)", _item0)
                artists[_i0] = _item0
        elif artists is not UNSET:
            _decoding.mismatch(_found, ("artists",), "array of object (ArtistCredit)", artists)
        genres: Any = d.pop("genres", UNSET)
        if isinstance(genres, list):
            for _i0, _item0 in enumerate(genres):
                if not (isinstance(_item0, str)):
                    _decoding.mismatch(_found, ("genres", _i0), "string", _item0)
        elif genres is not UNSET:
            _decoding.mismatch(_found, ("genres",), "array of string", genres)
        styles: Any = d.pop("styles", UNSET)
        if isinstance(styles, list):
            for _i0, _item0 in enumerate(styles):
                if not (isinstance(_item0, str)):
                    _decoding.mismatch(_found, ("styles", _i0), "string", _item0)
        elif styles is not UNSET:
            _decoding.mismatch(_found, ("styles",), "array of string", styles)
        basic_information = cls(
            id=id,
            title=title,
            year=year,
            resource_url=resource_url,
            thumb=thumb,
            cover_image=cover_image,
            master_id=master_id,
            master_url=master_url,
            formats=formats,
            labels=labels,
            artists=artists,
            genres=genres,
            styles=styles,
        )
        basic_information.additional_properties = d
        if _found:
            basic_information._problems = tuple(_found)
        return basic_information

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


# The models this one holds, imported once the class exists (models refer to each other in
# cycles): from_dict finds them here instead of importing them on every call.
from ..models.artist_credit import ArtistCredit  # noqa: E402
from ..models.company_credit import CompanyCredit  # noqa: E402
from ..models.format_ import Format  # noqa: E402
