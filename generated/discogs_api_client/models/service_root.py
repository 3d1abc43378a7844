from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.database_statistics import DatabaseStatistics


T = TypeVar("T", bound="ServiceRoot")


@_attrs_define
class ServiceRoot:
    """The answer of the service root.

    Attributes:
        hello (str): A greeting.
        api_version (str): The API version, `v2`.
        documentation_url (str): Where the documentation is.
        statistics (DatabaseStatistics): How many of each kind of database object exist.
    """

    hello: str
    api_version: str
    documentation_url: str
    statistics: DatabaseStatistics
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        hello = self.hello

        api_version = self.api_version

        documentation_url = self.documentation_url

        statistics = self.statistics.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "hello": hello,
                "api_version": api_version,
                "documentation_url": documentation_url,
                "statistics": statistics,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.database_statistics import DatabaseStatistics

        d = dict(src_dict)
        hello = d.pop("hello")

        api_version = d.pop("api_version")

        documentation_url = d.pop("documentation_url")

        statistics = DatabaseStatistics.from_dict(d.pop("statistics"))

        service_root = cls(
            hello=hello,
            api_version=api_version,
            documentation_url=documentation_url,
            statistics=statistics,
        )

        service_root.additional_properties = d
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
