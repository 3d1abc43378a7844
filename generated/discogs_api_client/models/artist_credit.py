from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ArtistCredit")


@_attrs_define
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

    id: int
    name: str
    resource_url: str
    anv: str | Unset = UNSET
    join: str | Unset = UNSET
    role: str | Unset = UNSET
    tracks: str | Unset = UNSET
    thumbnail_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        resource_url = self.resource_url

        anv = self.anv

        join = self.join

        role = self.role

        tracks = self.tracks

        thumbnail_url = self.thumbnail_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "resource_url": resource_url,
            }
        )
        if anv is not UNSET:
            field_dict["anv"] = anv
        if join is not UNSET:
            field_dict["join"] = join
        if role is not UNSET:
            field_dict["role"] = role
        if tracks is not UNSET:
            field_dict["tracks"] = tracks
        if thumbnail_url is not UNSET:
            field_dict["thumbnail_url"] = thumbnail_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name")

        resource_url = d.pop("resource_url")

        anv = d.pop("anv", UNSET)

        join = d.pop("join", UNSET)

        role = d.pop("role", UNSET)

        tracks = d.pop("tracks", UNSET)

        thumbnail_url = d.pop("thumbnail_url", UNSET)

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
