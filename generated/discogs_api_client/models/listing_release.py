from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ListingRelease")


@_attrs_define
class ListingRelease:
    """The release a listing sells, in brief.

    Attributes:
        id (int):
        description (str): "Artist - Title (Format)" in one string.
        resource_url (str):
        catalog_number (str):
        year (int): The year of release; 0 when unknown.
        thumbnail (str | Unset): An image URL; empty unless the request is authenticated.
        artist (str | Unset):
        title (str | Unset):
        format_ (str | Unset):
    """

    id: int
    description: str
    resource_url: str
    catalog_number: str
    year: int
    thumbnail: str | Unset = UNSET
    artist: str | Unset = UNSET
    title: str | Unset = UNSET
    format_: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        description = self.description

        resource_url = self.resource_url

        catalog_number = self.catalog_number

        year = self.year

        thumbnail = self.thumbnail

        artist = self.artist

        title = self.title

        format_ = self.format_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "description": description,
                "resource_url": resource_url,
                "catalog_number": catalog_number,
                "year": year,
            }
        )
        if thumbnail is not UNSET:
            field_dict["thumbnail"] = thumbnail
        if artist is not UNSET:
            field_dict["artist"] = artist
        if title is not UNSET:
            field_dict["title"] = title
        if format_ is not UNSET:
            field_dict["format"] = format_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        description = d.pop("description")

        resource_url = d.pop("resource_url")

        catalog_number = d.pop("catalog_number")

        year = d.pop("year")

        thumbnail = d.pop("thumbnail", UNSET)

        artist = d.pop("artist", UNSET)

        title = d.pop("title", UNSET)

        format_ = d.pop("format", UNSET)

        listing_release = cls(
            id=id,
            description=description,
            resource_url=resource_url,
            catalog_number=catalog_number,
            year=year,
            thumbnail=thumbnail,
            artist=artist,
            title=title,
            format_=format_,
        )

        listing_release.additional_properties = d
        return listing_release

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
