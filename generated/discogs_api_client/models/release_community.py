from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.community_rating_summary import CommunityRatingSummary
    from ..models.user_ref import UserRef


T = TypeVar("T", bound="ReleaseCommunity")


@_attrs_define
class ReleaseCommunity:
    """The community's data about a release.

    Attributes:
        have (int | Unset):
        want (int | Unset):
        rating (CommunityRatingSummary | Unset): The average of a release's ratings and how many there are.
        status (str | Unset):
        data_quality (str | Unset):
        submitter (UserRef | Unset): A reference to a Discogs user.
        contributors (list[UserRef] | Unset):
    """

    have: int | Unset = UNSET
    want: int | Unset = UNSET
    rating: CommunityRatingSummary | Unset = UNSET
    status: str | Unset = UNSET
    data_quality: str | Unset = UNSET
    submitter: UserRef | Unset = UNSET
    contributors: list[UserRef] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        have = self.have

        want = self.want

        rating: dict[str, Any] | Unset = UNSET
        if not isinstance(self.rating, Unset):
            rating = self.rating.to_dict()

        status = self.status

        data_quality = self.data_quality

        submitter: dict[str, Any] | Unset = UNSET
        if not isinstance(self.submitter, Unset):
            submitter = self.submitter.to_dict()

        contributors: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.contributors, Unset):
            contributors = []
            for contributors_item_data in self.contributors:
                contributors_item = contributors_item_data.to_dict()
                contributors.append(contributors_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if have is not UNSET:
            field_dict["have"] = have
        if want is not UNSET:
            field_dict["want"] = want
        if rating is not UNSET:
            field_dict["rating"] = rating
        if status is not UNSET:
            field_dict["status"] = status
        if data_quality is not UNSET:
            field_dict["data_quality"] = data_quality
        if submitter is not UNSET:
            field_dict["submitter"] = submitter
        if contributors is not UNSET:
            field_dict["contributors"] = contributors

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.community_rating_summary import CommunityRatingSummary
        from ..models.user_ref import UserRef

        d = dict(src_dict)
        have = d.pop("have", UNSET)

        want = d.pop("want", UNSET)

        _rating = d.pop("rating", UNSET)
        rating: CommunityRatingSummary | Unset
        if isinstance(_rating, Unset):
            rating = UNSET
        else:
            rating = CommunityRatingSummary.from_dict(_rating)

        status = d.pop("status", UNSET)

        data_quality = d.pop("data_quality", UNSET)

        _submitter = d.pop("submitter", UNSET)
        submitter: UserRef | Unset
        if isinstance(_submitter, Unset):
            submitter = UNSET
        else:
            submitter = UserRef.from_dict(_submitter)

        _contributors = d.pop("contributors", UNSET)
        contributors: list[UserRef] | Unset = UNSET
        if _contributors is not UNSET:
            contributors = []
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
