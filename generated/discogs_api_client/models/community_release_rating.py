from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import decoding as _decoding
from .. import readable as _readable
from ..types import UNSET

if TYPE_CHECKING:
    from ..models.community_rating_summary import CommunityRatingSummary


T = TypeVar("T", bound="CommunityReleaseRating")


@_attrs_define(repr=False)
class CommunityReleaseRating:
    """The community rating of a release.

    Attributes:
        rating (CommunityRatingSummary): The average of a release's ratings and how many there are.
        release_id (int):
    """

    rating: CommunityRatingSummary
    release_id: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # What did not match the API description when this was decoded (see decoding.problems).
    _problems: tuple[_decoding.Problem, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    # (attribute, JSON key) of each field, for to_dict.
    _fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("rating", "rating"),
        ("release_id", "release_id"),
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
