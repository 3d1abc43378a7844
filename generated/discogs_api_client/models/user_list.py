from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from .. import decoding as _decoding
from .. import readable as _readable
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.user_list_item import UserListItem
    from ..models.user_ref import UserRef


T = TypeVar("T", bound="UserList")


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

    __slots__ = (
        "__weakref__",
        "_problems",
        "additional_properties",
        "created_ts",
        "date_added",
        "date_changed",
        "description",
        "id",
        "image_url",
        "items",
        "list_id",
        "modified_ts",
        "name",
        "public",
        "resource_url",
        "uri",
        "url",
        "user",
    )
    __match_args__ = (
        "name",
        "items",
        "id",
        "list_id",
        "description",
        "public",
        "created_ts",
        "modified_ts",
        "date_added",
        "date_changed",
        "url",
        "uri",
        "resource_url",
        "image_url",
        "user",
    )

    name: str
    items: list[UserListItem]
    id: int | Unset
    list_id: int | Unset
    description: str | Unset
    public: bool | Unset
    created_ts: datetime.datetime | Unset
    modified_ts: datetime.datetime | Unset
    date_added: datetime.datetime | Unset
    date_changed: datetime.datetime | Unset
    url: str | Unset
    uri: str | Unset
    resource_url: str | Unset
    image_url: str | Unset
    user: UserRef | Unset
    additional_properties: dict[str, Any]
    # What did not match the API description when this was decoded (see decoding.problems).
    _problems: tuple[_decoding.Problem, ...]
    # (attribute, JSON key) of each field, for to_dict.
    _fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("name", "name"),
        ("items", "items"),
        ("id", "id"),
        ("list_id", "list_id"),
        ("description", "description"),
        ("public", "public"),
        ("created_ts", "created_ts"),
        ("modified_ts", "modified_ts"),
        ("date_added", "date_added"),
        ("date_changed", "date_changed"),
        ("url", "url"),
        ("uri", "uri"),
        ("resource_url", "resource_url"),
        ("image_url", "image_url"),
        ("user", "user"),
    )

    def __init__(
        self,
        name: str,
        items: list[UserListItem],
        id: int | Unset = UNSET,
        list_id: int | Unset = UNSET,
        description: str | Unset = UNSET,
        public: bool | Unset = UNSET,
        created_ts: datetime.datetime | Unset = UNSET,
        modified_ts: datetime.datetime | Unset = UNSET,
        date_added: datetime.datetime | Unset = UNSET,
        date_changed: datetime.datetime | Unset = UNSET,
        url: str | Unset = UNSET,
        uri: str | Unset = UNSET,
        resource_url: str | Unset = UNSET,
        image_url: str | Unset = UNSET,
        user: UserRef | Unset = UNSET,
    ) -> None:
        self.name = name
        self.items = items
        self.id = id
        self.list_id = list_id
        self.description = description
        self.public = public
        self.created_ts = created_ts
        self.modified_ts = modified_ts
        self.date_added = date_added
        self.date_changed = date_changed
        self.url = url
        self.uri = uri
        self.resource_url = resource_url
        self.image_url = image_url
        self.user = user
        self.additional_properties = {}
        self._problems = ()

    # The fields and unknown keys, not the problems. Defining __eq__ leaves __hash__ None: a
    # model is mutable, so unhashable.
    def __eq__(self, other: object) -> bool:
        if not isinstance(other, UserList) or other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.name,
            self.items,
            self.id,
            self.list_id,
            self.description,
            self.public,
            self.created_ts,
            self.modified_ts,
            self.date_added,
            self.date_changed,
            self.url,
            self.uri,
            self.resource_url,
            self.image_url,
            self.user,
            self.additional_properties,
        ) == (
            other.name,
            other.items,
            other.id,
            other.list_id,
            other.description,
            other.public,
            other.created_ts,
            other.modified_ts,
            other.date_added,
            other.date_changed,
            other.url,
            other.uri,
            other.resource_url,
            other.image_url,
            other.user,
            other.additional_properties,
        )

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON data (`json.dumps` takes it): the fields that were set, as sent."""
        return _decoding.to_dict(self, self._fields)

    def __repr__(self) -> str:
        return _readable.model_repr(self, self._fields)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Decode a JSON object leniently; see `decoding.problems` for what did not match."""
        if src_dict.__class__ is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"UserList is decoded from a JSON object, not {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        _found: list[_decoding.Problem] = []
        name: Any = d.pop("name", UNSET)
        if not (isinstance(name, str)):
            _decoding.mismatch(_found, ("name",), "string", name)
        items: Any = d.pop("items", UNSET)
        if isinstance(items, list):
            items = list(items)
            for _i0, _item0 in enumerate(items):
                if isinstance(_item0, dict):
                    _item0 = UserListItem.from_dict(_item0)
                    if _item0._problems:
                        _decoding.adopt(_found, ("items", _i0), _item0._problems)
                else:
                    _decoding.mismatch(_found, ("items", _i0), "object (UserListItem)", _item0)
                items[_i0] = _item0
        else:
            _decoding.mismatch(_found, ("items",), "array of object (UserListItem)", items)
        id: Any = d.pop("id", UNSET)
        if id.__class__ is not int and id is not UNSET:
            _decoding.mismatch(_found, ("id",), "integer", id)
        list_id: Any = d.pop("list_id", UNSET)
        if list_id.__class__ is not int and list_id is not UNSET:
            _decoding.mismatch(_found, ("list_id",), "integer", list_id)
        description: Any = d.pop("description", UNSET)
        if not (isinstance(description, str)) and description is not UNSET:
            _decoding.mismatch(_found, ("description",), "string", description)
        public: Any = d.pop("public", UNSET)
        if public.__class__ is not bool and public is not UNSET:
            _decoding.mismatch(_found, ("public",), "boolean", public)
        created_ts: Any = d.pop("created_ts", UNSET)
        if _decoding.is_timestamp(created_ts):
            created_ts = datetime.datetime.fromisoformat(created_ts)
        elif created_ts is not UNSET:
            _decoding.misformatted(
                _found, ("created_ts",), "date-time with a time zone offset", created_ts
            )
        modified_ts: Any = d.pop("modified_ts", UNSET)
        if _decoding.is_timestamp(modified_ts):
            modified_ts = datetime.datetime.fromisoformat(modified_ts)
        elif modified_ts is not UNSET:
            _decoding.misformatted(
                _found, ("modified_ts",), "date-time with a time zone offset", modified_ts
            )
        date_added: Any = d.pop("date_added", UNSET)
        if _decoding.is_timestamp(date_added):
            date_added = datetime.datetime.fromisoformat(date_added)
        elif date_added is not UNSET:
            _decoding.misformatted(
                _found, ("date_added",), "date-time with a time zone offset", date_added
            )
        date_changed: Any = d.pop("date_changed", UNSET)
        if _decoding.is_timestamp(date_changed):
            date_changed = datetime.datetime.fromisoformat(date_changed)
        elif date_changed is not UNSET:
            _decoding.misformatted(
                _found, ("date_changed",), "date-time with a time zone offset", date_changed
            )
        url: Any = d.pop("url", UNSET)
        if not (isinstance(url, str)) and url is not UNSET:
            _decoding.mismatch(_found, ("url",), "string", url)
        uri: Any = d.pop("uri", UNSET)
        if not (isinstance(uri, str)) and uri is not UNSET:
            _decoding.mismatch(_found, ("uri",), "string", uri)
        resource_url: Any = d.pop("resource_url", UNSET)
        if not (isinstance(resource_url, str)) and resource_url is not UNSET:
            _decoding.mismatch(_found, ("resource_url",), "string", resource_url)
        image_url: Any = d.pop("image_url", UNSET)
        if not (isinstance(image_url, str)) and image_url is not UNSET:
            _decoding.mismatch(_found, ("image_url",), "string", image_url)
        user: Any = d.pop("user", UNSET)
        if isinstance(user, dict):
            user = UserRef.from_dict(user)
            if user._problems:
                _decoding.adopt(_found, ("user",), user._problems)
        elif user is not UNSET:
            _decoding.mismatch(_found, ("user",), "object (UserRef)", user)
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
        if _found:
            user_list._problems = tuple(_found)
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


# The models this one holds, imported once the class exists (models refer to each other in
# cycles): from_dict finds them here instead of importing them on every call.
from ..models.user_list_item import UserListItem  # noqa: E402
from ..models.user_ref import UserRef  # noqa: E402
