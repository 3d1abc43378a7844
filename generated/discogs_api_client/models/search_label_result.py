from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Literal, TypeVar

from .. import decoding as _decoding
from .. import readable as _readable
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.search_user_data import SearchUserData


T = TypeVar("T", bound="SearchLabelResult")


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

    __slots__ = (
        "__weakref__",
        "_problems",
        "additional_properties",
        "cover_image",
        "id",
        "master_id",
        "master_url",
        "resource_url",
        "thumb",
        "title",
        "type_",
        "uri",
        "user_data",
    )
    __match_args__ = (
        "id",
        "type_",
        "title",
        "resource_url",
        "uri",
        "thumb",
        "cover_image",
        "user_data",
        "master_id",
        "master_url",
    )

    id: int
    type_: Literal["label"]
    title: str
    resource_url: str
    uri: str
    thumb: str | Unset | None
    cover_image: str | Unset | None
    user_data: SearchUserData | Unset
    master_id: int | Unset | None
    master_url: str | Unset | None
    additional_properties: dict[str, Any]
    # What did not match the API description when this was decoded (see decoding.problems).
    _problems: tuple[_decoding.Problem, ...]
    # (attribute, JSON key) of each field, for to_dict.
    _fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("id", "id"),
        ("type_", "type"),
        ("title", "title"),
        ("resource_url", "resource_url"),
        ("uri", "uri"),
        ("thumb", "thumb"),
        ("cover_image", "cover_image"),
        ("user_data", "user_data"),
        ("master_id", "master_id"),
        ("master_url", "master_url"),
    )

    def __init__(
        self,
        id: int,
        type_: Literal["label"],
        title: str,
        resource_url: str,
        uri: str,
        thumb: str | Unset | None = UNSET,
        cover_image: str | Unset | None = UNSET,
        user_data: SearchUserData | Unset = UNSET,
        master_id: int | Unset | None = UNSET,
        master_url: str | Unset | None = UNSET,
    ) -> None:
        self.id = id
        self.type_ = type_
        self.title = title
        self.resource_url = resource_url
        self.uri = uri
        self.thumb = thumb
        self.cover_image = cover_image
        self.user_data = user_data
        self.master_id = master_id
        self.master_url = master_url
        self.additional_properties = {}
        self._problems = ()

    # The fields and unknown keys, not the problems. Defining __eq__ leaves __hash__ None: a
    # model is mutable, so unhashable.
    def __eq__(self, other: object) -> bool:
        if not isinstance(other, SearchLabelResult) or other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.id,
            self.type_,
            self.title,
            self.resource_url,
            self.uri,
            self.thumb,
            self.cover_image,
            self.user_data,
            self.master_id,
            self.master_url,
            self.additional_properties,
        ) == (
            other.id,
            other.type_,
            other.title,
            other.resource_url,
            other.uri,
            other.thumb,
            other.cover_image,
            other.user_data,
            other.master_id,
            other.master_url,
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
                f"SearchLabelResult is decoded from a JSON object, not {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        _found: list[_decoding.Problem] = []
        id: Any = d.pop("id", UNSET)
        if id.__class__ is not int:
            _decoding.mismatch(_found, ("id",), "integer", id)
        type_: Any = d.pop("type", UNSET)
        if not (type_ == "label"):
            _decoding.unlisted(_found, ("type",), '"label"', type_)
        title: Any = d.pop("title", UNSET)
        if not (isinstance(title, str)):
            _decoding.mismatch(_found, ("title",), "string", title)
        resource_url: Any = d.pop("resource_url", UNSET)
        if not (isinstance(resource_url, str)):
            _decoding.mismatch(_found, ("resource_url",), "string", resource_url)
        uri: Any = d.pop("uri", UNSET)
        if not (isinstance(uri, str)):
            _decoding.mismatch(_found, ("uri",), "string", uri)
        thumb: Any = d.pop("thumb", UNSET)
        if isinstance(thumb, str) or thumb is None:
            pass
        elif thumb is not UNSET:
            _decoding.mismatch(_found, ("thumb",), "string or null", thumb)
        cover_image: Any = d.pop("cover_image", UNSET)
        if isinstance(cover_image, str) or cover_image is None:
            pass
        elif cover_image is not UNSET:
            _decoding.mismatch(_found, ("cover_image",), "string or null", cover_image)
        user_data: Any = d.pop("user_data", UNSET)
        if isinstance(user_data, dict):
            user_data = SearchUserData.from_dict(user_data)
            if user_data._problems:
                _decoding.adopt(_found, ("user_data",), user_data._problems)
        elif user_data is not UNSET:
            _decoding.mismatch(_found, ("user_data",), "object (SearchUserData)", user_data)
        master_id: Any = d.pop("master_id", UNSET)
        if master_id.__class__ is int or master_id is None:
            pass
        elif master_id is not UNSET:
            _decoding.mismatch(_found, ("master_id",), "integer or null", master_id)
        master_url: Any = d.pop("master_url", UNSET)
        if isinstance(master_url, str) or master_url is None:
            pass
        elif master_url is not UNSET:
            _decoding.mismatch(_found, ("master_url",), "string or null", master_url)
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
        if _found:
            search_label_result._problems = tuple(_found)
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


# The models this one holds, imported once the class exists (models refer to each other in
# cycles): from_dict finds them here instead of importing them on every call.
from ..models.search_user_data import SearchUserData  # noqa: E402
