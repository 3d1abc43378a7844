from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from .. import decoding as _decoding
from .. import readable as _readable
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.master_versions_page_filters_applied import MasterVersionsPageFiltersApplied
    from ..models.master_versions_page_filters_available import MasterVersionsPageFiltersAvailable


T = TypeVar("T", bound="MasterVersionsPageFilters")


class MasterVersionsPageFilters:
    """The filters applied and those available (undocumented; shape not guaranteed).

    Attributes:
        applied (MasterVersionsPageFiltersApplied | Unset):
        available (MasterVersionsPageFiltersAvailable | Unset):
    """

    __slots__ = (
        "__weakref__",
        "_problems",
        "additional_properties",
        "applied",
        "available",
    )
    __match_args__ = (
        "applied",
        "available",
    )

    applied: MasterVersionsPageFiltersApplied | Unset
    available: MasterVersionsPageFiltersAvailable | Unset
    additional_properties: dict[str, Any]
    # What did not match the API description when this was decoded (see decoding.problems).
    _problems: tuple[_decoding.Problem, ...]
    # (attribute, JSON key) of each field, for to_dict.
    _fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("applied", "applied"),
        ("available", "available"),
    )

    def __init__(
        self,
        applied: MasterVersionsPageFiltersApplied | Unset = UNSET,
        available: MasterVersionsPageFiltersAvailable | Unset = UNSET,
    ) -> None:
        self.applied = applied
        self.available = available
        self.additional_properties = {}
        self._problems = ()

    # The fields and unknown keys, not the problems. Defining __eq__ leaves __hash__ None: a
    # model is mutable, so unhashable.
    def __eq__(self, other: object) -> bool:
        if (
            not isinstance(other, MasterVersionsPageFilters)
            or other.__class__ is not self.__class__
        ):
            return NotImplemented
        return (
            self.applied,
            self.available,
            self.additional_properties,
        ) == (
            other.applied,
            other.available,
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
                f"MasterVersionsPageFilters is decoded from a JSON object, not {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        _found: list[_decoding.Problem] = []
        applied: Any = d.pop("applied", UNSET)
        if isinstance(applied, dict):
            applied = MasterVersionsPageFiltersApplied.from_dict(applied)
            if applied._problems:
                _decoding.adopt(_found, ("applied",), applied._problems)
        elif applied is not UNSET:
            _decoding.mismatch(
                _found, ("applied",), "object (MasterVersionsPageFiltersApplied)", applied
            )
        available: Any = d.pop("available", UNSET)
        if isinstance(available, dict):
            available = MasterVersionsPageFiltersAvailable.from_dict(available)
            if available._problems:
                _decoding.adopt(_found, ("available",), available._problems)
        elif available is not UNSET:
            _decoding.mismatch(
                _found, ("available",), "object (MasterVersionsPageFiltersAvailable)", available
            )
        master_versions_page_filters = cls(
            applied=applied,
            available=available,
        )
        master_versions_page_filters.additional_properties = d
        if _found:
            master_versions_page_filters._problems = tuple(_found)
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


# The models this one holds, imported once the class exists (models refer to each other in
# cycles): from_dict finds them here instead of importing them on every call.
from ..models.master_versions_page_filters_applied import MasterVersionsPageFiltersApplied  # noqa: E402
from ..models.master_versions_page_filters_available import MasterVersionsPageFiltersAvailable  # noqa: E402
