from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="Image")


@_attrs_define
class Image:
    """An image. URLs are signed: fetch them exactly as given; they need no API credentials and are empty unless the
    request that returned them was authenticated.

        Attributes:
            type_ (str): `primary` or `secondary`.
            uri (str):
            resource_url (str):
            uri150 (str):
            width (int):
            height (int):
    """

    type_: str
    uri: str
    resource_url: str
    uri150: str
    width: int
    height: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        uri = self.uri

        resource_url = self.resource_url

        uri150 = self.uri150

        width = self.width

        height = self.height

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "uri": uri,
                "resource_url": resource_url,
                "uri150": uri150,
                "width": width,
                "height": height,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = d.pop("type")

        uri = d.pop("uri")

        resource_url = d.pop("resource_url")

        uri150 = d.pop("uri150")

        width = d.pop("width")

        height = d.pop("height")

        image = cls(
            type_=type_,
            uri=uri,
            resource_url=resource_url,
            uri150=uri150,
            width=width,
            height=height,
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
