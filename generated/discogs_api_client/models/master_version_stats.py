from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.version_counts import VersionCounts


T = TypeVar("T", bound="MasterVersionStats")


@_attrs_define
class MasterVersionStats:
    """The version's counts for the requesting user and for the community.

    Attributes:
        user (VersionCounts | Unset): How many collections and wantlists hold a version.
        community (VersionCounts | Unset): How many collections and wantlists hold a version.
    """

    user: VersionCounts | Unset = UNSET
    community: VersionCounts | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        user: dict[str, Any] | Unset = UNSET
        if not isinstance(self.user, Unset):
            user = self.user.to_dict()

        community: dict[str, Any] | Unset = UNSET
        if not isinstance(self.community, Unset):
            community = self.community.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if user is not UNSET:
            field_dict["user"] = user
        if community is not UNSET:
            field_dict["community"] = community

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.version_counts import VersionCounts

        d = dict(src_dict)
        _user = d.pop("user", UNSET)
        user: VersionCounts | Unset
        if isinstance(_user, Unset):
            user = UNSET
        else:
            user = VersionCounts.from_dict(_user)

        _community = d.pop("community", UNSET)
        community: VersionCounts | Unset
        if isinstance(_community, Unset):
            community = UNSET
        else:
            community = VersionCounts.from_dict(_community)

        master_version_stats = cls(
            user=user,
            community=community,
        )

        master_version_stats.additional_properties = d
        return master_version_stats

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
