from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.artist_ref import ArtistRef
    from ..models.image import Image


T = TypeVar("T", bound="Artist")


@_attrs_define
class Artist:
    """An artist. `members`, `groups`, `aliases`, `images` and `realname` are present only when they apply. The
    documentation's example omits `name`, so it is not marked required.

        Attributes:
            id (int):
            resource_url (str):
            uri (str):
            releases_url (str):
            data_quality (str):
            name (str | Unset):
            realname (str | Unset):
            profile (str | Unset):
            namevariations (list[str] | Unset):
            urls (list[str] | Unset):
            images (list[Image] | Unset):
            members (list[ArtistRef] | Unset):
            groups (list[ArtistRef] | Unset):
            aliases (list[ArtistRef] | Unset):
    """

    id: int
    resource_url: str
    uri: str
    releases_url: str
    data_quality: str
    name: str | Unset = UNSET
    realname: str | Unset = UNSET
    profile: str | Unset = UNSET
    namevariations: list[str] | Unset = UNSET
    urls: list[str] | Unset = UNSET
    images: list[Image] | Unset = UNSET
    members: list[ArtistRef] | Unset = UNSET
    groups: list[ArtistRef] | Unset = UNSET
    aliases: list[ArtistRef] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        resource_url = self.resource_url

        uri = self.uri

        releases_url = self.releases_url

        data_quality = self.data_quality

        name = self.name

        realname = self.realname

        profile = self.profile

        namevariations: list[str] | Unset = UNSET
        if not isinstance(self.namevariations, Unset):
            namevariations = self.namevariations

        urls: list[str] | Unset = UNSET
        if not isinstance(self.urls, Unset):
            urls = self.urls

        images: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.images, Unset):
            images = []
            for images_item_data in self.images:
                images_item = images_item_data.to_dict()
                images.append(images_item)

        members: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.members, Unset):
            members = []
            for members_item_data in self.members:
                members_item = members_item_data.to_dict()
                members.append(members_item)

        groups: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.groups, Unset):
            groups = []
            for groups_item_data in self.groups:
                groups_item = groups_item_data.to_dict()
                groups.append(groups_item)

        aliases: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.aliases, Unset):
            aliases = []
            for aliases_item_data in self.aliases:
                aliases_item = aliases_item_data.to_dict()
                aliases.append(aliases_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "resource_url": resource_url,
                "uri": uri,
                "releases_url": releases_url,
                "data_quality": data_quality,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if realname is not UNSET:
            field_dict["realname"] = realname
        if profile is not UNSET:
            field_dict["profile"] = profile
        if namevariations is not UNSET:
            field_dict["namevariations"] = namevariations
        if urls is not UNSET:
            field_dict["urls"] = urls
        if images is not UNSET:
            field_dict["images"] = images
        if members is not UNSET:
            field_dict["members"] = members
        if groups is not UNSET:
            field_dict["groups"] = groups
        if aliases is not UNSET:
            field_dict["aliases"] = aliases

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.artist_ref import ArtistRef
        from ..models.image import Image

        d = dict(src_dict)
        id = d.pop("id")

        resource_url = d.pop("resource_url")

        uri = d.pop("uri")

        releases_url = d.pop("releases_url")

        data_quality = d.pop("data_quality")

        name = d.pop("name", UNSET)

        realname = d.pop("realname", UNSET)

        profile = d.pop("profile", UNSET)

        namevariations = cast(list[str], d.pop("namevariations", UNSET))

        urls = cast(list[str], d.pop("urls", UNSET))

        _images = d.pop("images", UNSET)
        images: list[Image] | Unset = UNSET
        if _images is not UNSET:
            images = []
            for images_item_data in _images:
                images_item = Image.from_dict(images_item_data)

                images.append(images_item)

        _members = d.pop("members", UNSET)
        members: list[ArtistRef] | Unset = UNSET
        if _members is not UNSET:
            members = []
            for members_item_data in _members:
                members_item = ArtistRef.from_dict(members_item_data)

                members.append(members_item)

        _groups = d.pop("groups", UNSET)
        groups: list[ArtistRef] | Unset = UNSET
        if _groups is not UNSET:
            groups = []
            for groups_item_data in _groups:
                groups_item = ArtistRef.from_dict(groups_item_data)

                groups.append(groups_item)

        _aliases = d.pop("aliases", UNSET)
        aliases: list[ArtistRef] | Unset = UNSET
        if _aliases is not UNSET:
            aliases = []
            for aliases_item_data in _aliases:
                aliases_item = ArtistRef.from_dict(aliases_item_data)

                aliases.append(aliases_item)

        artist = cls(
            id=id,
            resource_url=resource_url,
            uri=uri,
            releases_url=releases_url,
            data_quality=data_quality,
            name=name,
            realname=realname,
            profile=profile,
            namevariations=namevariations,
            urls=urls,
            images=images,
            members=members,
            groups=groups,
            aliases=aliases,
        )

        artist.additional_properties = d
        return artist

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
