from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import decoding as _decoding
from .. import readable as _readable
from ..types import UNSET

if TYPE_CHECKING:
    from ..models.collection_dropdown_field import CollectionDropdownField
    from ..models.collection_other_field import CollectionOtherField
    from ..models.collection_textarea_field import CollectionTextareaField


T = TypeVar("T", bound="CollectionFields")


@_attrs_define(repr=False)
class CollectionFields:
    """A user's collection notes fields.

    Attributes:
        fields (list[CollectionDropdownField | CollectionOtherField | CollectionTextareaField]):
    """

    fields: list[CollectionDropdownField | CollectionOtherField | CollectionTextareaField]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # What did not match the API description when this was decoded (see decoding.problems).
    _problems: tuple[_decoding.Problem, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    # (attribute, JSON key) of each field, for to_dict.
    _fields: ClassVar[tuple[tuple[str, str], ...]] = (("fields", "fields"),)

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
                f"CollectionFields is decoded from a JSON object, not {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        _found: list[_decoding.Problem] = []
        fields: Any = d.pop("fields", UNSET)
        if isinstance(fields, list):
            fields = list(fields)
            for _i0, _item0 in enumerate(fields):
                if isinstance(_item0, dict):
                    _item0 = _decoding.best_fit(
                        _found,
                        ("fields", _i0),
                        _item0,
                        (CollectionDropdownField, CollectionTextareaField, CollectionOtherField),
                    )
                else:
                    _decoding.mismatch(
                        _found,
                        ("fields", _i0),
                        "object (CollectionDropdownField) or object (CollectionTextareaField) or object (CollectionOtherField)",
                        _item0,
                    )
                fields[_i0] = _item0
        else:
            _decoding.mismatch(
                _found,
                ("fields",),
                "array of object (CollectionDropdownField) or object (CollectionTextareaField) or object (CollectionOtherField)",
                fields,
            )
        collection_fields = cls(
            fields=fields,
        )
        collection_fields.additional_properties = d
        if _found:
            collection_fields._problems = tuple(_found)
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


# The models this one holds, imported once the class exists (models refer to each other in
# cycles): from_dict finds them here instead of importing them on every call.
from ..models.collection_dropdown_field import CollectionDropdownField  # noqa: E402
from ..models.collection_other_field import CollectionOtherField  # noqa: E402
from ..models.collection_textarea_field import CollectionTextareaField  # noqa: E402
