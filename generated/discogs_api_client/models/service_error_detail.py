from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import decoding as _decoding
from .. import readable as _readable
from ..types import UNSET, Unset

T = TypeVar("T", bound="ServiceErrorDetail")


@_attrs_define(repr=False)
class ServiceErrorDetail:
    """One validation error of a 422, as the live API sends it. Not documented, so nothing is required and more keys may
    come.

        Attributes:
            loc (list[int | str] | Unset): Where the error is, from the outside in, such as `["path", "folder_id"]`.
            msg (str | Unset): What is wrong, in English.
            type_ (str | Unset): The kind of error, such as `value_error`.
    """

    loc: list[int | str] | Unset = UNSET
    msg: str | Unset = UNSET
    type_: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # What did not match the API description when this was decoded (see decoding.problems).
    _problems: tuple[_decoding.Problem, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    # (attribute, JSON key) of each field, for to_dict.
    _fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("loc", "loc"),
        ("msg", "msg"),
        ("type_", "type"),
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
                f"ServiceErrorDetail is decoded from a JSON object, not {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        _found: list[_decoding.Problem] = []
        loc: Any = d.pop("loc", UNSET)
        if isinstance(loc, list):
            for _i0, _item0 in enumerate(loc):
                if isinstance(_item0, str) or _item0.__class__ is int:
                    pass
                else:
                    _decoding.mismatch(_found, ("loc", _i0), "string or integer", _item0)
        elif loc is not UNSET:
            _decoding.mismatch(_found, ("loc",), "array of string or integer", loc)
        msg: Any = d.pop("msg", UNSET)
        if not (isinstance(msg, str)) and msg is not UNSET:
            _decoding.mismatch(_found, ("msg",), "string", msg)
        type_: Any = d.pop("type", UNSET)
        if not (isinstance(type_, str)) and type_ is not UNSET:
            _decoding.mismatch(_found, ("type",), "string", type_)
        service_error_detail = cls(
            loc=loc,
            msg=msg,
            type_=type_,
        )
        service_error_detail.additional_properties = d
        if _found:
            service_error_detail._problems = tuple(_found)
        return service_error_detail

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
