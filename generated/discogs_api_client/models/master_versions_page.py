from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.master_version import MasterVersion
    from ..models.master_versions_page_filter_facets_item import MasterVersionsPageFilterFacetsItem
    from ..models.master_versions_page_filters import MasterVersionsPageFilters
    from ..models.pagination import Pagination


T = TypeVar("T", bound="MasterVersionsPage")


@_attrs_define
class MasterVersionsPage:
    """A page of a master's versions. The live API also sends `filters` and `filter_facets` (undocumented), which describe
    the filters the versions can be narrowed by.

        Attributes:
            pagination (Pagination): Where a page stands in a paginated listing. Pages can hold fewer than `per_page` items.
            versions (list[MasterVersion]):
            filters (MasterVersionsPageFilters | Unset): The filters applied and those available (undocumented; shape not
                guaranteed).
            filter_facets (list[MasterVersionsPageFilterFacetsItem] | Unset): The facets the versions can be filtered by
                (undocumented; shape not guaranteed).
    """

    pagination: Pagination
    versions: list[MasterVersion]
    filters: MasterVersionsPageFilters | Unset = UNSET
    filter_facets: list[MasterVersionsPageFilterFacetsItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        pagination = self.pagination.to_dict()

        versions = []
        for versions_item_data in self.versions:
            versions_item = versions_item_data.to_dict()
            versions.append(versions_item)

        filters: dict[str, Any] | Unset = UNSET
        if not isinstance(self.filters, Unset):
            filters = self.filters.to_dict()

        filter_facets: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.filter_facets, Unset):
            filter_facets = []
            for filter_facets_item_data in self.filter_facets:
                filter_facets_item = filter_facets_item_data.to_dict()
                filter_facets.append(filter_facets_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "pagination": pagination,
                "versions": versions,
            }
        )
        if filters is not UNSET:
            field_dict["filters"] = filters
        if filter_facets is not UNSET:
            field_dict["filter_facets"] = filter_facets

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.master_version import MasterVersion
        from ..models.master_versions_page_filter_facets_item import (
            MasterVersionsPageFilterFacetsItem,
        )
        from ..models.master_versions_page_filters import MasterVersionsPageFilters
        from ..models.pagination import Pagination

        d = dict(src_dict)
        pagination = Pagination.from_dict(d.pop("pagination"))

        versions = []
        _versions = d.pop("versions")
        for versions_item_data in _versions:
            versions_item = MasterVersion.from_dict(versions_item_data)

            versions.append(versions_item)

        _filters = d.pop("filters", UNSET)
        filters: MasterVersionsPageFilters | Unset
        if isinstance(_filters, Unset):
            filters = UNSET
        else:
            filters = MasterVersionsPageFilters.from_dict(_filters)

        _filter_facets = d.pop("filter_facets", UNSET)
        filter_facets: list[MasterVersionsPageFilterFacetsItem] | Unset = UNSET
        if _filter_facets is not UNSET:
            filter_facets = []
            for filter_facets_item_data in _filter_facets:
                filter_facets_item = MasterVersionsPageFilterFacetsItem.from_dict(
                    filter_facets_item_data
                )

                filter_facets.append(filter_facets_item)

        master_versions_page = cls(
            pagination=pagination,
            versions=versions,
            filters=filters,
            filter_facets=filter_facets,
        )

        master_versions_page.additional_properties = d
        return master_versions_page

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
