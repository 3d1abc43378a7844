from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from .. import decoding as _decoding
from .. import readable as _readable
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.service_error_detail import ServiceErrorDetail


T = TypeVar("T", bound="ServiceError")


class ServiceError:
    """The body of every error the API answers in JSON.

    Attributes:
        message (str): What went wrong, in English.
        detail (list[ServiceErrorDetail] | Unset): The validation errors behind a 422, when the API lists them (not
            documented; seen live, with the `message` `See "detail" for validation errors.`).
    """

    __slots__ = (
        "__weakref__",
        "_problems",
        "additional_properties",
        "detail",
        "message",
    )
    __match_args__ = (
        "message",
        "detail",
    )

    message: str
    detail: list[ServiceErrorDetail] | Unset
    additional_properties: dict[str, Any]
    # What did not match the API description when this was decoded (see decoding.problems).
    _problems: tuple[_decoding.Problem, ...]
    # (attribute, JSON key) of each field, for to_dict.
    _fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("message", "message"),
        ("detail", "detail"),
    )

    def __init__(
        self,
        message: str,
        detail: list[ServiceErrorDetail] | Unset = UNSET,
    ) -> None:
        self.message = message
        self.detail = detail
        self.additional_properties = {}
        self._problems = ()

    # The fields and unknown keys, not the problems. Defining __eq__ leaves __hash__ None: a
    # model is mutable, so unhashable.
    def __eq__(self, other: object) -> bool:
        if not isinstance(other, ServiceError) or other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.message,
            self.detail,
            self.additional_properties,
        ) == (
            other.message,
            other.detail,
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
                f"ServiceError is decoded from a JSON object, not {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        _found: list[_decoding.Problem] = []
        message: Any = d.pop("message", UNSET)
        if not (isinstance(message, str)):
            _decoding.mismatch(_found, ("message",), "string", message)
        detail: Any = d.pop("detail", UNSET)
        if isinstance(detail, list):
            detail = list(detail)
            for _i0, _item0 in enumerate(detail):
                if isinstance(_item0, dict):
                    _item0 = ServiceErrorDetail.from_dict(_item0)
                    if _item0._problems:
                        _decoding.adopt(_found, ("detail", _i0), _item0._problems)
                else:
                    _decoding.mismatch(
                        _found, ("detail", _i0), "object (ServiceErrorDetail)", _item0
                    )
                detail[_i0] = _item0
        elif detail is not UNSET:
            _decoding.mismatch(_found, ("detail",), "array of object (ServiceErrorDetail)", detail)
        service_error = cls(
            message=message,
            detail=detail,
        )
        service_error.additional_properties = d
        if _found:
            service_error._problems = tuple(_found)
        return service_error

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
from ..models.service_error_detail import ServiceErrorDetail  # noqa: E402
