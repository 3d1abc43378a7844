from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from .. import decoding as _decoding
from .. import readable as _readable
from ..types import UNSET

if TYPE_CHECKING:
    from ..models.pagination import Pagination
    from ..models.release import Release


T = TypeVar("T", bound="ContributionsPage")


class ContributionsPage:
    """A page of a user's contributed releases.

    Attributes:
        pagination (Pagination): Where a page stands in a paginated listing. Pages can hold fewer than `per_page` items.
        contributions (list[Release]):
    """

    __slots__ = (
        "__weakref__",
        "_problems",
        "additional_properties",
        "contributions",
        "pagination",
    )
    __match_args__ = (
        "pagination",
        "contributions",
    )

    pagination: Pagination
    contributions: list[Release]
    additional_properties: dict[str, Any]
    # What did not match the API description when this was decoded (see decoding.problems).
    _problems: tuple[_decoding.Problem, ...]
    # (attribute, JSON key) of each field, for to_dict.
    _fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("pagination", "pagination"),
        ("contributions", "contributions"),
    )

    def __init__(
        self,
        pagination: Pagination,
        contributions: list[Release],
    ) -> None:
        self.pagination = pagination
        self.contributions = contributions
        self.additional_properties = {}
        self._problems = ()

    # The fields and unknown keys, not the problems. Defining __eq__ leaves __hash__ None: a
    # model is mutable, so unhashable.
    def __eq__(self, other: object) -> bool:
        if not isinstance(other, ContributionsPage) or other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.pagination,
            self.contributions,
            self.additional_properties,
        ) == (
            other.pagination,
            other.contributions,
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
                f"ContributionsPage is decoded from a JSON object, not {type(src_dict).__name__}"
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
        contributions: Any = d.pop("contributions", UNSET)
        if isinstance(contributions, list):
            contributions = list(contributions)
            for _i0, _item0 in enumerate(contributions):
                if isinstance(_item0, dict):
                    _item0 = Release.from_dict(_item0)
                    if _item0._problems:
                        _decoding.adopt(_found, ("contributions", _i0), _item0._problems)
                else:
                    _decoding.mismatch(_found, ("contributions", _i0), "object (Release)", _item0)
                contributions[_i0] = _item0
        else:
            _decoding.mismatch(
                _found, ("contributions",), "array of object (Release)", contributions
            )
        contributions_page = cls(
            pagination=pagination,
            contributions=contributions,
        )
        contributions_page.additional_properties = d
        if _found:
            contributions_page._problems = tuple(_found)
        return contributions_page

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
from ..models.pagination import Pagination  # noqa: E402
from ..models.release import Release  # noqa: E402
