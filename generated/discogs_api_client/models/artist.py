from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from .. import decoding as _decoding
from .. import readable as _readable
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.artist_ref import ArtistRef
    from ..models.image import Image


T = TypeVar("T", bound="Artist")


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

    __slots__ = (
        "__weakref__",
        "_problems",
        "additional_properties",
        "aliases",
        "data_quality",
        "groups",
        "id",
        "images",
        "members",
        "name",
        "namevariations",
        "profile",
        "realname",
        "releases_url",
        "resource_url",
        "uri",
        "urls",
    )
    __match_args__ = (
        "id",
        "resource_url",
        "uri",
        "releases_url",
        "data_quality",
        "name",
        "realname",
        "profile",
        "namevariations",
        "urls",
        "images",
        "members",
        "groups",
        "aliases",
    )

    id: int
    resource_url: str
    uri: str
    releases_url: str
    data_quality: str
    name: str | Unset
    realname: str | Unset
    profile: str | Unset
    namevariations: list[str] | Unset
    urls: list[str] | Unset
    images: list[Image] | Unset
    members: list[ArtistRef] | Unset
    groups: list[ArtistRef] | Unset
    aliases: list[ArtistRef] | Unset
    additional_properties: dict[str, Any]
    # What did not match the API description when this was decoded (see decoding.problems).
    _problems: tuple[_decoding.Problem, ...]
    # (attribute, JSON key) of each field, for to_dict.
    _fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("id", "id"),
        ("resource_url", "resource_url"),
        ("uri", "uri"),
        ("releases_url", "releases_url"),
        ("data_quality", "data_quality"),
        ("name", "name"),
        ("realname", "realname"),
        ("profile", "profile"),
        ("namevariations", "namevariations"),
        ("urls", "urls"),
        ("images", "images"),
        ("members", "members"),
        ("groups", "groups"),
        ("aliases", "aliases"),
    )

    def __init__(
        self,
        id: int,
        resource_url: str,
        uri: str,
        releases_url: str,
        data_quality: str,
        name: str | Unset = UNSET,
        realname: str | Unset = UNSET,
        profile: str | Unset = UNSET,
        namevariations: list[str] | Unset = UNSET,
        urls: list[str] | Unset = UNSET,
        images: list[Image] | Unset = UNSET,
        members: list[ArtistRef] | Unset = UNSET,
        groups: list[ArtistRef] | Unset = UNSET,
        aliases: list[ArtistRef] | Unset = UNSET,
    ) -> None:
        self.id = id
        self.resource_url = resource_url
        self.uri = uri
        self.releases_url = releases_url
        self.data_quality = data_quality
        self.name = name
        self.realname = realname
        self.profile = profile
        self.namevariations = namevariations
        self.urls = urls
        self.images = images
        self.members = members
        self.groups = groups
        self.aliases = aliases
        self.additional_properties = {}
        self._problems = ()

    # The fields and unknown keys, not the problems. Defining __eq__ leaves __hash__ None: a
    # model is mutable, so unhashable.
    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Artist) or other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.id,
            self.resource_url,
            self.uri,
            self.releases_url,
            self.data_quality,
            self.name,
            self.realname,
            self.profile,
            self.namevariations,
            self.urls,
            self.images,
            self.members,
            self.groups,
            self.aliases,
            self.additional_properties,
        ) == (
            other.id,
            other.resource_url,
            other.uri,
            other.releases_url,
            other.data_quality,
            other.name,
            other.realname,
            other.profile,
            other.namevariations,
            other.urls,
            other.images,
            other.members,
            other.groups,
            other.aliases,
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
            raise TypeError(f"Artist is decoded from a JSON object, not {type(src_dict).__name__}")
        d = dict(src_dict)
        _found: list[_decoding.Problem] = []
        id: Any = d.pop("id", UNSET)
        if id.__class__ is not int:
            _decoding.mismatch(_found, ("id",), "integer", id)
        resource_url: Any = d.pop("resource_url", UNSET)
        if not (isinstance(resource_url, str)):
            _decoding.mismatch(_found, ("resource_url",), "string", resource_url)
        uri: Any = d.pop("uri", UNSET)
        if not (isinstance(uri, str)):
            _decoding.mismatch(_found, ("uri",), "string", uri)
        releases_url: Any = d.pop("releases_url", UNSET)
        if not (isinstance(releases_url, str)):
            _decoding.mismatch(_found, ("releases_url",), "string", releases_url)
        data_quality: Any = d.pop("data_quality", UNSET)
        if not (isinstance(data_quality, str)):
            _decoding.mismatch(_found, ("data_quality",), "string", data_quality)
        name: Any = d.pop("name", UNSET)
        if not (isinstance(name, str)) and name is not UNSET:
            _decoding.mismatch(_found, ("name",), "string", name)
        realname: Any = d.pop("realname", UNSET)
        if not (isinstance(realname, str)) and realname is not UNSET:
            _decoding.mismatch(_found, ("realname",), "string", realname)
        profile: Any = d.pop("profile", UNSET)
        if not (isinstance(profile, str)) and profile is not UNSET:
            _decoding.mismatch(_found, ("profile",), "string", profile)
        namevariations: Any = d.pop("namevariations", UNSET)
        if isinstance(namevariations, list):
            for _i0, _item0 in enumerate(namevariations):
                if not (isinstance(_item0, str)):
                    _decoding.mismatch(_found, ("namevariations", _i0), "string", _item0)
        elif namevariations is not UNSET:
            _decoding.mismatch(_found, ("namevariations",), "array of string", namevariations)
        urls: Any = d.pop("urls", UNSET)
        if isinstance(urls, list):
            for _i0, _item0 in enumerate(urls):
                if not (isinstance(_item0, str)):
                    _decoding.mismatch(_found, ("urls", _i0), "string", _item0)
        elif urls is not UNSET:
            _decoding.mismatch(_found, ("urls",), "array of string", urls)
        images: Any = d.pop("images", UNSET)
        if isinstance(images, list):
            images = list(images)
            for _i0, _item0 in enumerate(images):
                if isinstance(_item0, dict):
                    _item0 = Image.from_dict(_item0)
                    if _item0._problems:
                        _decoding.adopt(_found, ("images", _i0), _item0._problems)
                else:
                    _decoding.mismatch(_found, ("images", _i0), "object (Image)", _item0)
                images[_i0] = _item0
        elif images is not UNSET:
            _decoding.mismatch(_found, ("images",), "array of object (Image)", images)
        members: Any = d.pop("members", UNSET)
        if isinstance(members, list):
            members = list(members)
            for _i0, _item0 in enumerate(members):
                if isinstance(_item0, dict):
                    _item0 = ArtistRef.from_dict(_item0)
                    if _item0._problems:
                        _decoding.adopt(_found, ("members", _i0), _item0._problems)
                else:
                    _decoding.mismatch(_found, ("members", _i0), "object (ArtistRef)", _item0)
                members[_i0] = _item0
        elif members is not UNSET:
            _decoding.mismatch(_found, ("members",), "array of object (ArtistRef)", members)
        groups: Any = d.pop("groups", UNSET)
        if isinstance(groups, list):
            groups = list(groups)
            for _i0, _item0 in enumerate(groups):
                if isinstance(_item0, dict):
                    _item0 = ArtistRef.from_dict(_item0)
                    if _item0._problems:
                        _decoding.adopt(_found, ("groups", _i0), _item0._problems)
                else:
                    _decoding.mismatch(_found, ("groups", _i0), "object (ArtistRef)", _item0)
                groups[_i0] = _item0
        elif groups is not UNSET:
            _decoding.mismatch(_found, ("groups",), "array of object (ArtistRef)", groups)
        aliases: Any = d.pop("aliases", UNSET)
        if isinstance(aliases, list):
            aliases = list(aliases)
            for _i0, _item0 in enumerate(aliases):
                if isinstance(_item0, dict):
                    _item0 = ArtistRef.from_dict(_item0)
                    if _item0._problems:
                        _decoding.adopt(_found, ("aliases", _i0), _item0._problems)
                else:
                    _decoding.mismatch(_found, ("aliases", _i0), "object (ArtistRef)", _item0)
                aliases[_i0] = _item0
        elif aliases is not UNSET:
            _decoding.mismatch(_found, ("aliases",), "array of object (ArtistRef)", aliases)
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
        if _found:
            artist._problems = tuple(_found)
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


# The models this one holds, imported once the class exists (models refer to each other in
# cycles): from_dict finds them here instead of importing them on every call.
from ..models.artist_ref import ArtistRef  # noqa: E402
from ..models.image import Image  # noqa: E402
