from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from .. import decoding as _decoding
from .. import readable as _readable
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.master_version_stats import MasterVersionStats


T = TypeVar("T", bound="MasterVersion")


class MasterVersion:
    """A release that is a version of a master. `released` is a partial date string.

    Attributes:
        id (int):
        title (str):
        resource_url (str):
        status (str):
        format_ (str): The formats, joined with commas.
        major_formats (list[str]):
        label (str):
        catno (str):
        country (str):
        released (str):
        thumb (str | Unset):
        stats (MasterVersionStats | Unset): The version's counts for the requesting user and for the community.
    """

    __slots__ = (
        "__weakref__",
        "_problems",
        "additional_properties",
        "catno",
        "country",
        "format_",
        "id",
        "label",
        "major_formats",
        "released",
        "resource_url",
        "stats",
        "status",
        "thumb",
        "title",
    )
    __match_args__ = (
        "id",
        "title",
        "resource_url",
        "status",
        "format_",
        "major_formats",
        "label",
        "catno",
        "country",
        "released",
        "thumb",
        "stats",
    )

    id: int
    title: str
    resource_url: str
    status: str
    format_: str
    major_formats: list[str]
    label: str
    catno: str
    country: str
    released: str
    thumb: str | Unset
    stats: MasterVersionStats | Unset
    additional_properties: dict[str, Any]
    # What did not match the API description when this was decoded (see decoding.problems).
    _problems: tuple[_decoding.Problem, ...]
    # (attribute, JSON key) of each field, for to_dict.
    _fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("id", "id"),
        ("title", "title"),
        ("resource_url", "resource_url"),
        ("status", "status"),
        ("format_", "format"),
        ("major_formats", "major_formats"),
        ("label", "label"),
        ("catno", "catno"),
        ("country", "country"),
        ("released", "released"),
        ("thumb", "thumb"),
        ("stats", "stats"),
    )

    def __init__(
        self,
        id: int,
        title: str,
        resource_url: str,
        status: str,
        format_: str,
        major_formats: list[str],
        label: str,
        catno: str,
        country: str,
        released: str,
        thumb: str | Unset = UNSET,
        stats: MasterVersionStats | Unset = UNSET,
    ) -> None:
        self.id = id
        self.title = title
        self.resource_url = resource_url
        self.status = status
        self.format_ = format_
        self.major_formats = major_formats
        self.label = label
        self.catno = catno
        self.country = country
        self.released = released
        self.thumb = thumb
        self.stats = stats
        self.additional_properties = {}
        self._problems = ()

    # The fields and unknown keys, not the problems. Defining __eq__ leaves __hash__ None: a
    # model is mutable, so unhashable.
    def __eq__(self, other: object) -> bool:
        if not isinstance(other, MasterVersion) or other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.id,
            self.title,
            self.resource_url,
            self.status,
            self.format_,
            self.major_formats,
            self.label,
            self.catno,
            self.country,
            self.released,
            self.thumb,
            self.stats,
            self.additional_properties,
        ) == (
            other.id,
            other.title,
            other.resource_url,
            other.status,
            other.format_,
            other.major_formats,
            other.label,
            other.catno,
            other.country,
            other.released,
            other.thumb,
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
                f"MasterVersion is decoded from a JSON object, not {type(src_dict).__name__}"
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
        status: Any = d.pop("status", UNSET)
        if not (isinstance(status, str)):
            _decoding.mismatch(_found, ("status",), "string", status)
        format_: Any = d.pop("format", UNSET)
        if not (isinstance(format_, str)):
            _decoding.mismatch(_found, ("format",), "string", format_)
        major_formats: Any = d.pop("major_formats", UNSET)
        if isinstance(major_formats, list):
            for _i0, _item0 in enumerate(major_formats):
                if not (isinstance(_item0, str)):
                    _decoding.mismatch(_found, ("major_formats", _i0), "string", _item0)
        else:
            _decoding.mismatch(_found, ("major_formats",), "array of string", major_formats)
        label: Any = d.pop("label", UNSET)
        if not (isinstance(label, str)):
            _decoding.mismatch(_found, ("label",), "string", label)
        catno: Any = d.pop("catno", UNSET)
        if not (isinstance(catno, str)):
            _decoding.mismatch(_found, ("catno",), "string", catno)
        country: Any = d.pop("country", UNSET)
        if not (isinstance(country, str)):
            _decoding.mismatch(_found, ("country",), "string", country)
        released: Any = d.pop("released", UNSET)
        if not (isinstance(released, str)):
            _decoding.mismatch(_found, ("released",), "string", released)
        thumb: Any = d.pop("thumb", UNSET)
        if not (isinstance(thumb, str)) and thumb is not UNSET:
            _decoding.mismatch(_found, ("thumb",), "string", thumb)
        stats: Any = d.pop("stats", UNSET)
        if isinstance(stats, dict):
            stats = MasterVersionStats.from_dict(stats)
            if stats._problems:
                _decoding.adopt(_found, ("stats",), stats._problems)
        elif stats is not UNSET:
            _decoding.mismatch(_found, ("stats",), "object (MasterVersionStats)", stats)
        master_version = cls(
            id=id,
            title=title,
            resource_url=resource_url,
            status=status,
            format_=format_,
            major_formats=major_formats,
            label=label,
            catno=catno,
            country=country,
            released=released,
            thumb=thumb,
            stats=stats,
        )
        master_version.additional_properties = d
        if _found:
            master_version._problems = tuple(_found)
        return master_version

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
