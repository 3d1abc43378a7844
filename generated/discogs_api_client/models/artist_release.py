from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.master_version_stats import MasterVersionStats


T = TypeVar("T", bound="ArtistRelease")


@_attrs_define
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

    id: int
    type_: str
    title: str
    resource_url: str
    artist: str
    role: str
    year: int
    thumb: str | Unset = UNSET
    main_release: int | Unset = UNSET
    format_: str | Unset = UNSET
    label: str | Unset = UNSET
    status: str | Unset = UNSET
    trackinfo: Any | Unset = UNSET
    stats: MasterVersionStats | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        type_ = self.type_

        title = self.title

        resource_url = self.resource_url

        artist = self.artist

        role = self.role

        year = self.year

        thumb = self.thumb

        main_release = self.main_release

        format_ = self.format_

        label = self.label

        status = self.status

        trackinfo = self.trackinfo

        stats: dict[str, Any] | Unset = UNSET
        if not isinstance(self.stats, Unset):
            stats = self.stats.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "type": type_,
                "title": title,
                "resource_url": resource_url,
                "artist": artist,
                "role": role,
                "year": year,
            }
        )
        if thumb is not UNSET:
            field_dict["thumb"] = thumb
        if main_release is not UNSET:
            field_dict["main_release"] = main_release
        if format_ is not UNSET:
            field_dict["format"] = format_
        if label is not UNSET:
            field_dict["label"] = label
        if status is not UNSET:
            field_dict["status"] = status
        if trackinfo is not UNSET:
            field_dict["trackinfo"] = trackinfo
        if stats is not UNSET:
            field_dict["stats"] = stats

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.master_version_stats import MasterVersionStats

        d = dict(src_dict)
        id = d.pop("id")

        type_ = d.pop("type")

        title = d.pop("title")

        resource_url = d.pop("resource_url")

        artist = d.pop("artist")

        role = d.pop("role")

        year = d.pop("year")

        thumb = d.pop("thumb", UNSET)

        main_release = d.pop("main_release", UNSET)

        format_ = d.pop("format", UNSET)

        label = d.pop("label", UNSET)

        status = d.pop("status", UNSET)

        trackinfo = d.pop("trackinfo", UNSET)

        _stats = d.pop("stats", UNSET)
        stats: MasterVersionStats | Unset
        if isinstance(_stats, Unset):
            stats = UNSET
        else:
            stats = MasterVersionStats.from_dict(_stats)

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
