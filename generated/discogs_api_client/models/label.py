from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.image import Image
    from ..models.label_ref import LabelRef


T = TypeVar("T", bound="Label")


@_attrs_define
class Label:
    """A label. `parent_label`, `sublabels`, `images` and `urls` are present only when they apply.

    Attributes:
        id (int):
        name (str):
        resource_url (str):
        uri (str):
        releases_url (str):
        data_quality (str):
        profile (str | Unset):
        contact_info (str | Unset):
        urls (list[str] | Unset):
        images (list[Image] | Unset):
        parent_label (LabelRef | Unset): A reference to another label (a parent label or sublabel).
        sublabels (list[LabelRef] | Unset):
    """

    id: int
    name: str
    resource_url: str
    uri: str
    releases_url: str
    data_quality: str
    profile: str | Unset = UNSET
    contact_info: str | Unset = UNSET
    urls: list[str] | Unset = UNSET
    images: list[Image] | Unset = UNSET
    parent_label: LabelRef | Unset = UNSET
    sublabels: list[LabelRef] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        resource_url = self.resource_url

        uri = self.uri

        releases_url = self.releases_url

        data_quality = self.data_quality

        profile = self.profile

        contact_info = self.contact_info

        urls: list[str] | Unset = UNSET
        if not isinstance(self.urls, Unset):
            urls = self.urls

        images: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.images, Unset):
            images = []
            for images_item_data in self.images:
                images_item = images_item_data.to_dict()
                images.append(images_item)

        parent_label: dict[str, Any] | Unset = UNSET
        if not isinstance(self.parent_label, Unset):
            parent_label = self.parent_label.to_dict()

        sublabels: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.sublabels, Unset):
            sublabels = []
            for sublabels_item_data in self.sublabels:
                sublabels_item = sublabels_item_data.to_dict()
                sublabels.append(sublabels_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "resource_url": resource_url,
                "uri": uri,
                "releases_url": releases_url,
                "data_quality": data_quality,
            }
        )
        if profile is not UNSET:
            field_dict["profile"] = profile
        if contact_info is not UNSET:
            field_dict["contact_info"] = contact_info
        if urls is not UNSET:
            field_dict["urls"] = urls
        if images is not UNSET:
            field_dict["images"] = images
        if parent_label is not UNSET:
            field_dict["parent_label"] = parent_label
        if sublabels is not UNSET:
            field_dict["sublabels"] = sublabels

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.image import Image
        from ..models.label_ref import LabelRef

        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name")

        resource_url = d.pop("resource_url")

        uri = d.pop("uri")

        releases_url = d.pop("releases_url")

        data_quality = d.pop("data_quality")

        profile = d.pop("profile", UNSET)

        contact_info = d.pop("contact_info", UNSET)

        urls = cast(list[str], d.pop("urls", UNSET))

        _images = d.pop("images", UNSET)
        images: list[Image] | Unset = UNSET
        if _images is not UNSET:
            images = []
            for images_item_data in _images:
                images_item = Image.from_dict(images_item_data)

                images.append(images_item)

        _parent_label = d.pop("parent_label", UNSET)
        parent_label: LabelRef | Unset
        if isinstance(_parent_label, Unset):
            parent_label = UNSET
        else:
            parent_label = LabelRef.from_dict(_parent_label)

        _sublabels = d.pop("sublabels", UNSET)
        sublabels: list[LabelRef] | Unset = UNSET
        if _sublabels is not UNSET:
            sublabels = []
            for sublabels_item_data in _sublabels:
                sublabels_item = LabelRef.from_dict(sublabels_item_data)

                sublabels.append(sublabels_item)

        label = cls(
            id=id,
            name=name,
            resource_url=resource_url,
            uri=uri,
            releases_url=releases_url,
            data_quality=data_quality,
            profile=profile,
            contact_info=contact_info,
            urls=urls,
            images=images,
            parent_label=parent_label,
            sublabels=sublabels,
        )

        label.additional_properties = d
        return label

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
