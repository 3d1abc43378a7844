from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.pagination import Pagination
    from ..models.user_list_summary import UserListSummary


T = TypeVar("T", bound="UserListsPage")


@_attrs_define
class UserListsPage:
    """A page of a user's lists.

    Attributes:
        pagination (Pagination): Where a page stands in a paginated listing. Pages can hold fewer than `per_page` items.
        lists (list[UserListSummary]):
    """

    pagination: Pagination
    lists: list[UserListSummary]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        pagination = self.pagination.to_dict()

        lists = []
        for lists_item_data in self.lists:
            lists_item = lists_item_data.to_dict()
            lists.append(lists_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "pagination": pagination,
                "lists": lists,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.pagination import Pagination
        from ..models.user_list_summary import UserListSummary

        d = dict(src_dict)
        pagination = Pagination.from_dict(d.pop("pagination"))

        lists = []
        _lists = d.pop("lists")
        for lists_item_data in _lists:
            lists_item = UserListSummary.from_dict(lists_item_data)

            lists.append(lists_item)

        user_lists_page = cls(
            pagination=pagination,
            lists=lists,
        )

        user_lists_page.additional_properties = d
        return user_lists_page

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
