from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.artist import Artist
    from ..models.label import Label
    from ..models.release import Release


T = TypeVar("T", bound="Submissions")


@_attrs_define
class Submissions:
    """A user's submissions, one list per kind of database object.

    Attributes:
        artists (list[Artist] | Unset):
        labels (list[Label] | Unset):
        releases (list[Release] | Unset):
    """

    artists: list[Artist] | Unset = UNSET
    labels: list[Label] | Unset = UNSET
    releases: list[Release] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        artists: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.artists, Unset):
            artists = []
            for artists_item_data in self.artists:
                artists_item = artists_item_data.to_dict()
                artists.append(artists_item)

        labels: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.labels, Unset):
            labels = []
            for labels_item_data in self.labels:
                labels_item = labels_item_data.to_dict()
                labels.append(labels_item)

        releases: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.releases, Unset):
            releases = []
            for releases_item_data in self.releases:
                releases_item = releases_item_data.to_dict()
                releases.append(releases_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if artists is not UNSET:
            field_dict["artists"] = artists
        if labels is not UNSET:
            field_dict["labels"] = labels
        if releases is not UNSET:
            field_dict["releases"] = releases

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.artist import Artist
        from ..models.label import Label
        from ..models.release import Release

        d = dict(src_dict)
        _artists = d.pop("artists", UNSET)
        artists: list[Artist] | Unset = UNSET
        if _artists is not UNSET:
            artists = []
            for artists_item_data in _artists:
                artists_item = Artist.from_dict(artists_item_data)

                artists.append(artists_item)

        _labels = d.pop("labels", UNSET)
        labels: list[Label] | Unset = UNSET
        if _labels is not UNSET:
            labels = []
            for labels_item_data in _labels:
                labels_item = Label.from_dict(labels_item_data)

                labels.append(labels_item)

        _releases = d.pop("releases", UNSET)
        releases: list[Release] | Unset = UNSET
        if _releases is not UNSET:
            releases = []
            for releases_item_data in _releases:
                releases_item = Release.from_dict(releases_item_data)

                releases.append(releases_item)

        submissions = cls(
            artists=artists,
            labels=labels,
            releases=releases,
        )

        submissions.additional_properties = d
        return submissions

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
