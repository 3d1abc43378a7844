from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Literal, TypeVar

from .. import decoding as _decoding
from .. import readable as _readable
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.search_community import SearchCommunity
    from ..models.search_user_data import SearchUserData


T = TypeVar("T", bound="SearchMasterResult")


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

    __slots__ = (
        "__weakref__",
        "_problems",
        "additional_properties",
        "barcode",
        "catno",
        "community",
        "country",
        "cover_image",
        "format_",
        "genre",
        "id",
        "label",
        "master_id",
        "master_url",
        "resource_url",
        "style",
        "thumb",
        "title",
        "type_",
        "uri",
        "user_data",
        "year",
    )
    __match_args__ = (
        "id",
        "type_",
        "title",
        "resource_url",
        "uri",
        "thumb",
        "cover_image",
        "country",
        "year",
        "catno",
        "format_",
        "label",
        "genre",
        "style",
        "barcode",
        "community",
        "user_data",
        "master_id",
        "master_url",
    )

    id: int
    type_: Literal["master"]
    title: str
    resource_url: str
    uri: str
    thumb: str | Unset | None
    cover_image: str | Unset | None
    country: str | Unset
    year: str | Unset
    catno: str | Unset
    format_: list[str] | Unset
    label: list[str] | Unset
    genre: list[str] | Unset
    style: list[str] | Unset
    barcode: list[str] | Unset
    community: SearchCommunity | Unset
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
        ("country", "country"),
        ("year", "year"),
        ("catno", "catno"),
        ("format_", "format"),
        ("label", "label"),
        ("genre", "genre"),
        ("style", "style"),
        ("barcode", "barcode"),
        ("community", "community"),
        ("user_data", "user_data"),
        ("master_id", "master_id"),
        ("master_url", "master_url"),
    )

    def __init__(
        self,
        id: int,
        type_: Literal["master"],
        title: str,
        resource_url: str,
        uri: str,
        thumb: str | Unset | None = UNSET,
        cover_image: str | Unset | None = UNSET,
        country: str | Unset = UNSET,
        year: str | Unset = UNSET,
        catno: str | Unset = UNSET,
        format_: list[str] | Unset = UNSET,
        label: list[str] | Unset = UNSET,
        genre: list[str] | Unset = UNSET,
        style: list[str] | Unset = UNSET,
        barcode: list[str] | Unset = UNSET,
        community: SearchCommunity | Unset = UNSET,
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
        self.country = country
        self.year = year
        self.catno = catno
        self.format_ = format_
        self.label = label
        self.genre = genre
        self.style = style
        self.barcode = barcode
        self.community = community
        self.user_data = user_data
        self.master_id = master_id
        self.master_url = master_url
        self.additional_properties = {}
        self._problems = ()

    # The fields and unknown keys, not the problems. Defining __eq__ leaves __hash__ None: a
    # model is mutable, so unhashable.
    def __eq__(self, other: object) -> bool:
        if not isinstance(other, SearchMasterResult) or other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.id,
            self.type_,
            self.title,
            self.resource_url,
            self.uri,
            self.thumb,
            self.cover_image,
            self.country,
            self.year,
            self.catno,
            self.format_,
            self.label,
            self.genre,
            self.style,
            self.barcode,
            self.community,
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
            other.country,
            other.year,
            other.catno,
            other.format_,
            other.label,
            other.genre,
            other.style,
            other.barcode,
            other.community,
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
                f"SearchMasterResult is decoded from a JSON object, not {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        _found: list[_decoding.Problem] = []
        id: Any = d.pop("id", UNSET)
        if id.__class__ is not int:
            _decoding.mismatch(_found, ("id",), "integer", id)
        type_: Any = d.pop("type", UNSET)
        if not (type_ == "master"):
            _decoding.unlisted(_found, ("type",), '"master"', type_)
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
        country: Any = d.pop("country", UNSET)
        if not (isinstance(country, str)) and country is not UNSET:
            _decoding.mismatch(_found, ("country",), "string", country)
        year: Any = d.pop("year", UNSET)
        if not (isinstance(year, str)) and year is not UNSET:
            _decoding.mismatch(_found, ("year",), "string", year)
        catno: Any = d.pop("catno", UNSET)
        if not (isinstance(catno, str)) and catno is not UNSET:
            _decoding.mismatch(_found, ("catno",), "string", catno)
        format_: Any = d.pop("format", UNSET)
        if isinstance(format_, list):
            for _i0, _item0 in enumerate(format_):
                if not (isinstance(_item0, str)):
                    _decoding.mismatch(_found, ("format", _i0), "string", _item0)
        elif format_ is not UNSET:
            _decoding.mismatch(_found, ("format",), "array of string", format_)
        label: Any = d.pop("label", UNSET)
        if isinstance(label, list):
            for _i0, _item0 in enumerate(label):
                if not (isinstance(_item0, str)):
                    _decoding.mismatch(_found, ("label", _i0), "string", _item0)
        elif label is not UNSET:
            _decoding.mismatch(_found, ("label",), "array of string", label)
        genre: Any = d.pop("genre", UNSET)
        if isinstance(genre, list):
            for _i0, _item0 in enumerate(genre):
                if not (isinstance(_item0, str)):
                    _decoding.mismatch(_found, ("genre", _i0), "string", _item0)
        elif genre is not UNSET:
            _decoding.mismatch(_found, ("genre",), "array of string", genre)
        style: Any = d.pop("style", UNSET)
        if isinstance(style, list):
            for _i0, _item0 in enumerate(style):
                if not (isinstance(_item0, str)):
                    _decoding.mismatch(_found, ("style", _i0), "string", _item0)
        elif style is not UNSET:
            _decoding.mismatch(_found, ("style",), "array of string", style)
        barcode: Any = d.pop("barcode", UNSET)
        if isinstance(barcode, list):
            for _i0, _item0 in enumerate(barcode):
                if not (isinstance(_item0, str)):
                    _decoding.mismatch(_found, ("barcode", _i0), "string", _item0)
        elif barcode is not UNSET:
            _decoding.mismatch(_found, ("barcode",), "array of string", barcode)
        community: Any = d.pop("community", UNSET)
        if isinstance(community, dict):
            community = SearchCommunity.from_dict(community)
            if community._problems:
                _decoding.adopt(_found, ("community",), community._problems)
        elif community is not UNSET:
            _decoding.mismatch(_found, ("community",), "object (SearchCommunity)", community)
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
        if _found:
            search_master_result._problems = tuple(_found)
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


# The models this one holds, imported once the class exists (models refer to each other in
# cycles): from_dict finds them here instead of importing them on every call.
from ..models.search_community import SearchCommunity  # noqa: E402
from ..models.search_user_data import SearchUserData  # noqa: E402
