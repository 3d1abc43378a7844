from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from .. import decoding as _decoding
from .. import readable as _readable
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.artist_credit import ArtistCredit


T = TypeVar("T", bound="Track")


class Track:
    """An entry of a tracklist. The key is `type_` (with a trailing underscore): `track`, `heading` or `index`. `artists`,
    `extraartists` and `sub_tracks` are present only when they apply.

        Attributes:
            position (str):
            type_ (str):
            title (str):
            duration (str): The duration as written on the release (`3:32`), or empty.
            artists (list[ArtistCredit] | Unset):
            extraartists (list[ArtistCredit] | Unset):
            sub_tracks (list[Track] | Unset):
    """

    __slots__ = (
        "__weakref__",
        "_problems",
        "additional_properties",
        "artists",
        "duration",
        "extraartists",
        "position",
        "sub_tracks",
        "title",
        "type_",
    )
    __match_args__ = (
        "position",
        "type_",
        "title",
        "duration",
        "artists",
        "extraartists",
        "sub_tracks",
    )

    position: str
    type_: str
    title: str
    duration: str
    artists: list[ArtistCredit] | Unset
    extraartists: list[ArtistCredit] | Unset
    sub_tracks: list[Track] | Unset
    additional_properties: dict[str, Any]
    # What did not match the API description when this was decoded (see decoding.problems).
    _problems: tuple[_decoding.Problem, ...]
    # (attribute, JSON key) of each field, for to_dict.
    _fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("position", "position"),
        ("type_", "type_"),
        ("title", "title"),
        ("duration", "duration"),
        ("artists", "artists"),
        ("extraartists", "extraartists"),
        ("sub_tracks", "sub_tracks"),
    )

    def __init__(
        self,
        position: str,
        type_: str,
        title: str,
        duration: str,
        artists: list[ArtistCredit] | Unset = UNSET,
        extraartists: list[ArtistCredit] | Unset = UNSET,
        sub_tracks: list[Track] | Unset = UNSET,
    ) -> None:
        self.position = position
        self.type_ = type_
        self.title = title
        self.duration = duration
        self.artists = artists
        self.extraartists = extraartists
        self.sub_tracks = sub_tracks
        self.additional_properties = {}
        self._problems = ()

    # The fields and unknown keys, not the problems. Defining __eq__ leaves __hash__ None: a
    # model is mutable, so unhashable.
    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Track) or other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.position,
            self.type_,
            self.title,
            self.duration,
            self.artists,
            self.extraartists,
            self.sub_tracks,
            self.additional_properties,
        ) == (
            other.position,
            other.type_,
            other.title,
            other.duration,
            other.artists,
            other.extraartists,
            other.sub_tracks,
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
            raise TypeError(f"Track is decoded from a JSON object, not {type(src_dict).__name__}")
        d = dict(src_dict)
        _found: list[_decoding.Problem] = []
        position: Any = d.pop("position", UNSET)
        if not (isinstance(position, str)):
            _decoding.mismatch(_found, ("position",), "string", position)
        type_: Any = d.pop("type_", UNSET)
        if not (isinstance(type_, str)):
            _decoding.mismatch(_found, ("type_",), "string", type_)
        title: Any = d.pop("title", UNSET)
        if not (isinstance(title, str)):
            _decoding.mismatch(_found, ("title",), "string", title)
        duration: Any = d.pop("duration", UNSET)
        if not (isinstance(duration, str)):
            _decoding.mismatch(_found, ("duration",), "string", duration)
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
        extraartists: Any = d.pop("extraartists", UNSET)
        if isinstance(extraartists, list):
            extraartists = list(extraartists)
            for _i0, _item0 in enumerate(extraartists):
                if isinstance(_item0, dict):
                    _item0 = ArtistCredit.from_dict(_item0)
                    if _item0._problems:
                        _decoding.adopt(_found, ("extraartists", _i0), _item0._problems)
                else:
                    _decoding.mismatch(
                        _found, ("extraartists", _i0), "object (ArtistCredit)", _item0
                    )
                extraartists[_i0] = _item0
        elif extraartists is not UNSET:
            _decoding.mismatch(
                _found, ("extraartists",), "array of object (ArtistCredit)", extraartists
            )
        sub_tracks: Any = d.pop("sub_tracks", UNSET)
        if isinstance(sub_tracks, list):
            sub_tracks = list(sub_tracks)
            for _i0, _item0 in enumerate(sub_tracks):
                if isinstance(_item0, dict):
                    _item0 = Track.from_dict(_item0)
                    if _item0._problems:
                        _decoding.adopt(_found, ("sub_tracks", _i0), _item0._problems)
                else:
                    _decoding.mismatch(_found, ("sub_tracks", _i0), "object (Track)", _item0)
                sub_tracks[_i0] = _item0
        elif sub_tracks is not UNSET:
            _decoding.mismatch(_found, ("sub_tracks",), "array of object (Track)", sub_tracks)
        track = cls(
            position=position,
            type_=type_,
            title=title,
            duration=duration,
            artists=artists,
            extraartists=extraartists,
            sub_tracks=sub_tracks,
        )
        track.additional_properties = d
        if _found:
            track._problems = tuple(_found)
        return track

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
