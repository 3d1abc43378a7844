from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from .. import decoding as _decoding
from .. import readable as _readable
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.master_version_stats import MasterVersionStats


T = TypeVar("T", bound="UserListItem")


class UserListItem:
    """An item of a list (a release, master, artist or label) with the owner's comment.

    Attributes:
        id (int):
        type_ (str):
        display_title (str):
        comment (str):
        uri (str):
        resource_url (str):
        image_url (str | Unset): An image URL; empty unless the request is authenticated.
        stats (MasterVersionStats | Unset): The version's counts for the requesting user and for the community.
    """

    __slots__ = (
        "__weakref__",
        "_problems",
        "additional_properties",
        "comment",
        "display_title",
        "id",
        "image_url",
        "resource_url",
        "stats",
        "type_",
        "uri",
    )
    __match_args__ = (
        "id",
        "type_",
        "display_title",
        "comment",
        "uri",
        "resource_url",
        "image_url",
        "stats",
    )

    id: int
    type_: str
    display_title: str
    comment: str
    uri: str
    resource_url: str
    image_url: str | Unset
    stats: MasterVersionStats | Unset
    additional_properties: dict[str, Any]
    # What did not match the API description when this was decoded (see decoding.problems).
    _problems: tuple[_decoding.Problem, ...]
    # (attribute, JSON key) of each field, for to_dict.
    _fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("id", "id"),
        ("type_", "type"),
        ("display_title", "display_title"),
        ("comment", "comment"),
        ("uri", "uri"),
        ("resource_url", "resource_url"),
        ("image_url", "image_url"),
        ("stats", "stats"),
    )

    def __init__(
        self,
        id: int,
        type_: str,
        display_title: str,
        comment: str,
        uri: str,
        resource_url: str,
        image_url: str | Unset = UNSET,
        stats: MasterVersionStats | Unset = UNSET,
    ) -> None:
        self.id = id
        self.type_ = type_
        self.display_title = display_title
        self.comment = comment
        self.uri = uri
        self.resource_url = resource_url
        self.image_url = image_url
        self.stats = stats
        self.additional_properties = {}
        self._problems = ()

    # The fields and unknown keys, not the problems. Defining __eq__ leaves __hash__ None: a
    # model is mutable, so unhashable.
    def __eq__(self, other: object) -> bool:
        if not isinstance(other, UserListItem) or other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.id,
            self.type_,
            self.display_title,
            self.comment,
            self.uri,
            self.resource_url,
            self.image_url,
            self.stats,
            self.additional_properties,
        ) == (
            other.id,
            other.type_,
            other.display_title,
            other.comment,
            other.uri,
            other.resource_url,
            other.image_url,
            other.stats,
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
                f"UserListItem is decoded from a JSON object, not {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        _found: list[_decoding.Problem] = []
        id: Any = d.pop("id", UNSET)
        if id.__class__ is not int:
            _decoding.mismatch(_found, ("id",), "integer", id)
        type_: Any = d.pop("type", UNSET)
        if not (isinstance(type_, str)):
            _decoding.mismatch(_found, ("type",), "string", type_)
        display_title: Any = d.pop("display_title", UNSET)
        if not (isinstance(display_title, str)):
            _decoding.mismatch(_found, ("display_title",), "string", display_title)
        comment: Any = d.pop("comment", UNSET)
        if not (isinstance(comment, str)):
            _decoding.mismatch(_found, ("comment",), "string", comment)
        uri: Any = d.pop("uri", UNSET)
        if not (isinstance(uri, str)):
            _decoding.mismatch(_found, ("uri",), "string", uri)
        resource_url: Any = d.pop("resource_url", UNSET)
        if not (isinstance(resource_url, str)):
            _decoding.mismatch(_found, ("resource_url",), "string", resource_url)
        image_url: Any = d.pop("image_url", UNSET)
        if not (isinstance(image_url, str)) and image_url is not UNSET:
            _decoding.mismatch(_found, ("image_url",), "string", image_url)
        stats: Any = d.pop("stats", UNSET)
        if isinstance(stats, dict):
            stats = MasterVersionStats.from_dict(stats)
            if stats._problems:
                _decoding.adopt(_found, ("stats",), stats._problems)
        elif stats is not UNSET:
            _decoding.mismatch(_found, ("stats",), "object (MasterVersionStats)", stats)
        user_list_item = cls(
            id=id,
            type_=type_,
            display_title=display_title,
            comment=comment,
            uri=uri,
            resource_url=resource_url,
            image_url=image_url,
            stats=stats,
        )
        user_list_item.additional_properties = d
        if _found:
            user_list_item._problems = tuple(_found)
        return user_list_item

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
from ..models.master_version_stats import MasterVersionStats  # noqa: E402
