from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.service_error_detail import ServiceErrorDetail


T = TypeVar("T", bound="ServiceError")


@_attrs_define
class ServiceError:
    """The body of every error the API answers in JSON.

    Attributes:
        message (str): What went wrong, in English.
        detail (list[ServiceErrorDetail] | Unset): The validation errors behind a 422, when the API lists them (not
            documented; seen live, with the `message` `See "detail" for validation errors.`).
    """

    message: str
    detail: list[ServiceErrorDetail] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        message = self.message

        detail: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.detail, Unset):
            detail = []
            for detail_item_data in self.detail:
                detail_item = detail_item_data.to_dict()
                detail.append(detail_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "message": message,
            }
        )
        if detail is not UNSET:
            field_dict["detail"] = detail

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.service_error_detail import ServiceErrorDetail

        d = dict(src_dict)
        message = d.pop("message")

        _detail = d.pop("detail", UNSET)
        detail: list[ServiceErrorDetail] | Unset = UNSET
        if _detail is not UNSET:
            detail = []
            for detail_item_data in _detail:
                detail_item = ServiceErrorDetail.from_dict(detail_item_data)

                detail.append(detail_item)

        service_error = cls(
            message=message,
            detail=detail,
        )

        service_error.additional_properties = d
        return service_error

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
