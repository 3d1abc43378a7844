from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from .. import decoding as _decoding
from .. import readable as _readable
from ..types import UNSET

T = TypeVar("T", bound="DatabaseStatistics")


class DatabaseStatistics:
    """How many of each kind of database object exist.

    Attributes:
        releases (int):
        artists (int):
        labels (int):
    """

    __slots__ = (
        "__weakref__",
        "_problems",
        "additional_properties",
        "artists",
        "labels",
        "releases",
    )
    __match_args__ = (
        "releases",
        "artists",
        "labels",
    )

    releases: int
    artists: int
    labels: int
    additional_properties: dict[str, Any]
    # What did not match the API description when this was decoded (see decoding.problems).
    _problems: tuple[_decoding.Problem, ...]
    # (attribute, JSON key) of each field, for to_dict.
    _fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("releases", "releases"),
        ("artists", "artists"),
        ("labels", "labels"),
    )

    def __init__(
        self,
        releases: int,
        artists: int,
        labels: int,
    ) -> None:
        self.releases = releases
        self.artists = artists
        self.labels = labels
        self.additional_properties = {}
        self._problems = ()

    # The fields and unknown keys, not the problems. Defining __eq__ leaves __hash__ None: a
    # model is mutable, so unhashable.
    def __eq__(self, other: object) -> bool:
        if not isinstance(other, DatabaseStatistics) or other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.releases,
            self.artists,
            self.labels,
            self.additional_properties,
        ) == (
            other.releases,
            other.artists,
            other.labels,
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
                f"DatabaseStatistics is decoded from a JSON object, not {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        _found: list[_decoding.Problem] = []
        releases: Any = d.pop("releases", UNSET)
        if releases.__class__ is not int:
            _decoding.mismatch(_found, ("releases",), "integer", releases)
        artists: Any = d.pop("artists", UNSET)
        if artists.__class__ is not int:
            _decoding.mismatch(_found, ("artists",), "integer", artists)
        labels: Any = d.pop("labels", UNSET)
        if labels.__class__ is not int:
            _decoding.mismatch(_found, ("labels",), "integer", labels)
        database_statistics = cls(
            releases=releases,
            artists=artists,
            labels=labels,
        )
        database_statistics.additional_properties = d
        if _found:
            database_statistics._problems = tuple(_found)
        return database_statistics

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
