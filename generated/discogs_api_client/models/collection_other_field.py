from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="CollectionOtherField")


@_attrs_define
class CollectionOtherField:
    """A notes field of a type other than `dropdown` and `textarea`, which the live API may add; its type-specific keys are
    kept as sent.

        Attributes:
            id (int):
            name (str):
            position (int): The field's place in the order of fields.
            public (bool): Whether others can see the field's values.
            type_ (str): The field's type, as sent.
    """

    id: int
    name: str
    position: int
    public: bool
    type_: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        position = self.position

        public = self.public

        type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "position": position,
                "public": public,
                "type": type_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name")

        position = d.pop("position")

        public = d.pop("public")

        type_ = d.pop("type")

        collection_other_field = cls(
            id=id,
            name=name,
            position=position,
            public=public,
            type_=type_,
        )

        collection_other_field.additional_properties = d
        return collection_other_field

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
