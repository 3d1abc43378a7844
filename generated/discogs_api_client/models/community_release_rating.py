from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.community_rating_summary import CommunityRatingSummary


T = TypeVar("T", bound="CommunityReleaseRating")


@_attrs_define
class CommunityReleaseRating:
    """The community rating of a release.

    Attributes:
        rating (CommunityRatingSummary): The average of a release's ratings and how many there are.
        release_id (int):
    """

    rating: CommunityRatingSummary
    release_id: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        rating = self.rating.to_dict()

        release_id = self.release_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "rating": rating,
                "release_id": release_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.community_rating_summary import CommunityRatingSummary

        d = dict(src_dict)
        rating = CommunityRatingSummary.from_dict(d.pop("rating"))

        release_id = d.pop("release_id")

        community_release_rating = cls(
            rating=rating,
            release_id=release_id,
        )

        community_release_rating.additional_properties = d
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
