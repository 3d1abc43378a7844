from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from .. import decoding as _decoding
from .. import readable as _readable
from ..types import UNSET, Unset

T = TypeVar("T", bound="InventoryExport")


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

    __slots__ = (
        "__weakref__",
        "_problems",
        "additional_properties",
        "created_ts",
        "download_url",
        "filename",
        "finished_ts",
        "id",
        "status",
        "url",
    )
    __match_args__ = (
        "id",
        "status",
        "created_ts",
        "url",
        "finished_ts",
        "download_url",
        "filename",
    )

    id: int
    status: str
    created_ts: str
    url: str
    finished_ts: str | Unset | None
    download_url: str | Unset | None
    filename: str | Unset | None
    additional_properties: dict[str, Any]
    # What did not match the API description when this was decoded (see decoding.problems).
    _problems: tuple[_decoding.Problem, ...]
    # (attribute, JSON key) of each field, for to_dict.
    _fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("id", "id"),
        ("status", "status"),
        ("created_ts", "created_ts"),
        ("url", "url"),
        ("finished_ts", "finished_ts"),
        ("download_url", "download_url"),
        ("filename", "filename"),
    )

    def __init__(
        self,
        id: int,
        status: str,
        created_ts: str,
        url: str,
        finished_ts: str | Unset | None = UNSET,
        download_url: str | Unset | None = UNSET,
        filename: str | Unset | None = UNSET,
    ) -> None:
        self.id = id
        self.status = status
        self.created_ts = created_ts
        self.url = url
        self.finished_ts = finished_ts
        self.download_url = download_url
        self.filename = filename
        self.additional_properties = {}
        self._problems = ()

    # The fields and unknown keys, not the problems. Defining __eq__ leaves __hash__ None: a
    # model is mutable, so unhashable.
    def __eq__(self, other: object) -> bool:
        if not isinstance(other, InventoryExport) or other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.id,
            self.status,
            self.created_ts,
            self.url,
            self.finished_ts,
            self.download_url,
            self.filename,
            self.additional_properties,
        ) == (
            other.id,
            other.status,
            other.created_ts,
            other.url,
            other.finished_ts,
            other.download_url,
            other.filename,
            other.additional_properties,
        )

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
                f"InventoryExport is decoded from a JSON object, not {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        _found: list[_decoding.Problem] = []
        id: Any = d.pop("id", UNSET)
        if id.__class__ is not int:
            _decoding.mismatch(_found, ("id",), "integer", id)
        status: Any = d.pop("status", UNSET)
        if not (isinstance(status, str)):
            _decoding.mismatch(_found, ("status",), "string", status)
        created_ts: Any = d.pop("created_ts", UNSET)
        if not (isinstance(created_ts, str)):
            _decoding.mismatch(_found, ("created_ts",), "string", created_ts)
        url: Any = d.pop("url", UNSET)
        if not (isinstance(url, str)):
            _decoding.mismatch(_found, ("url",), "string", url)
        finished_ts: Any = d.pop("finished_ts", UNSET)
        if isinstance(finished_ts, str) or finished_ts is None:
            pass
        elif finished_ts is not UNSET:
            _decoding.mismatch(_found, ("finished_ts",), "string or null", finished_ts)
        download_url: Any = d.pop("download_url", UNSET)
        if isinstance(download_url, str) or download_url is None:
            pass
        elif download_url is not UNSET:
            _decoding.mismatch(_found, ("download_url",), "string or null", download_url)
        filename: Any = d.pop("filename", UNSET)
        if isinstance(filename, str) or filename is None:
            pass
        elif filename is not UNSET:
            _decoding.mismatch(_found, ("filename",), "string or null", filename)
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
        if _found:
            inventory_export._problems = tuple(_found)
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
