from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.pagination import Pagination
    from ..models.submissions import Submissions


T = TypeVar("T", bound="SubmissionsPage")


@_attrs_define
class SubmissionsPage:
    """A page of a user's submissions.

    Attributes:
        pagination (Pagination): Where a page stands in a paginated listing. Pages can hold fewer than `per_page` items.
        submissions (Submissions): A user's submissions, one list per kind of database object.
    """

    pagination: Pagination
    submissions: Submissions
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        pagination = self.pagination.to_dict()

        submissions = self.submissions.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "pagination": pagination,
                "submissions": submissions,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.pagination import Pagination
        from ..models.submissions import Submissions

        d = dict(src_dict)
        pagination = Pagination.from_dict(d.pop("pagination"))

        submissions = Submissions.from_dict(d.pop("submissions"))

        submissions_page = cls(
            pagination=pagination,
            submissions=submissions,
        )

        submissions_page.additional_properties = d
        return submissions_page

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
