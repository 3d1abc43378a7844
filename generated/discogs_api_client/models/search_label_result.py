from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.search_user_data import SearchUserData


T = TypeVar("T", bound="SearchLabelResult")


@_attrs_define
class SearchLabelResult:
    """A label found by a search. It has a `title` (the label's name) but no `name`.

    Attributes:
        id (int):
        type_ (Literal['label']):
        title (str):
        resource_url (str):
        uri (str):
        thumb (None | str | Unset):
        cover_image (None | str | Unset):
        user_data (SearchUserData | Unset): Whether the searching user has the result in their collection or wantlist.
        master_id (int | None | Unset):
        master_url (None | str | Unset):
    """

    id: int
    type_: Literal["label"]
    title: str
    resource_url: str
    uri: str
    thumb: str | Unset | None = UNSET
    cover_image: str | Unset | None = UNSET
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
        if user_data is not UNSET:
            field_dict["user_data"] = user_data
        if master_id is not UNSET:
            field_dict["master_id"] = master_id
        if master_url is not UNSET:
            field_dict["master_url"] = master_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.search_user_data import SearchUserData

        d = dict(src_dict)
        id = d.pop("id")

        type_ = cast(Literal["label"], d.pop("type"))
        if type_ != "label":
            raise ValueError(f"type must match const 'label', got '{type_}'")

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

        search_label_result = cls(
            id=id,
            type_=type_,
            title=title,
            resource_url=resource_url,
            uri=uri,
            thumb=thumb,
            cover_image=cover_image,
            user_data=user_data,
            master_id=master_id,
            master_url=master_url,
        )

        search_label_result.additional_properties = d
        return search_label_result

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
