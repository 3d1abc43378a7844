from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from .. import decoding as _decoding
from .. import readable as _readable
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.master_version import MasterVersion
    from ..models.master_versions_page_filter_facets_item import MasterVersionsPageFilterFacetsItem
    from ..models.master_versions_page_filters import MasterVersionsPageFilters
    from ..models.pagination import Pagination


T = TypeVar("T", bound="MasterVersionsPage")


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

    __slots__ = (
        "__weakref__",
        "_problems",
        "additional_properties",
        "filter_facets",
        "filters",
        "pagination",
        "versions",
    )
    __match_args__ = (
        "pagination",
        "versions",
        "filters",
        "filter_facets",
    )

    pagination: Pagination
    versions: list[MasterVersion]
    filters: MasterVersionsPageFilters | Unset
    filter_facets: list[MasterVersionsPageFilterFacetsItem] | Unset
    additional_properties: dict[str, Any]
    # What did not match the API description when this was decoded (see decoding.problems).
    _problems: tuple[_decoding.Problem, ...]
    # (attribute, JSON key) of each field, for to_dict.
    _fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("pagination", "pagination"),
        ("versions", "versions"),
        ("filters", "filters"),
        ("filter_facets", "filter_facets"),
    )

    def __init__(
        self,
        pagination: Pagination,
        versions: list[MasterVersion],
        filters: MasterVersionsPageFilters | Unset = UNSET,
        filter_facets: list[MasterVersionsPageFilterFacetsItem] | Unset = UNSET,
    ) -> None:
        self.pagination = pagination
        self.versions = versions
        self.filters = filters
        self.filter_facets = filter_facets
        self.additional_properties = {}
        self._problems = ()

    # The fields and unknown keys, not the problems. Defining __eq__ leaves __hash__ None: a
    # model is mutable, so unhashable.
    def __eq__(self, other: object) -> bool:
        if not isinstance(other, MasterVersionsPage) or other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.pagination,
            self.versions,
            self.filters,
            self.filter_facets,
            self.additional_properties,
        ) == (
            other.pagination,
            other.versions,
            other.filters,
            other.filter_facets,
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
                f"MasterVersionsPage is decoded from a JSON object, not {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        _found: list[_decoding.Problem] = []
        pagination: Any = d.pop("pagination", UNSET)
        if isinstance(pagination, dict):
            pagination = Pagination.from_dict(pagination)
            if pagination._problems:
                _decoding.adopt(_found, ("pagination",), pagination._problems)
        else:
            _decoding.mismatch(_found, ("pagination",), "object (Pagination)", pagination)
        versions: Any = d.pop("versions", UNSET)
        if isinstance(versions, list):
            versions = list(versions)
            for _i0, _item0 in enumerate(versions):
                if isinstance(_item0, dict):
                    _item0 = MasterVersion.from_dict(_item0)
                    if _item0._problems:
                        _decoding.adopt(_found, ("versions", _i0), _item0._problems)
                else:
                    _decoding.mismatch(_found, ("versions", _i0), "object (MasterVersion)", _item0)
                versions[_i0] = _item0
        else:
            _decoding.mismatch(_found, ("versions",), "array of object (MasterVersion)", versions)
        filters: Any = d.pop("filters", UNSET)
        if isinstance(filters, dict):
            filters = MasterVersionsPageFilters.from_dict(filters)
            if filters._problems:
                _decoding.adopt(_found, ("filters",), filters._problems)
        elif filters is not UNSET:
            _decoding.mismatch(_found, ("filters",), "object (MasterVersionsPageFilters)", filters)
        filter_facets: Any = d.pop("filter_facets", UNSET)
        if isinstance(filter_facets, list):
            filter_facets = list(filter_facets)
            for _i0, _item0 in enumerate(filter_facets):
                if isinstance(_item0, dict):
                    _item0 = MasterVersionsPageFilterFacetsItem.from_dict(_item0)
                    if _item0._problems:
                        _decoding.adopt(_found, ("filter_facets", _i0), _item0._problems)
                else:
                    _decoding.mismatch(
                        _found,
                        ("filter_facets", _i0),
                        "object (MasterVersionsPageFilterFacetsItem)",
                        _item0,
                    )
                filter_facets[_i0] = _item0
        elif filter_facets is not UNSET:
            _decoding.mismatch(
                _found,
                ("filter_facets",),
                "array of object (MasterVersionsPageFilterFacetsItem)",
                filter_facets,
            )
        master_versions_page = cls(
            pagination=pagination,
            versions=versions,
            filters=filters,
            filter_facets=filter_facets,
        )
        master_versions_page.additional_properties = d
        if _found:
            master_versions_page._problems = tuple(_found)
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


# The models this one holds, imported once the class exists (models refer to each other in
# cycles): from_dict finds them here instead of importing them on every call.
from ..models.master_version import MasterVersion  # noqa: E402
from ..models.master_versions_page_filter_facets_item import MasterVersionsPageFilterFacetsItem  # noqa: E402
from ..models.master_versions_page_filters import MasterVersionsPageFilters  # noqa: E402
from ..models.pagination import Pagination  # noqa: E402
