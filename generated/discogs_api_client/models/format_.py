from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Format")


@_attrs_define
class Format:
    """A format of a release. `qty` is a number sent as a string.

    Attributes:
        name (str):
        qty (str): How many items of this format, as a string.
        descriptions (list[str] | Unset):
        text (str | Unset): Free-text details, present only when entered.
    """

    name: str
    qty: str
    descriptions: list[str] | Unset = UNSET
    text: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        qty = self.qty

        descriptions: list[str] | Unset = UNSET
        if not isinstance(self.descriptions, Unset):
            descriptions = self.descriptions

        text = self.text

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "qty": qty,
            }
        )
        if descriptions is not UNSET:
            field_dict["descriptions"] = descriptions
        if text is not UNSET:
            field_dict["text"] = text

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        qty = d.pop("qty")

        descriptions = cast(list[str], d.pop("descriptions", UNSET))

        text = d.pop("text", UNSET)

        format_ = cls(
            name=name,
            qty=qty,
            descriptions=descriptions,
            text=text,
        )

        format_.additional_properties = d
        return format_

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
