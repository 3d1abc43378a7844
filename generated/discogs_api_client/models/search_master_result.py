from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.search_community import SearchCommunity
    from ..models.search_user_data import SearchUserData


T = TypeVar("T", bound="SearchMasterResult")


@_attrs_define
class SearchMasterResult:
    """A master release found by a search; `year` and `catno` are strings.

    Attributes:
        id (int):
        type_ (Literal['master']):
        title (str):
        resource_url (str):
        uri (str):
        thumb (None | str | Unset):
        cover_image (None | str | Unset):
        country (str | Unset):
        year (str | Unset):
        catno (str | Unset):
        format_ (list[str] | Unset):
        label (list[str] | Unset):
        genre (list[str] | Unset):
        style (list[str] | Unset):
        barcode (list[str] | Unset):
        community (SearchCommunity | Unset): How many users have and want the result.
        user_data (SearchUserData | Unset): Whether the searching user has the result in their collection or wantlist.
        master_id (int | None | Unset):
        master_url (None | str | Unset):
    """

    id: int
    type_: Literal["master"]
    title: str
    resource_url: str
    uri: str
    thumb: str | Unset | None = UNSET
    cover_image: str | Unset | None = UNSET
    country: str | Unset = UNSET
    year: str | Unset = UNSET
    catno: str | Unset = UNSET
    format_: list[str] | Unset = UNSET
    label: list[str] | Unset = UNSET
    genre: list[str] | Unset = UNSET
    style: list[str] | Unset = UNSET
    barcode: list[str] | Unset = UNSET
    community: SearchCommunity | Unset = UNSET
    user_data: SearchUserData | Unset = UNSET
    master_id: int | Unset | None = UNSET
    master_url: str | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        type_ = self.type_

        title = self.title

        resource_url = self.resource_url

        uri = self.uri

        thumb: str | Unset | None
        if isinstance(self.thumb, Unset):
            thumb = UNSET
        else:
            thumb = self.thumb

        cover_image: str | Unset | None
        if isinstance(self.cover_image, Unset):
            cover_image = UNSET
        else:
            cover_image = self.cover_image

        country = self.country

        year = self.year

        catno = self.catno

        format_: list[str] | Unset = UNSET
        if not isinstance(self.format_, Unset):
            format_ = self.format_

        label: list[str] | Unset = UNSET
        if not isinstance(self.label, Unset):
            label = self.label

        genre: list[str] | Unset = UNSET
        if not isinstance(self.genre, Unset):
            genre = self.genre

        style: list[str] | Unset = UNSET
        if not isinstance(self.style, Unset):
            style = self.style

        barcode: list[str] | Unset = UNSET
        if not isinstance(self.barcode, Unset):
            barcode = self.barcode

        community: dict[str, Any] | Unset = UNSET
        if not isinstance(self.community, Unset):
            community = self.community.to_dict()

        user_data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.user_data, Unset):
            user_data = self.user_data.to_dict()

        master_id: int | Unset | None
        if isinstance(self.master_id, Unset):
            master_id = UNSET
        else:
            master_id = self.master_id

        master_url: str | Unset | None
        if isinstance(self.master_url, Unset):
            master_url = UNSET
        else:
            master_url = self.master_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "type": type_,
                "title": title,
                "resource_url": resource_url,
                "uri": uri,
            }
        )
        if thumb is not UNSET:
            field_dict["thumb"] = thumb
        if cover_image is not UNSET:
            field_dict["cover_image"] = cover_image
        if country is not UNSET:
            field_dict["country"] = country
        if year is not UNSET:
            field_dict["year"] = year
        if catno is not UNSET:
            field_dict["catno"] = catno
        if format_ is not UNSET:
            field_dict["format"] = format_
        if label is not UNSET:
            field_dict["label"] = label
        if genre is not UNSET:
            field_dict["genre"] = genre
        if style is not UNSET:
            field_dict["style"] = style
        if barcode is not UNSET:
            field_dict["barcode"] = barcode
        if community is not UNSET:
            field_dict["community"] = community
        if user_data is not UNSET:
            field_dict["user_data"] = user_data
        if master_id is not UNSET:
            field_dict["master_id"] = master_id
        if master_url is not UNSET:
            field_dict["master_url"] = master_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.search_community import SearchCommunity
        from ..models.search_user_data import SearchUserData

        d = dict(src_dict)
        id = d.pop("id")

        type_ = cast(Literal["master"], d.pop("type"))
        if type_ != "master":
            raise ValueError(f"type must match const 'master', got '{type_}'")

        title = d.pop("title")

        resource_url = d.pop("resource_url")

        uri = d.pop("uri")

        def _parse_thumb(data: object) -> str | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        thumb = _parse_thumb(d.pop("thumb", UNSET))

        def _parse_cover_image(data: object) -> str | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        cover_image = _parse_cover_image(d.pop("cover_image", UNSET))

        country = d.pop("country", UNSET)

        year = d.pop("year", UNSET)

        catno = d.pop("catno", UNSET)

        format_ = cast(list[str], d.pop("format", UNSET))

        label = cast(list[str], d.pop("label", UNSET))

        genre = cast(list[str], d.pop("genre", UNSET))

        style = cast(list[str], d.pop("style", UNSET))

        barcode = cast(list[str], d.pop("barcode", UNSET))

        _community = d.pop("community", UNSET)
        community: SearchCommunity | Unset
        if isinstance(_community, Unset):
            community = UNSET
        else:
            community = SearchCommunity.from_dict(_community)

        _user_data = d.pop("user_data", UNSET)
        user_data: SearchUserData | Unset
        if isinstance(_user_data, Unset):
            user_data = UNSET
        else:
            user_data = SearchUserData.from_dict(_user_data)

        def _parse_master_id(data: object) -> int | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        master_id = _parse_master_id(d.pop("master_id", UNSET))

        def _parse_master_url(data: object) -> str | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        master_url = _parse_master_url(d.pop("master_url", UNSET))

        search_master_result = cls(
            id=id,
            type_=type_,
            title=title,
            resource_url=resource_url,
            uri=uri,
            thumb=thumb,
            cover_image=cover_image,
            country=country,
            year=year,
            catno=catno,
            format_=format_,
            label=label,
            genre=genre,
            style=style,
            barcode=barcode,
            community=community,
            user_data=user_data,
            master_id=master_id,
            master_url=master_url,
        )

        search_master_result.additional_properties = d
        return search_master_result

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
