from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from .. import decoding as _decoding
from .. import readable as _readable
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.master_version_stats import MasterVersionStats


T = TypeVar("T", bound="ArtistRelease")


class ArtistRelease:
    """A release or master credited to an artist. `type` is `release` or `master`; masters carry `main_release`, releases
    carry `format`, `label` and `status`.

        Attributes:
            id (int):
            type_ (str):
            title (str):
            resource_url (str):
            artist (str):
            role (str):
            year (int):
            thumb (str | Unset):
            main_release (int | Unset):
            format_ (str | Unset):
            label (str | Unset):
            status (str | Unset):
            trackinfo (Any | Unset): Which tracks of the release credit the artist; sent on some items only (undocumented;
                its form is not guaranteed, so any JSON value is accepted).
            stats (MasterVersionStats | Unset): The version's counts for the requesting user and for the community.
    """

    __slots__ = (
        "__weakref__",
        "_problems",
        "additional_properties",
        "artist",
        "format_",
        "id",
        "label",
        "main_release",
        "resource_url",
        "role",
        "stats",
        "status",
        "thumb",
        "title",
        "trackinfo",
        "type_",
        "year",
    )
    __match_args__ = (
        "id",
        "type_",
        "title",
        "resource_url",
        "artist",
        "role",
        "year",
        "thumb",
        "main_release",
        "format_",
        "label",
        "status",
        "trackinfo",
        "stats",
    )

    id: int
    type_: str
    title: str
    resource_url: str
    artist: str
    role: str
    year: int
    thumb: str | Unset
    main_release: int | Unset
    format_: str | Unset
    label: str | Unset
    status: str | Unset
    trackinfo: Any | Unset
    stats: MasterVersionStats | Unset
    additional_properties: dict[str, Any]
    # What did not match the API description when this was decoded (see decoding.problems).
    _problems: tuple[_decoding.Problem, ...]
    # (attribute, JSON key) of each field, for to_dict.
    _fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("id", "id"),
        ("type_", "type"),
        ("title", "title"),
        ("resource_url", "resource_url"),
        ("artist", "artist"),
        ("role", "role"),
        ("year", "year"),
        ("thumb", "thumb"),
        ("main_release", "main_release"),
        ("format_", "format"),
        ("label", "label"),
        ("status", "status"),
        ("trackinfo", "trackinfo"),
        ("stats", "stats"),
    )

    def __init__(
        self,
        id: int,
        type_: str,
        title: str,
        resource_url: str,
        artist: str,
        role: str,
        year: int,
        thumb: str | Unset = UNSET,
        main_release: int | Unset = UNSET,
        format_: str | Unset = UNSET,
        label: str | Unset = UNSET,
        status: str | Unset = UNSET,
        trackinfo: Any | Unset = UNSET,
        stats: MasterVersionStats | Unset = UNSET,
    ) -> None:
        self.id = id
        self.type_ = type_
        self.title = title
        self.resource_url = resource_url
        self.artist = artist
        self.role = role
        self.year = year
        self.thumb = thumb
        self.main_release = main_release
        self.format_ = format_
        self.label = label
        self.status = status
        self.trackinfo = trackinfo
        self.stats = stats
        self.additional_properties = {}
        self._problems = ()

    # The fields and unknown keys, not the problems. Defining __eq__ leaves __hash__ None: a
    # model is mutable, so unhashable.
    def __eq__(self, other: object) -> bool:
        if not isinstance(other, ArtistRelease) or other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.id,
            self.type_,
            self.title,
            self.resource_url,
            self.artist,
            self.role,
            self.year,
            self.thumb,
            self.main_release,
            self.format_,
            self.label,
            self.status,
            self.trackinfo,
            self.stats,
            self.additional_properties,
        ) == (
            other.id,
            other.type_,
            other.title,
            other.resource_url,
            other.artist,
            other.role,
            other.year,
            other.thumb,
            other.main_release,
            other.format_,
            other.label,
            other.status,
            other.trackinfo,
            other.stats,
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
                f"ArtistRelease is decoded from a JSON object, not {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        _found: list[_decoding.Problem] = []
        id: Any = d.pop("id", UNSET)
        if id.__class__ is not int:
            _decoding.mismatch(_found, ("id",), "integer", id)
        type_: Any = d.pop("type", UNSET)
        if not (isinstance(type_, str)):
            _decoding.mismatch(_found, ("type",), "string", type_)
        title: Any = d.pop("title", UNSET)
        if not (isinstance(title, str)):
            _decoding.mismatch(_found, ("title",), "string", title)
        resource_url: Any = d.pop("resource_url", UNSET)
        if not (isinstance(resource_url, str)):
            _decoding.mismatch(_found, ("resource_url",), "string", resource_url)
        artist: Any = d.pop("artist", UNSET)
        if not (isinstance(artist, str)):
            _decoding.mismatch(_found, ("artist",), "string", artist)
        role: Any = d.pop("role", UNSET)
        if not (isinstance(role, str)):
            _decoding.mismatch(_found, ("role",), "string", role)
        year: Any = d.pop("year", UNSET)
        if year.__class__ is not int:
            _decoding.mismatch(_found, ("year",), "integer", year)
        thumb: Any = d.pop("thumb", UNSET)
        if not (isinstance(thumb, str)) and thumb is not UNSET:
            _decoding.mismatch(_found, ("thumb",), "string", thumb)
        main_release: Any = d.pop("main_release", UNSET)
        if main_release.__class__ is not int and main_release is not UNSET:
            _decoding.mismatch(_found, ("main_release",), "integer", main_release)
        format_: Any = d.pop("format", UNSET)
        if not (isinstance(format_, str)) and format_ is not UNSET:
            _decoding.mismatch(_found, ("format",), "string", format_)
        label: Any = d.pop("label", UNSET)
        if not (isinstance(label, str)) and label is not UNSET:
            _decoding.mismatch(_found, ("label",), "string", label)
        status: Any = d.pop("status", UNSET)
        if not (isinstance(status, str)) and status is not UNSET:
            _decoding.mismatch(_found, ("status",), "string", status)
        trackinfo: Any = d.pop("trackinfo", UNSET)

        stats: Any = d.pop("stats", UNSET)
        if isinstance(stats, dict):
            stats = MasterVersionStats.from_dict(stats)
            if stats._problems:
                _decoding.adopt(_found, ("stats",), stats._problems)
        elif stats is not UNSET:
            _decoding.mismatch(_found, ("stats",), "object (MasterVersionStats)", stats)
        artist_release = cls(
            id=id,
            type_=type_,
            title=title,
            resource_url=resource_url,
            artist=artist,
            role=role,
            year=year,
            thumb=thumb,
            main_release=main_release,
            format_=format_,
            label=label,
            status=status,
            trackinfo=trackinfo,
            stats=stats,
        )
        artist_release.additional_properties = d
        if _found:
            artist_release._problems = tuple(_found)
        return artist_release

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
from ..models.master_version_stats import MasterVersionStats  # noqa: E402
