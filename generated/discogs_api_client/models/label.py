from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from .. import decoding as _decoding
from .. import readable as _readable
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.image import Image
    from ..models.label_ref import LabelRef


T = TypeVar("T", bound="Label")


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

    __slots__ = (
        "__weakref__",
        "_problems",
        "additional_properties",
        "contact_info",
        "data_quality",
        "id",
        "images",
        "name",
        "parent_label",
        "profile",
        "releases_url",
        "resource_url",
        "sublabels",
        "uri",
        "urls",
    )
    __match_args__ = (
        "id",
        "name",
        "resource_url",
        "uri",
        "releases_url",
        "data_quality",
        "profile",
        "contact_info",
        "urls",
        "images",
        "parent_label",
        "sublabels",
    )

    id: int
    name: str
    resource_url: str
    uri: str
    releases_url: str
    data_quality: str
    profile: str | Unset
    contact_info: str | Unset
    urls: list[str] | Unset
    images: list[Image] | Unset
    parent_label: LabelRef | Unset
    sublabels: list[LabelRef] | Unset
    additional_properties: dict[str, Any]
    # What did not match the API description when this was decoded (see decoding.problems).
    _problems: tuple[_decoding.Problem, ...]
    # (attribute, JSON key) of each field, for to_dict.
    _fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("id", "id"),
        ("name", "name"),
        ("resource_url", "resource_url"),
        ("uri", "uri"),
        ("releases_url", "releases_url"),
        ("data_quality", "data_quality"),
        ("profile", "profile"),
        ("contact_info", "contact_info"),
        ("urls", "urls"),
        ("images", "images"),
        ("parent_label", "parent_label"),
        ("sublabels", "sublabels"),
    )

    def __init__(
        self,
        id: int,
        name: str,
        resource_url: str,
        uri: str,
        releases_url: str,
        data_quality: str,
        profile: str | Unset = UNSET,
        contact_info: str | Unset = UNSET,
        urls: list[str] | Unset = UNSET,
        images: list[Image] | Unset = UNSET,
        parent_label: LabelRef | Unset = UNSET,
        sublabels: list[LabelRef] | Unset = UNSET,
    ) -> None:
        self.id = id
        self.name = name
        self.resource_url = resource_url
        self.uri = uri
        self.releases_url = releases_url
        self.data_quality = data_quality
        self.profile = profile
        self.contact_info = contact_info
        self.urls = urls
        self.images = images
        self.parent_label = parent_label
        self.sublabels = sublabels
        self.additional_properties = {}
        self._problems = ()

    # The fields and unknown keys, not the problems. Defining __eq__ leaves __hash__ None: a
    # model is mutable, so unhashable.
    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Label) or other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.id,
            self.name,
            self.resource_url,
            self.uri,
            self.releases_url,
            self.data_quality,
            self.profile,
            self.contact_info,
            self.urls,
            self.images,
            self.parent_label,
            self.sublabels,
            self.additional_properties,
        ) == (
            other.id,
            other.name,
            other.resource_url,
            other.uri,
            other.releases_url,
            other.data_quality,
            other.profile,
            other.contact_info,
            other.urls,
            other.images,
            other.parent_label,
            other.sublabels,
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
            raise TypeError(f"Label is decoded from a JSON object, not {type(src_dict).__name__}")
        d = dict(src_dict)
        _found: list[_decoding.Problem] = []
        id: Any = d.pop("id", UNSET)
        if id.__class__ is not int:
            _decoding.mismatch(_found, ("id",), "integer", id)
        name: Any = d.pop("name", UNSET)
        if not (isinstance(name, str)):
            _decoding.mismatch(_found, ("name",), "string", name)
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
        profile: Any = d.pop("profile", UNSET)
        if not (isinstance(profile, str)) and profile is not UNSET:
            _decoding.mismatch(_found, ("profile",), "string", profile)
        contact_info: Any = d.pop("contact_info", UNSET)
        if not (isinstance(contact_info, str)) and contact_info is not UNSET:
            _decoding.mismatch(_found, ("contact_info",), "string", contact_info)
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
        parent_label: Any = d.pop("parent_label", UNSET)
        if isinstance(parent_label, dict):
            parent_label = LabelRef.from_dict(parent_label)
            if parent_label._problems:
                _decoding.adopt(_found, ("parent_label",), parent_label._problems)
        elif parent_label is not UNSET:
            _decoding.mismatch(_found, ("parent_label",), "object (LabelRef)", parent_label)
        sublabels: Any = d.pop("sublabels", UNSET)
        if isinstance(sublabels, list):
            sublabels = list(sublabels)
            for _i0, _item0 in enumerate(sublabels):
                if isinstance(_item0, dict):
                    _item0 = LabelRef.from_dict(_item0)
                    if _item0._problems:
                        _decoding.adopt(_found, ("sublabels", _i0), _item0._problems)
                else:
                    _decoding.mismatch(_found, ("sublabels", _i0), "object (LabelRef)", _item0)
                sublabels[_i0] = _item0
        elif sublabels is not UNSET:
            _decoding.mismatch(_found, ("sublabels",), "array of object (LabelRef)", sublabels)
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
        if _found:
            label._problems = tuple(_found)
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


# The models this one holds, imported once the class exists (models refer to each other in
# cycles): from_dict finds them here instead of importing them on every call.
from ..models.image import Image  # noqa: E402
from ..models.label_ref import LabelRef  # noqa: E402
