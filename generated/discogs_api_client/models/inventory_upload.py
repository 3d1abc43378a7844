from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from .. import decoding as _decoding
from .. import readable as _readable
from ..models.inventory_upload_type import InventoryUploadType
from ..types import UNSET, Unset

T = TypeVar("T", bound="InventoryUpload")


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

    __slots__ = (
        "__weakref__",
        "_problems",
        "additional_properties",
        "created_ts",
        "filename",
        "finished_ts",
        "id",
        "results",
        "status",
        "type_",
    )
    __match_args__ = (
        "id",
        "type_",
        "status",
        "created_ts",
        "filename",
        "results",
        "finished_ts",
    )

    id: int
    type_: InventoryUploadType | str
    status: str
    created_ts: str
    filename: str | Unset
    results: str | Unset | None
    finished_ts: str | Unset | None
    additional_properties: dict[str, Any]
    # What did not match the API description when this was decoded (see decoding.problems).
    _problems: tuple[_decoding.Problem, ...]
    # (attribute, JSON key) of each field, for to_dict.
    _fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("id", "id"),
        ("type_", "type"),
        ("status", "status"),
        ("created_ts", "created_ts"),
        ("filename", "filename"),
        ("results", "results"),
        ("finished_ts", "finished_ts"),
    )

    def __init__(
        self,
        id: int,
        type_: InventoryUploadType | str,
        status: str,
        created_ts: str,
        filename: str | Unset = UNSET,
        results: str | Unset | None = UNSET,
        finished_ts: str | Unset | None = UNSET,
    ) -> None:
        self.id = id
        self.type_ = type_
        self.status = status
        self.created_ts = created_ts
        self.filename = filename
        self.results = results
        self.finished_ts = finished_ts
        self.additional_properties = {}
        self._problems = ()

    # The fields and unknown keys, not the problems. Defining __eq__ leaves __hash__ None: a
    # model is mutable, so unhashable.
    def __eq__(self, other: object) -> bool:
        if not isinstance(other, InventoryUpload) or other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.id,
            self.type_,
            self.status,
            self.created_ts,
            self.filename,
            self.results,
            self.finished_ts,
            self.additional_properties,
        ) == (
            other.id,
            other.type_,
            other.status,
            other.created_ts,
            other.filename,
            other.results,
            other.finished_ts,
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
                f"InventoryUpload is decoded from a JSON object, not {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        _found: list[_decoding.Problem] = []
        id: Any = d.pop("id", UNSET)
        if id.__class__ is not int:
            _decoding.mismatch(_found, ("id",), "integer", id)
        type_: Any = d.pop("type", UNSET)
        if isinstance(type_, str):
            pass
        else:
            _decoding.unlisted(_found, ("type",), "one of add, change, delete or string", type_)
        status: Any = d.pop("status", UNSET)
        if not (isinstance(status, str)):
            _decoding.mismatch(_found, ("status",), "string", status)
        created_ts: Any = d.pop("created_ts", UNSET)
        if not (isinstance(created_ts, str)):
            _decoding.mismatch(_found, ("created_ts",), "string", created_ts)
        filename: Any = d.pop("filename", UNSET)
        if not (isinstance(filename, str)) and filename is not UNSET:
            _decoding.mismatch(_found, ("filename",), "string", filename)
        results: Any = d.pop("results", UNSET)
        if isinstance(results, str) or results is None:
            pass
        elif results is not UNSET:
            _decoding.mismatch(_found, ("results",), "string or null", results)
        finished_ts: Any = d.pop("finished_ts", UNSET)
        if isinstance(finished_ts, str) or finished_ts is None:
            pass
        elif finished_ts is not UNSET:
            _decoding.mismatch(_found, ("finished_ts",), "string or null", finished_ts)
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
        if _found:
            inventory_upload._problems = tuple(_found)
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
