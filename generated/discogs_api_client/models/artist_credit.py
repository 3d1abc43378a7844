from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from .. import decoding as _decoding
from .. import readable as _readable
from ..types import UNSET, Unset

T = TypeVar("T", bound="ArtistCredit")


class ArtistCredit:
    """An artist credited on a release, master or track.

    Attributes:
        id (int): The artist's id (0 for some credits that are not linked to an artist).
        name (str):
        resource_url (str):
        anv (str | Unset): The artist name variation used on this release, or empty.
        join (str | Unset): The text joining this artist to the next one (`&`, `,`, `Feat.`), or empty.
        role (str | Unset): The role for extra artists (`Producer, Written-By`), empty for main artists.
        tracks (str | Unset): The tracks the credit applies to, or empty for the whole release.
        thumbnail_url (str | Unset): An image of the artist; present only for authenticated requests.
    """

    __slots__ = (
        "__weakref__",
        "_problems",
        "additional_properties",
        "anv",
        "id",
        "join",
        "name",
        "resource_url",
        "role",
        "thumbnail_url",
        "tracks",
    )
    __match_args__ = (
        "id",
        "name",
        "resource_url",
        "anv",
        "join",
        "role",
        "tracks",
        "thumbnail_url",
    )

    id: int
    name: str
    resource_url: str
    anv: str | Unset
    join: str | Unset
    role: str | Unset
    tracks: str | Unset
    thumbnail_url: str | Unset
    additional_properties: dict[str, Any]
    # What did not match the API description when this was decoded (see decoding.problems).
    _problems: tuple[_decoding.Problem, ...]
    # (attribute, JSON key) of each field, for to_dict.
    _fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("id", "id"),
        ("name", "name"),
        ("resource_url", "resource_url"),
        ("anv", "anv"),
        ("join", "join"),
        ("role", "role"),
        ("tracks", "tracks"),
        ("thumbnail_url", "thumbnail_url"),
    )

    def __init__(
        self,
        id: int,
        name: str,
        resource_url: str,
        anv: str | Unset = UNSET,
        join: str | Unset = UNSET,
        role: str | Unset = UNSET,
        tracks: str | Unset = UNSET,
        thumbnail_url: str | Unset = UNSET,
    ) -> None:
        self.id = id
        self.name = name
        self.resource_url = resource_url
        self.anv = anv
        self.join = join
        self.role = role
        self.tracks = tracks
        self.thumbnail_url = thumbnail_url
        self.additional_properties = {}
        self._problems = ()

    # The fields and unknown keys, not the problems. Defining __eq__ leaves __hash__ None: a
    # model is mutable, so unhashable.
    def __eq__(self, other: object) -> bool:
        if not isinstance(other, ArtistCredit) or other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.id,
            self.name,
            self.resource_url,
            self.anv,
            self.join,
            self.role,
            self.tracks,
            self.thumbnail_url,
            self.additional_properties,
        ) == (
            other.id,
            other.name,
            other.resource_url,
            other.anv,
            other.join,
            other.role,
            other.tracks,
            other.thumbnail_url,
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
                f"ArtistCredit is decoded from a JSON object, not {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        _found: list[_decoding.Problem] = []
        id: Any = d.pop("id", UNSET)
        if id.__class__ is not int:
            _decoding.mismatch(_found, ("id",), "integer", id)
        name: Any = d.pop("name", UNSET)
        if not (isinstance(name, str)):
            _decoding.mismatch(_found, ("name",), "string", name)
        resource_url: Any = d.pop("resource_url", UNSET)
        if not (isinstance(resource_url, str)):
            _decoding.mismatch(_found, ("resource_url",), "string", resource_url)
        anv: Any = d.pop("anv", UNSET)
        if not (isinstance(anv, str)) and anv is not UNSET:
            _decoding.mismatch(_found, ("anv",), "string", anv)
        join: Any = d.pop("join", UNSET)
        if not (isinstance(join, str)) and join is not UNSET:
            _decoding.mismatch(_found, ("join",), "string", join)
        role: Any = d.pop("role", UNSET)
        if not (isinstance(role, str)) and role is not UNSET:
            _decoding.mismatch(_found, ("role",), "string", role)
        tracks: Any = d.pop("tracks", UNSET)
        if not (isinstance(tracks, str)) and tracks is not UNSET:
            _decoding.mismatch(_found, ("tracks",), "string", tracks)
        thumbnail_url: Any = d.pop("thumbnail_url", UNSET)
        if not (isinstance(thumbnail_url, str)) and thumbnail_url is not UNSET:
            _decoding.mismatch(_found, ("thumbnail_url",), "string", thumbnail_url)
        artist_credit = cls(
            id=id,
            name=name,
            resource_url=resource_url,
            anv=anv,
            join=join,
            role=role,
            tracks=tracks,
            thumbnail_url=thumbnail_url,
        )
        artist_credit.additional_properties = d
        if _found:
            artist_credit._problems = tuple(_found)
        return artist_credit

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
