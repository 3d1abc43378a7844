from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import decoding as _decoding
from .. import readable as _readable
from .. import types
from ..types import UNSET, File

T = TypeVar("T", bound="InventoryCsvUpload")


@_attrs_define(repr=False)
class InventoryCsvUpload:
    """The multipart form of an inventory upload.

    Attributes:
        upload (File): The CSV file, with a header row of lower-case field names.
    """

    upload: File
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # What did not match the API description when this was decoded (see decoding.problems).
    _problems: tuple[_decoding.Problem, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    # (attribute, JSON key) of each field, for to_dict.
    _fields: ClassVar[tuple[tuple[str, str], ...]] = (("upload", "upload"),)

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON data (`json.dumps` takes it): the fields that were set, as sent."""
        return _decoding.to_dict(self, self._fields)

    def __repr__(self) -> str:
        return _readable.model_repr(self, self._fields)

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        files.append(("upload", self.upload.to_tuple()))

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Decode a JSON object leniently; see `decoding.problems` for what did not match."""
        if src_dict.__class__ is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"InventoryCsvUpload is decoded from a JSON object, not {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        _found: list[_decoding.Problem] = []
        upload: Any = d.pop("upload", UNSET)
        if upload is UNSET:
            _decoding.mismatch(_found, ("upload",), "any value", upload)
        inventory_csv_upload = cls(
            upload=upload,
        )
        inventory_csv_upload.additional_properties = d
        if _found:
            inventory_csv_upload._problems = tuple(_found)
        return inventory_csv_upload

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
