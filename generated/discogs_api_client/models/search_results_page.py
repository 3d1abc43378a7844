from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.pagination import Pagination
    from ..models.search_artist_result import SearchArtistResult
    from ..models.search_label_result import SearchLabelResult
    from ..models.search_master_result import SearchMasterResult
    from ..models.search_release_result import SearchReleaseResult


T = TypeVar("T", bound="SearchResultsPage")


@_attrs_define
class SearchResultsPage:
    """A page of search results.

    Attributes:
        pagination (Pagination): Where a page stands in a paginated listing. Pages can hold fewer than `per_page` items.
        results (list[SearchArtistResult | SearchLabelResult | SearchMasterResult | SearchReleaseResult]):
    """

    pagination: Pagination
    results: list[SearchArtistResult | SearchLabelResult | SearchMasterResult | SearchReleaseResult]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.search_artist_result import SearchArtistResult
        from ..models.search_master_result import SearchMasterResult
        from ..models.search_release_result import SearchReleaseResult

        pagination = self.pagination.to_dict()

        results = []
        for results_item_data in self.results:
            results_item: dict[str, Any]
            if (
                isinstance(results_item_data, SearchReleaseResult)
                or isinstance(results_item_data, SearchMasterResult)
                or isinstance(results_item_data, SearchArtistResult)
            ):
                results_item = results_item_data.to_dict()
            else:
                results_item = results_item_data.to_dict()

            results.append(results_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "pagination": pagination,
                "results": results,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.pagination import Pagination
        from ..models.search_artist_result import SearchArtistResult
        from ..models.search_label_result import SearchLabelResult
        from ..models.search_master_result import SearchMasterResult
        from ..models.search_release_result import SearchReleaseResult

        d = dict(src_dict)
        pagination = Pagination.from_dict(d.pop("pagination"))

        results = []
        _results = d.pop("results")
        for results_item_data in _results:

            def _parse_results_item(
                data: object,
            ) -> SearchArtistResult | SearchLabelResult | SearchMasterResult | SearchReleaseResult:
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_search_result_type_0 = SearchReleaseResult.from_dict(data)

                    return componentsschemas_search_result_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_search_result_type_1 = SearchMasterResult.from_dict(data)

                    return componentsschemas_search_result_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_search_result_type_2 = SearchArtistResult.from_dict(data)

                    return componentsschemas_search_result_type_2
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_search_result_type_3 = SearchLabelResult.from_dict(data)

                return componentsschemas_search_result_type_3

            results_item = _parse_results_item(results_item_data)

            results.append(results_item)

        search_results_page = cls(
            pagination=pagination,
            results=results,
        )

        search_results_page.additional_properties = d
        return search_results_page

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
