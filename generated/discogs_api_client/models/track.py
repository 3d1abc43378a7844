from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.artist_credit import ArtistCredit


T = TypeVar("T", bound="Track")


@_attrs_define
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

    position: str
    type_: str
    title: str
    duration: str
    artists: list[ArtistCredit] | Unset = UNSET
    extraartists: list[ArtistCredit] | Unset = UNSET
    sub_tracks: list[Track] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        position = self.position

        type_ = self.type_

        title = self.title

        duration = self.duration

        artists: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.artists, Unset):
            artists = []
            for artists_item_data in self.artists:
                artists_item = artists_item_data.to_dict()
                artists.append(artists_item)

        extraartists: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.extraartists, Unset):
            extraartists = []
            for extraartists_item_data in self.extraartists:
                extraartists_item = extraartists_item_data.to_dict()
                extraartists.append(extraartists_item)

        sub_tracks: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.sub_tracks, Unset):
            sub_tracks = []
            for sub_tracks_item_data in self.sub_tracks:
                sub_tracks_item = sub_tracks_item_data.to_dict()
                sub_tracks.append(sub_tracks_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "position": position,
                "type_": type_,
                "title": title,
                "duration": duration,
            }
        )
        if artists is not UNSET:
            field_dict["artists"] = artists
        if extraartists is not UNSET:
            field_dict["extraartists"] = extraartists
        if sub_tracks is not UNSET:
            field_dict["sub_tracks"] = sub_tracks

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.artist_credit import ArtistCredit

        d = dict(src_dict)
        position = d.pop("position")

        type_ = d.pop("type_")

        title = d.pop("title")

        duration = d.pop("duration")

        _artists = d.pop("artists", UNSET)
        artists: list[ArtistCredit] | Unset = UNSET
        if _artists is not UNSET:
            artists = []
            for artists_item_data in _artists:
                artists_item = ArtistCredit.from_dict(artists_item_data)

                artists.append(artists_item)

        _extraartists = d.pop("extraartists", UNSET)
        extraartists: list[ArtistCredit] | Unset = UNSET
        if _extraartists is not UNSET:
            extraartists = []
            for extraartists_item_data in _extraartists:
                extraartists_item = ArtistCredit.from_dict(extraartists_item_data)

                extraartists.append(extraartists_item)

        _sub_tracks = d.pop("sub_tracks", UNSET)
        sub_tracks: list[Track] | Unset = UNSET
        if _sub_tracks is not UNSET:
            sub_tracks = []
            for sub_tracks_item_data in _sub_tracks:
                sub_tracks_item = Track.from_dict(sub_tracks_item_data)

                sub_tracks.append(sub_tracks_item)

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
