from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Image")


@_attrs_define
class Image:
    """An image. URLs are signed: fetch them exactly as given; they need no API credentials. Unless the request that
    returned them was authenticated they are blank (`""`) or absent, so `uri`, `uri150` and `resource_url` are not
    required.

        Attributes:
            type_ (str): `primary` or `secondary`.
            width (int):
            height (int):
            uri (str | Unset):
            resource_url (str | Unset):
            uri150 (str | Unset):
    """

    type_: str
    width: int
    height: int
    uri: str | Unset = UNSET
    resource_url: str | Unset = UNSET
    uri150: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        width = self.width

        height = self.height

        uri = self.uri

        resource_url = self.resource_url

        uri150 = self.uri150

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "width": width,
                "height": height,
            }
        )
        if uri is not UNSET:
            field_dict["uri"] = uri
        if resource_url is not UNSET:
            field_dict["resource_url"] = resource_url
        if uri150 is not UNSET:
            field_dict["uri150"] = uri150

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = d.pop("type")

        width = d.pop("width")

        height = d.pop("height")

        uri = d.pop("uri", UNSET)

        resource_url = d.pop("resource_url", UNSET)

        uri150 = d.pop("uri150", UNSET)

        image = cls(
            type_=type_,
            width=width,
            height=height,
            uri=uri,
            resource_url=resource_url,
            uri150=uri150,
        )

        image.additional_properties = d
        return image

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
