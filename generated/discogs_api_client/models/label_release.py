from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="LabelRelease")


@_attrs_define
class LabelRelease:
    """A release on a label.

    Attributes:
        id (int):
        title (str):
        resource_url (str):
        artist (str):
        catno (str):
        format_ (str):
        status (str):
        year (int):
        thumb (str | Unset):
    """

    id: int
    title: str
    resource_url: str
    artist: str
    catno: str
    format_: str
    status: str
    year: int
    thumb: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        title = self.title

        resource_url = self.resource_url

        artist = self.artist

        catno = self.catno

        format_ = self.format_

        status = self.status

        year = self.year

        thumb = self.thumb

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "title": title,
                "resource_url": resource_url,
                "artist": artist,
                "catno": catno,
                "format": format_,
                "status": status,
                "year": year,
            }
        )
        if thumb is not UNSET:
            field_dict["thumb"] = thumb

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        title = d.pop("title")

        resource_url = d.pop("resource_url")

        artist = d.pop("artist")

        catno = d.pop("catno")

        format_ = d.pop("format")

        status = d.pop("status")

        year = d.pop("year")

        thumb = d.pop("thumb", UNSET)

        label_release = cls(
            id=id,
            title=title,
            resource_url=resource_url,
            artist=artist,
            catno=catno,
            format_=format_,
            status=status,
            year=year,
            thumb=thumb,
        )

        label_release.additional_properties = d
        return label_release

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
