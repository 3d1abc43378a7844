from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CompanyCredit")


@_attrs_define
class CompanyCredit:
    """A label, series or company credited on a release. `entity_type` is a number sent as a string (`"1"` for labels);
    companies also carry `entity_type_name`.

        Attributes:
            id (int):
            name (str):
            catno (str):
            entity_type (str): A numeric type code, as a string.
            resource_url (str):
            entity_type_name (str | Unset):
            thumbnail_url (str | Unset):
    """

    id: int
    name: str
    catno: str
    entity_type: str
    resource_url: str
    entity_type_name: str | Unset = UNSET
    thumbnail_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        catno = self.catno

        entity_type = self.entity_type

        resource_url = self.resource_url

        entity_type_name = self.entity_type_name

        thumbnail_url = self.thumbnail_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "catno": catno,
                "entity_type": entity_type,
                "resource_url": resource_url,
            }
        )
        if entity_type_name is not UNSET:
            field_dict["entity_type_name"] = entity_type_name
        if thumbnail_url is not UNSET:
            field_dict["thumbnail_url"] = thumbnail_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name")

        catno = d.pop("catno")

        entity_type = d.pop("entity_type")

        resource_url = d.pop("resource_url")

        entity_type_name = d.pop("entity_type_name", UNSET)

        thumbnail_url = d.pop("thumbnail_url", UNSET)

        company_credit = cls(
            id=id,
            name=name,
            catno=catno,
            entity_type=entity_type,
            resource_url=resource_url,
            entity_type_name=entity_type_name,
            thumbnail_url=thumbnail_url,
        )

        company_credit.additional_properties = d
        return company_credit

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
