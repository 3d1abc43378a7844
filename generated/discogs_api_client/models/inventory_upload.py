from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.inventory_upload_type import InventoryUploadType, check_inventory_upload_type
from ..types import UNSET, Unset

T = TypeVar("T", bound="InventoryUpload")


@_attrs_define
class InventoryUpload:
    """An inventory upload. Timestamps have no UTC offset.

    Attributes:
        id (int):
        type_ (InventoryUploadType | str): Which of the upload operations made it. The live API may send values not
            listed in `InventoryUploadType`; they are kept as sent.
        status (str): The upload's progress; `success` once it was processed.
        created_ts (str): When the upload arrived, as `YYYY-MM-DDTHH:MM:SS` without a UTC offset (so not `format: date-
            time`, which requires one).
        filename (str | Unset):
        results (None | str | Unset): What processing found, as HTML-formatted text.
        finished_ts (None | str | Unset): When processing finished, in the same form; null until then.
    """

    id: int
    type_: InventoryUploadType | str
    status: str
    created_ts: str
    filename: str | Unset = UNSET
    results: str | Unset | None = UNSET
    finished_ts: str | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        type_: str
        if isinstance(self.type_, str):
            type_ = self.type_
        else:
            type_ = self.type_

        status = self.status

        created_ts = self.created_ts

        filename = self.filename

        results: str | Unset | None
        if isinstance(self.results, Unset):
            results = UNSET
        else:
            results = self.results

        finished_ts: str | Unset | None
        if isinstance(self.finished_ts, Unset):
            finished_ts = UNSET
        else:
            finished_ts = self.finished_ts

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "type": type_,
                "status": status,
                "created_ts": created_ts,
            }
        )
        if filename is not UNSET:
            field_dict["filename"] = filename
        if results is not UNSET:
            field_dict["results"] = results
        if finished_ts is not UNSET:
            field_dict["finished_ts"] = finished_ts

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        def _parse_type_(data: object) -> InventoryUploadType | str:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                type_type_0 = check_inventory_upload_type(data)

                return type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(InventoryUploadType | str, data)

        type_ = _parse_type_(d.pop("type"))

        status = d.pop("status")

        created_ts = d.pop("created_ts")

        filename = d.pop("filename", UNSET)

        def _parse_results(data: object) -> str | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        results = _parse_results(d.pop("results", UNSET))

        def _parse_finished_ts(data: object) -> str | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        finished_ts = _parse_finished_ts(d.pop("finished_ts", UNSET))

        inventory_upload = cls(
            id=id,
            type_=type_,
            status=status,
            created_ts=created_ts,
            filename=filename,
            results=results,
            finished_ts=finished_ts,
        )

        inventory_upload.additional_properties = d
        return inventory_upload

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
