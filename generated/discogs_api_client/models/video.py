from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from .. import decoding as _decoding
from .. import readable as _readable
from ..types import UNSET

T = TypeVar("T", bound="Video")


class Video:
    """A video linked to a release or master.

    Attributes:
        uri (str):
        title (str):
        description (str):
        duration (int): The length in seconds.
        embed (bool):
    """

    __slots__ = (
        "__weakref__",
        "_problems",
        "additional_properties",
        "description",
        "duration",
        "embed",
        "title",
        "uri",
    )
    __match_args__ = (
        "uri",
        "title",
        "description",
        "duration",
        "embed",
    )

    uri: str
    title: str
    description: str
    duration: int
    embed: bool
    additional_properties: dict[str, Any]
    # What did not match the API description when this was decoded (see decoding.problems).
    _problems: tuple[_decoding.Problem, ...]
    # (attribute, JSON key) of each field, for to_dict.
    _fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("uri", "uri"),
        ("title", "title"),
        ("description", "description"),
        ("duration", "duration"),
        ("embed", "embed"),
    )

    def __init__(
        self,
        uri: str,
        title: str,
        description: str,
        duration: int,
        embed: bool,
    ) -> None:
        self.uri = uri
        self.title = title
        self.description = description
        self.duration = duration
        self.embed = embed
        self.additional_properties = {}
        self._problems = ()

    # The fields and unknown keys, not the problems. Defining __eq__ leaves __hash__ None: a
    # model is mutable, so unhashable.
    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Video) or other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.uri,
            self.title,
            self.description,
            self.duration,
            self.embed,
            self.additional_properties,
        ) == (
            other.uri,
            other.title,
            other.description,
            other.duration,
            other.embed,
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
            raise TypeError(f"Video is decoded from a JSON object, not {type(src_dict).__name__}")
        d = dict(src_dict)
        _found: list[_decoding.Problem] = []
        uri: Any = d.pop("uri", UNSET)
        if not (isinstance(uri, str)):
            _decoding.mismatch(_found, ("uri",), "string", uri)
        title: Any = d.pop("title", UNSET)
        if not (isinstance(title, str)):
            _decoding.mismatch(_found, ("title",), "string", title)
        description: Any = d.pop("description", UNSET)
        if not (isinstance(description, str)):
            _decoding.mismatch(_found, ("description",), "string", description)
        duration: Any = d.pop("duration", UNSET)
        if duration.__class__ is not int:
            _decoding.mismatch(_found, ("duration",), "integer", duration)
        embed: Any = d.pop("embed", UNSET)
        if embed.__class__ is not bool:
            _decoding.mismatch(_found, ("embed",), "boolean", embed)
        video = cls(
            uri=uri,
            title=title,
            description=description,
            duration=duration,
            embed=embed,
        )
        video.additional_properties = d
        if _found:
            video._problems = tuple(_found)
        return video

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
