from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.user_list_item import UserListItem
    from ..models.user_ref import UserRef


T = TypeVar("T", bound="UserList")


@_attrs_define
class UserList:
    """A list and its items. The documentation's example names the id `list_id` and the timestamps `created_ts` and
    `modified_ts`, where list summaries say `id`, `date_added` and `date_changed`: both spellings are accepted, and none
    is required.

        Attributes:
            name (str):
            items (list[UserListItem]):
            id (int | Unset):
            list_id (int | Unset):
            description (str | Unset):
            public (bool | Unset):
            created_ts (datetime.datetime | Unset):
            modified_ts (datetime.datetime | Unset):
            date_added (datetime.datetime | Unset):
            date_changed (datetime.datetime | Unset):
            url (str | Unset):
            uri (str | Unset):
            resource_url (str | Unset):
            image_url (str | Unset):
            user (UserRef | Unset): A reference to a Discogs user.
    """

    name: str
    items: list[UserListItem]
    id: int | Unset = UNSET
    list_id: int | Unset = UNSET
    description: str | Unset = UNSET
    public: bool | Unset = UNSET
    created_ts: datetime.datetime | Unset = UNSET
    modified_ts: datetime.datetime | Unset = UNSET
    date_added: datetime.datetime | Unset = UNSET
    date_changed: datetime.datetime | Unset = UNSET
    url: str | Unset = UNSET
    uri: str | Unset = UNSET
    resource_url: str | Unset = UNSET
    image_url: str | Unset = UNSET
    user: UserRef | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        items = []
        for items_item_data in self.items:
            items_item = items_item_data.to_dict()
            items.append(items_item)

        id = self.id

        list_id = self.list_id

        description = self.description

        public = self.public

        created_ts: str | Unset = UNSET
        if not isinstance(self.created_ts, Unset):
            created_ts = self.created_ts.isoformat()

        modified_ts: str | Unset = UNSET
        if not isinstance(self.modified_ts, Unset):
            modified_ts = self.modified_ts.isoformat()

        date_added: str | Unset = UNSET
        if not isinstance(self.date_added, Unset):
            date_added = self.date_added.isoformat()

        date_changed: str | Unset = UNSET
        if not isinstance(self.date_changed, Unset):
            date_changed = self.date_changed.isoformat()

        url = self.url

        uri = self.uri

        resource_url = self.resource_url

        image_url = self.image_url

        user: dict[str, Any] | Unset = UNSET
        if not isinstance(self.user, Unset):
            user = self.user.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "items": items,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if list_id is not UNSET:
            field_dict["list_id"] = list_id
        if description is not UNSET:
            field_dict["description"] = description
        if public is not UNSET:
            field_dict["public"] = public
        if created_ts is not UNSET:
            field_dict["created_ts"] = created_ts
        if modified_ts is not UNSET:
            field_dict["modified_ts"] = modified_ts
        if date_added is not UNSET:
            field_dict["date_added"] = date_added
        if date_changed is not UNSET:
            field_dict["date_changed"] = date_changed
        if url is not UNSET:
            field_dict["url"] = url
        if uri is not UNSET:
            field_dict["uri"] = uri
        if resource_url is not UNSET:
            field_dict["resource_url"] = resource_url
        if image_url is not UNSET:
            field_dict["image_url"] = image_url
        if user is not UNSET:
            field_dict["user"] = user

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.user_list_item import UserListItem
        from ..models.user_ref import UserRef

        d = dict(src_dict)
        name = d.pop("name")

        items = []
        _items = d.pop("items")
        for items_item_data in _items:
            items_item = UserListItem.from_dict(items_item_data)

            items.append(items_item)

        id = d.pop("id", UNSET)

        list_id = d.pop("list_id", UNSET)

        description = d.pop("description", UNSET)

        public = d.pop("public", UNSET)

        _created_ts = d.pop("created_ts", UNSET)
        created_ts: datetime.datetime | Unset
        if isinstance(_created_ts, Unset):
            created_ts = UNSET
        else:
            created_ts = datetime.datetime.fromisoformat(_created_ts)

        _modified_ts = d.pop("modified_ts", UNSET)
        modified_ts: datetime.datetime | Unset
        if isinstance(_modified_ts, Unset):
            modified_ts = UNSET
        else:
            modified_ts = datetime.datetime.fromisoformat(_modified_ts)

        _date_added = d.pop("date_added", UNSET)
        date_added: datetime.datetime | Unset
        if isinstance(_date_added, Unset):
            date_added = UNSET
        else:
            date_added = datetime.datetime.fromisoformat(_date_added)

        _date_changed = d.pop("date_changed", UNSET)
        date_changed: datetime.datetime | Unset
        if isinstance(_date_changed, Unset):
            date_changed = UNSET
        else:
            date_changed = datetime.datetime.fromisoformat(_date_changed)

        url = d.pop("url", UNSET)

        uri = d.pop("uri", UNSET)

        resource_url = d.pop("resource_url", UNSET)

        image_url = d.pop("image_url", UNSET)

        _user = d.pop("user", UNSET)
        user: UserRef | Unset
        if isinstance(_user, Unset):
            user = UNSET
        else:
            user = UserRef.from_dict(_user)

        user_list = cls(
            name=name,
            items=items,
            id=id,
            list_id=list_id,
            description=description,
            public=public,
            created_ts=created_ts,
            modified_ts=modified_ts,
            date_added=date_added,
            date_changed=date_changed,
            url=url,
            uri=uri,
            resource_url=resource_url,
            image_url=image_url,
            user=user,
        )

        user_list.additional_properties = d
        return user_list

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
