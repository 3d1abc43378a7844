from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="Video")


@_attrs_define
class Video:
    """A video linked to a release or master.

    Attributes:
        uri (str):
        title (str):
        description (str):
        duration (int): The length in seconds.
        embed (bool):
    """

    uri: str
    title: str
    description: str
    duration: int
    embed: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        uri = self.uri

        title = self.title

        description = self.description

        duration = self.duration

        embed = self.embed

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "uri": uri,
                "title": title,
                "description": description,
                "duration": duration,
                "embed": embed,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        uri = d.pop("uri")

        title = d.pop("title")

        description = d.pop("description")

        duration = d.pop("duration")

        embed = d.pop("embed")

        video = cls(
            uri=uri,
            title=title,
            description=description,
            duration=duration,
            embed=embed,
        )

        video.additional_properties = d
        return video

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
