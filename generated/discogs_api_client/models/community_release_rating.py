from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from .. import decoding as _decoding
from .. import readable as _readable
from ..types import UNSET

if TYPE_CHECKING:
    from ..models.community_rating_summary import CommunityRatingSummary


T = TypeVar("T", bound="CommunityReleaseRating")


class CommunityReleaseRating:
    """The community rating of a release.

    Attributes:
        rating (CommunityRatingSummary): The average of a release's ratings and how many there are.
        release_id (int):
    """

    __slots__ = (
        "__weakref__",
        "_problems",
        "additional_properties",
        "rating",
        "release_id",
    )
    __match_args__ = (
        "rating",
        "release_id",
    )

    rating: CommunityRatingSummary
    release_id: int
    additional_properties: dict[str, Any]
    # What did not match the API description when this was decoded (see decoding.problems).
    _problems: tuple[_decoding.Problem, ...]
    # (attribute, JSON key) of each field, for to_dict.
    _fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("rating", "rating"),
        ("release_id", "release_id"),
    )

    def __init__(
        self,
        rating: CommunityRatingSummary,
        release_id: int,
    ) -> None:
        self.rating = rating
        self.release_id = release_id
        self.additional_properties = {}
        self._problems = ()

    # The fields and unknown keys, not the problems. Defining __eq__ leaves __hash__ None: a
    # model is mutable, so unhashable.
    def __eq__(self, other: object) -> bool:
        if not isinstance(other, CommunityReleaseRating) or other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.rating,
            self.release_id,
            self.additional_properties,
        ) == (
            other.rating,
            other.release_id,
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
                f"CommunityReleaseRating is decoded from a JSON object, not {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        _found: list[_decoding.Problem] = []
        rating: Any = d.pop("rating", UNSET)
        if isinstance(rating, dict):
            rating = CommunityRatingSummary.from_dict(rating)
            if rating._problems:
                _decoding.adopt(_found, ("rating",), rating._problems)
        else:
            _decoding.mismatch(_found, ("rating",), "object (CommunityRatingSummary)", rating)
        release_id: Any = d.pop("release_id", UNSET)
        if release_id.__class__ is not int:
            _decoding.mismatch(_found, ("release_id",), "integer", release_id)
        community_release_rating = cls(
            rating=rating,
            release_id=release_id,
        )
        community_release_rating.additional_properties = d
        if _found:
            community_release_rating._problems = tuple(_found)
        return community_release_rating

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
from ..models.community_rating_summary import CommunityRatingSummary  # noqa: E402
