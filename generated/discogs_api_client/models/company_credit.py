from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from .. import decoding as _decoding
from .. import readable as _readable
from ..types import UNSET, Unset

T = TypeVar("T", bound="CompanyCredit")


class CompanyCredit:
    """A label, series or company credited on a release. `entity_type` is a number sent as a string (`"1"` for labels);
    companies also carry `entity_type_name`.

        Attributes:
            id (int):
            name (str):
            catno (str):
            entity_type (str): A numeric type code, as a string.
            resource_url (str):
            entity_type_name (str | Unset):
            thumbnail_url (str | Unset):
    """

    __slots__ = (
        "__weakref__",
        "_problems",
        "additional_properties",
        "catno",
        "entity_type",
        "entity_type_name",
        "id",
        "name",
        "resource_url",
        "thumbnail_url",
    )
    __match_args__ = (
        "id",
        "name",
        "catno",
        "entity_type",
        "resource_url",
        "entity_type_name",
        "thumbnail_url",
    )

    id: int
    name: str
    catno: str
    entity_type: str
    resource_url: str
    entity_type_name: str | Unset
    thumbnail_url: str | Unset
    additional_properties: dict[str, Any]
    # What did not match the API description when this was decoded (see decoding.problems).
    _problems: tuple[_decoding.Problem, ...]
    # (attribute, JSON key) of each field, for to_dict.
    _fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("id", "id"),
        ("name", "name"),
        ("catno", "catno"),
        ("entity_type", "entity_type"),
        ("resource_url", "resource_url"),
        ("entity_type_name", "entity_type_name"),
        ("thumbnail_url", "thumbnail_url"),
    )

    def __init__(
        self,
        id: int,
        name: str,
        catno: str,
        entity_type: str,
        resource_url: str,
        entity_type_name: str | Unset = UNSET,
        thumbnail_url: str | Unset = UNSET,
    ) -> None:
        self.id = id
        self.name = name
        self.catno = catno
        self.entity_type = entity_type
        self.resource_url = resource_url
        self.entity_type_name = entity_type_name
        self.thumbnail_url = thumbnail_url
        self.additional_properties = {}
        self._problems = ()

    # The fields and unknown keys, not the problems. Defining __eq__ leaves __hash__ None: a
    # model is mutable, so unhashable.
    def __eq__(self, other: object) -> bool:
        if not isinstance(other, CompanyCredit) or other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.id,
            self.name,
            self.catno,
            self.entity_type,
            self.resource_url,
            self.entity_type_name,
            self.thumbnail_url,
            self.additional_properties,
        ) == (
            other.id,
            other.name,
            other.catno,
            other.entity_type,
            other.resource_url,
            other.entity_type_name,
            other.thumbnail_url,
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
                f"CompanyCredit is decoded from a JSON object, not {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        _found: list[_decoding.Problem] = []
        id: Any = d.pop("id", UNSET)
        if id.__class__ is not int:
            _decoding.mismatch(_found, ("id",), "integer", id)
        name: Any = d.pop("name", UNSET)
        if not (isinstance(name, str)):
            _decoding.mismatch(_found, ("name",), "string", name)
        catno: Any = d.pop("catno", UNSET)
        if not (isinstance(catno, str)):
            _decoding.mismatch(_found, ("catno",), "string", catno)
        entity_type: Any = d.pop("entity_type", UNSET)
        if not (isinstance(entity_type, str)):
            _decoding.mismatch(_found, ("entity_type",), "string", entity_type)
        resource_url: Any = d.pop("resource_url", UNSET)
        if not (isinstance(resource_url, str)):
            _decoding.mismatch(_found, ("resource_url",), "string", resource_url)
        entity_type_name: Any = d.pop("entity_type_name", UNSET)
        if not (isinstance(entity_type_name, str)) and entity_type_name is not UNSET:
            _decoding.mismatch(_found, ("entity_type_name",), "string", entity_type_name)
        thumbnail_url: Any = d.pop("thumbnail_url", UNSET)
        if not (isinstance(thumbnail_url, str)) and thumbnail_url is not UNSET:
            _decoding.mismatch(_found, ("thumbnail_url",), "string", thumbnail_url)
        company_credit = cls(
            id=id,
            name=name,
            catno=catno,
            entity_type=entity_type,
            resource_url=resource_url,
            entity_type_name=entity_type_name,
            thumbnail_url=thumbnail_url,
        )
        company_credit.additional_properties = d
        if _found:
            company_credit._problems = tuple(_found)
        return company_credit

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
