from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.master_version_stats import MasterVersionStats


T = TypeVar("T", bound="MasterVersion")


@_attrs_define
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
    thumb: str | Unset = UNSET
    stats: MasterVersionStats | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        title = self.title

        resource_url = self.resource_url

        status = self.status

        format_ = self.format_

        major_formats = self.major_formats

        label = self.label

        catno = self.catno

        country = self.country

        released = self.released

        thumb = self.thumb

        stats: dict[str, Any] | Unset = UNSET
        if not isinstance(self.stats, Unset):
            stats = self.stats.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "title": title,
                "resource_url": resource_url,
                "status": status,
                "format": format_,
                "major_formats": major_formats,
                "label": label,
                "catno": catno,
                "country": country,
                "released": released,
            }
        )
        if thumb is not UNSET:
            field_dict["thumb"] = thumb
        if stats is not UNSET:
            field_dict["stats"] = stats

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.master_version_stats import MasterVersionStats

        d = dict(src_dict)
        id = d.pop("id")

        title = d.pop("title")

        resource_url = d.pop("resource_url")

        status = d.pop("status")

        format_ = d.pop("format")

        major_formats = cast(list[str], d.pop("major_formats"))

        label = d.pop("label")

        catno = d.pop("catno")

        country = d.pop("country")

        released = d.pop("released")

        thumb = d.pop("thumb", UNSET)

        _stats = d.pop("stats", UNSET)
        stats: MasterVersionStats | Unset
        if isinstance(_stats, Unset):
            stats = UNSET
        else:
            stats = MasterVersionStats.from_dict(_stats)

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
