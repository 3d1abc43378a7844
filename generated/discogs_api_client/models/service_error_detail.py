from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from .. import decoding as _decoding
from .. import readable as _readable
from ..types import UNSET, Unset

T = TypeVar("T", bound="ServiceErrorDetail")


class ServiceErrorDetail:
    """One validation error of a 422, as the live API sends it. Not documented, so nothing is required and more keys may
    come.

        Attributes:
            loc (list[int | str] | Unset): Where the error is, from the outside in, such as `["path", "folder_id"]`.
            msg (str | Unset): What is wrong, in English.
            type_ (str | Unset): The kind of error, such as `value_error`.
    """

    __slots__ = (
        "__weakref__",
        "_problems",
        "additional_properties",
        "loc",
        "msg",
        "type_",
    )
    __match_args__ = (
        "loc",
        "msg",
        "type_",
    )

    loc: list[int | str] | Unset
    msg: str | Unset
    type_: str | Unset
    additional_properties: dict[str, Any]
    # What did not match the API description when this was decoded (see decoding.problems).
    _problems: tuple[_decoding.Problem, ...]
    # (attribute, JSON key) of each field, for to_dict.
    _fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("loc", "loc"),
        ("msg", "msg"),
        ("type_", "type"),
    )

    def __init__(
        self,
        loc: list[int | str] | Unset = UNSET,
        msg: str | Unset = UNSET,
        type_: str | Unset = UNSET,
    ) -> None:
        self.loc = loc
        self.msg = msg
        self.type_ = type_
        self.additional_properties = {}
        self._problems = ()

    # The fields and unknown keys, not the problems. Defining __eq__ leaves __hash__ None: a
    # model is mutable, so unhashable.
    def __eq__(self, other: object) -> bool:
        if not isinstance(other, ServiceErrorDetail) or other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.loc,
            self.msg,
            self.type_,
            self.additional_properties,
        ) == (
            other.loc,
            other.msg,
            other.type_,
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
