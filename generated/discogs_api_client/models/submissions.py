from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from .. import decoding as _decoding
from .. import readable as _readable
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.artist import Artist
    from ..models.label import Label
    from ..models.release import Release


T = TypeVar("T", bound="Submissions")


class Submissions:
    """A user's submissions, one list per kind of database object.

    Attributes:
        artists (list[Artist] | Unset):
        labels (list[Label] | Unset):
        releases (list[Release] | Unset):
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
        "artists",
        "labels",
        "releases",
    )

    artists: list[Artist] | Unset
    labels: list[Label] | Unset
    releases: list[Release] | Unset
    additional_properties: dict[str, Any]
    # What did not match the API description when this was decoded (see decoding.problems).
    _problems: tuple[_decoding.Problem, ...]
    # (attribute, JSON key) of each field, for to_dict.
    _fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("artists", "artists"),
        ("labels", "labels"),
        ("releases", "releases"),
    )

    def __init__(
        self,
        artists: list[Artist] | Unset = UNSET,
        labels: list[Label] | Unset = UNSET,
        releases: list[Release] | Unset = UNSET,
    ) -> None:
        self.artists = artists
        self.labels = labels
        self.releases = releases
        self.additional_properties = {}
        self._problems = ()

    # The fields and unknown keys, not the problems. Defining __eq__ leaves __hash__ None: a
    # model is mutable, so unhashable.
    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Submissions) or other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.artists,
            self.labels,
            self.releases,
            self.additional_properties,
        ) == (
            other.artists,
            other.labels,
            other.releases,
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
                f"Submissions is decoded from a JSON object, not {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        _found: list[_decoding.Problem] = []
        artists: Any = d.pop("artists", UNSET)
        if isinstance(artists, list):
            artists = list(artists)
            for _i0, _item0 in enumerate(artists):
                if isinstance(_item0, dict):
                    _item0 = Artist.from_dict(_item0)
                    if _item0._problems:
                        _decoding.adopt(_found, ("artists", _i0), _item0._problems)
                else:
                    _decoding.mismatch(_found, ("artists", _i0), "object (Artist)", _item0)
                artists[_i0] = _item0
        elif artists is not UNSET:
            _decoding.mismatch(_found, ("artists",), "array of object (Artist)", artists)
        labels: Any = d.pop("labels", UNSET)
        if isinstance(labels, list):
            labels = list(labels)
            for _i0, _item0 in enumerate(labels):
                if isinstance(_item0, dict):
                    _item0 = Label.from_dict(_item0)
                    if _item0._problems:
                        _decoding.adopt(_found, ("labels", _i0), _item0._problems)
                else:
                    _decoding.mismatch(_found, ("labels", _i0), "object (Label)", _item0)
                labels[_i0] = _item0
        elif labels is not UNSET:
            _decoding.mismatch(_found, ("labels",), "array of object (Label)", labels)
        releases: Any = d.pop("releases", UNSET)
        if isinstance(releases, list):
            releases = list(releases)
            for _i0, _item0 in enumerate(releases):
                if isinstance(_item0, dict):
                    _item0 = Release.from_dict(_item0)
                    if _item0._problems:
                        _decoding.adopt(_found, ("releases", _i0), _item0._problems)
                else:
                    _decoding.mismatch(_found, ("releases", _i0), "object (Release)", _item0)
                releases[_i0] = _item0
        elif releases is not UNSET:
            _decoding.mismatch(_found, ("releases",), "array of object (Release)", releases)
        submissions = cls(
            artists=artists,
            labels=labels,
            releases=releases,
        )
        submissions.additional_properties = d
        if _found:
            submissions._problems = tuple(_found)
        return submissions

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
from ..models.artist import Artist  # noqa: E402
from ..models.label import Label  # noqa: E402
from ..models.release import Release  # noqa: E402
