from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.master_versions_page_filters_applied import MasterVersionsPageFiltersApplied
    from ..models.master_versions_page_filters_available import MasterVersionsPageFiltersAvailable


T = TypeVar("T", bound="MasterVersionsPageFilters")


@_attrs_define
class MasterVersionsPageFilters:
    """The filters applied and those available (undocumented; shape not guaranteed).

    Attributes:
        applied (MasterVersionsPageFiltersApplied | Unset):
        available (MasterVersionsPageFiltersAvailable | Unset):
    """

    applied: MasterVersionsPageFiltersApplied | Unset = UNSET
    available: MasterVersionsPageFiltersAvailable | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        applied: dict[str, Any] | Unset = UNSET
        if not isinstance(self.applied, Unset):
            applied = self.applied.to_dict()

        available: dict[str, Any] | Unset = UNSET
        if not isinstance(self.available, Unset):
            available = self.available.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if applied is not UNSET:
            field_dict["applied"] = applied
        if available is not UNSET:
            field_dict["available"] = available

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.master_versions_page_filters_applied import MasterVersionsPageFiltersApplied
        from ..models.master_versions_page_filters_available import (
            MasterVersionsPageFiltersAvailable,
        )

        d = dict(src_dict)
        _applied = d.pop("applied", UNSET)
        applied: MasterVersionsPageFiltersApplied | Unset
        if isinstance(_applied, Unset):
            applied = UNSET
        else:
            applied = MasterVersionsPageFiltersApplied.from_dict(_applied)

        _available = d.pop("available", UNSET)
        available: MasterVersionsPageFiltersAvailable | Unset
        if isinstance(_available, Unset):
            available = UNSET
        else:
            available = MasterVersionsPageFiltersAvailable.from_dict(_available)

        master_versions_page_filters = cls(
            applied=applied,
            available=available,
        )

        master_versions_page_filters.additional_properties = d
        return master_versions_page_filters

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
