from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.collection_dropdown_field import CollectionDropdownField
    from ..models.collection_other_field import CollectionOtherField
    from ..models.collection_textarea_field import CollectionTextareaField


T = TypeVar("T", bound="CollectionFields")


@_attrs_define
class CollectionFields:
    """A user's collection notes fields.

    Attributes:
        fields (list[CollectionDropdownField | CollectionOtherField | CollectionTextareaField]):
    """

    fields: list[CollectionDropdownField | CollectionOtherField | CollectionTextareaField]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.collection_dropdown_field import CollectionDropdownField
        from ..models.collection_textarea_field import CollectionTextareaField

        fields = []
        for fields_item_data in self.fields:
            fields_item: dict[str, Any]
            if isinstance(fields_item_data, CollectionDropdownField) or isinstance(
                fields_item_data, CollectionTextareaField
            ):
                fields_item = fields_item_data.to_dict()
            else:
                fields_item = fields_item_data.to_dict()

            fields.append(fields_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "fields": fields,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.collection_dropdown_field import CollectionDropdownField
        from ..models.collection_other_field import CollectionOtherField
        from ..models.collection_textarea_field import CollectionTextareaField

        d = dict(src_dict)
        fields = []
        _fields = d.pop("fields")
        for fields_item_data in _fields:

            def _parse_fields_item(
                data: object,
            ) -> CollectionDropdownField | CollectionOtherField | CollectionTextareaField:
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_collection_field_type_0 = CollectionDropdownField.from_dict(
                        data
                    )

                    return componentsschemas_collection_field_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_collection_field_type_1 = CollectionTextareaField.from_dict(
                        data
                    )

                    return componentsschemas_collection_field_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_collection_field_type_2 = CollectionOtherField.from_dict(data)

                return componentsschemas_collection_field_type_2

            fields_item = _parse_fields_item(fields_item_data)

            fields.append(fields_item)

        collection_fields = cls(
            fields=fields,
        )

        collection_fields.additional_properties = d
        return collection_fields

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
