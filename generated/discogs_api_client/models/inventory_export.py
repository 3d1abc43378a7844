from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="InventoryExport")


@_attrs_define
class InventoryExport:
    """An inventory export. Timestamps have no UTC offset. `download_url` and `filename` come once the export has finished.

    Attributes:
        id (int):
        status (str): The export's progress; `success` when the file can be downloaded.
        created_ts (str): When the export was requested, as `YYYY-MM-DDTHH:MM:SS` without a UTC offset (so not `format:
            date-time`, which requires one).
        url (str):
        finished_ts (None | str | Unset): When the export finished, in the same form; null until then.
        download_url (None | str | Unset):
        filename (None | str | Unset):
    """

    id: int
    status: str
    created_ts: str
    url: str
    finished_ts: str | Unset | None = UNSET
    download_url: str | Unset | None = UNSET
    filename: str | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        status = self.status

        created_ts = self.created_ts

        url = self.url

        finished_ts: str | Unset | None
        if isinstance(self.finished_ts, Unset):
            finished_ts = UNSET
        else:
            finished_ts = self.finished_ts

        download_url: str | Unset | None
        if isinstance(self.download_url, Unset):
            download_url = UNSET
        else:
            download_url = self.download_url

        filename: str | Unset | None
        if isinstance(self.filename, Unset):
            filename = UNSET
        else:
            filename = self.filename

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "status": status,
                "created_ts": created_ts,
                "url": url,
            }
        )
        if finished_ts is not UNSET:
            field_dict["finished_ts"] = finished_ts
        if download_url is not UNSET:
            field_dict["download_url"] = download_url
        if filename is not UNSET:
            field_dict["filename"] = filename

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        status = d.pop("status")

        created_ts = d.pop("created_ts")

        url = d.pop("url")

        def _parse_finished_ts(data: object) -> str | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        finished_ts = _parse_finished_ts(d.pop("finished_ts", UNSET))

        def _parse_download_url(data: object) -> str | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        download_url = _parse_download_url(d.pop("download_url", UNSET))

        def _parse_filename(data: object) -> str | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        filename = _parse_filename(d.pop("filename", UNSET))

        inventory_export = cls(
            id=id,
            status=status,
            created_ts=created_ts,
            url=url,
            finished_ts=finished_ts,
            download_url=download_url,
            filename=filename,
        )

        inventory_export.additional_properties = d
        return inventory_export

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
