from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.community_rating_summary import CommunityRatingSummary
    from ..models.user_ref import UserRef


T = TypeVar("T", bound="ReleaseCommunity")


@_attrs_define
class ReleaseCommunity:
    """The community's data about a release.

    Attributes:
        have (int):
        want (int):
        rating (CommunityRatingSummary): The average of a release's ratings and how many there are.
        status (str):
        data_quality (str):
        submitter (UserRef): A reference to a Discogs user.
        contributors (list[UserRef]):
    """

    have: int
    want: int
    rating: CommunityRatingSummary
    status: str
    data_quality: str
    submitter: UserRef
    contributors: list[UserRef]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        have = self.have

        want = self.want

        rating = self.rating.to_dict()

        status = self.status

        data_quality = self.data_quality

        submitter = self.submitter.to_dict()

        contributors = []
        for contributors_item_data in self.contributors:
            contributors_item = contributors_item_data.to_dict()
            contributors.append(contributors_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "have": have,
                "want": want,
                "rating": rating,
                "status": status,
                "data_quality": data_quality,
                "submitter": submitter,
                "contributors": contributors,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.community_rating_summary import CommunityRatingSummary
        from ..models.user_ref import UserRef

        d = dict(src_dict)
        have = d.pop("have")

        want = d.pop("want")

        rating = CommunityRatingSummary.from_dict(d.pop("rating"))

        status = d.pop("status")

        data_quality = d.pop("data_quality")

        submitter = UserRef.from_dict(d.pop("submitter"))

        contributors = []
        _contributors = d.pop("contributors")
        for contributors_item_data in _contributors:
            contributors_item = UserRef.from_dict(contributors_item_data)

            contributors.append(contributors_item)

        release_community = cls(
            have=have,
            want=want,
            rating=rating,
            status=status,
            data_quality=data_quality,
            submitter=submitter,
            contributors=contributors,
        )

        release_community.additional_properties = d
        return release_community

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
