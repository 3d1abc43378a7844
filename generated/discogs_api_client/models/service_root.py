from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from .. import decoding as _decoding
from .. import readable as _readable
from ..types import UNSET

if TYPE_CHECKING:
    from ..models.database_statistics import DatabaseStatistics


T = TypeVar("T", bound="ServiceRoot")


class ServiceRoot:
    """The answer of the service root.

    Attributes:
        hello (str): A greeting.
        api_version (str): The API version, `v2`.
        documentation_url (str): Where the documentation is.
        statistics (DatabaseStatistics): How many of each kind of database object exist.
    """

    __slots__ = (
        "__weakref__",
        "_problems",
        "additional_properties",
        "api_version",
        "documentation_url",
        "hello",
        "statistics",
    )
    __match_args__ = (
        "hello",
        "api_version",
        "documentation_url",
        "statistics",
    )

    hello: str
    api_version: str
    documentation_url: str
    statistics: DatabaseStatistics
    additional_properties: dict[str, Any]
    # What did not match the API description when this was decoded (see decoding.problems).
    _problems: tuple[_decoding.Problem, ...]
    # (attribute, JSON key) of each field, for to_dict.
    _fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("hello", "hello"),
        ("api_version", "api_version"),
        ("documentation_url", "documentation_url"),
        ("statistics", "statistics"),
    )

    def __init__(
        self,
        hello: str,
        api_version: str,
        documentation_url: str,
        statistics: DatabaseStatistics,
    ) -> None:
        self.hello = hello
        self.api_version = api_version
        self.documentation_url = documentation_url
        self.statistics = statistics
        self.additional_properties = {}
        self._problems = ()

    # The fields and unknown keys, not the problems. Defining __eq__ leaves __hash__ None: a
    # model is mutable, so unhashable.
    def __eq__(self, other: object) -> bool:
        if not isinstance(other, ServiceRoot) or other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.hello,
            self.api_version,
            self.documentation_url,
            self.statistics,
            self.additional_properties,
        ) == (
            other.hello,
            other.api_version,
            other.documentation_url,
            other.statistics,
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
                f"ServiceRoot is decoded from a JSON object, not {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        _found: list[_decoding.Problem] = []
        hello: Any = d.pop("hello", UNSET)
        if not (isinstance(hello, str)):
            _decoding.mismatch(_found, ("hello",), "string", hello)
        api_version: Any = d.pop("api_version", UNSET)
        if not (isinstance(api_version, str)):
            _decoding.mismatch(_found, ("api_version",), "string", api_version)
        documentation_url: Any = d.pop("documentation_url", UNSET)
        if not (isinstance(documentation_url, str)):
            _decoding.mismatch(_found, ("documentation_url",), "string", documentation_url)
        statistics: Any = d.pop("statistics", UNSET)
        if isinstance(statistics, dict):
            statistics = DatabaseStatistics.from_dict(statistics)
            if statistics._problems:
                _decoding.adopt(_found, ("statistics",), statistics._problems)
        else:
            _decoding.mismatch(_found, ("statistics",), "object (DatabaseStatistics)", statistics)
        service_root = cls(
            hello=hello,
            api_version=api_version,
            documentation_url=documentation_url,
            statistics=statistics,
        )
        service_root.additional_properties = d
        if _found:
            service_root._problems = tuple(_found)
        return service_root

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
from ..models.database_statistics import DatabaseStatistics  # noqa: E402
