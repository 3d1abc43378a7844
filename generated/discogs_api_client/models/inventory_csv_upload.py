from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from .. import decoding as _decoding
from .. import readable as _readable
from .. import types
from ..types import UNSET, File

T = TypeVar("T", bound="InventoryCsvUpload")


class InventoryCsvUpload:
    """The multipart form of an inventory upload.

    Attributes:
        upload (File): The CSV file, with a header row of lower-case field names.
    """

    __slots__ = (
        "__weakref__",
        "_problems",
        "additional_properties",
        "upload",
    )
    __match_args__ = ("upload",)

    upload: File
    additional_properties: dict[str, Any]
    # What did not match the API description when this was decoded (see decoding.problems).
    _problems: tuple[_decoding.Problem, ...]
    # (attribute, JSON key) of each field, for to_dict.
    _fields: ClassVar[tuple[tuple[str, str], ...]] = (("upload", "upload"),)

    def __init__(
        self,
        upload: File,
    ) -> None:
        self.upload = upload
        self.additional_properties = {}
        self._problems = ()

    # The fields and unknown keys, not the problems. Defining __eq__ leaves __hash__ None: a
    # model is mutable, so unhashable.
    def __eq__(self, other: object) -> bool:
        if not isinstance(other, InventoryCsvUpload) or other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.upload,
            self.additional_properties,
        ) == (
            other.upload,
            other.additional_properties,
        )

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
