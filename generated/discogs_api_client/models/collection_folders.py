from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from .. import decoding as _decoding
from .. import readable as _readable
from ..types import UNSET

if TYPE_CHECKING:
    from ..models.collection_folder import CollectionFolder


T = TypeVar("T", bound="CollectionFolders")


class CollectionFolders:
    """A user's collection folders.

    Attributes:
        folders (list[CollectionFolder]):
    """

    __slots__ = (
        "__weakref__",
        "_problems",
        "additional_properties",
        "folders",
    )
    __match_args__ = ("folders",)

    folders: list[CollectionFolder]
    additional_properties: dict[str, Any]
    # What did not match the API description when this was decoded (see decoding.problems).
    _problems: tuple[_decoding.Problem, ...]
    # (attribute, JSON key) of each field, for to_dict.
    _fields: ClassVar[tuple[tuple[str, str], ...]] = (("folders", "folders"),)

    def __init__(
        self,
        folders: list[CollectionFolder],
    ) -> None:
        self.folders = folders
        self.additional_properties = {}
        self._problems = ()

    # The fields and unknown keys, not the problems. Defining __eq__ leaves __hash__ None: a
    # model is mutable, so unhashable.
    def __eq__(self, other: object) -> bool:
        if not isinstance(other, CollectionFolders) or other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.folders,
            self.additional_properties,
        ) == (
            other.folders,
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
                f"CollectionFolders is decoded from a JSON object, not {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        _found: list[_decoding.Problem] = []
        folders: Any = d.pop("folders", UNSET)
        if isinstance(folders, list):
            folders = list(folders)
            for _i0, _item0 in enumerate(folders):
                if isinstance(_item0, dict):
                    _item0 = CollectionFolder.from_dict(_item0)
                    if _item0._problems:
                        _decoding.adopt(_found, ("folders", _i0), _item0._problems)
                else:
                    _decoding.mismatch(
                        _found, ("folders", _i0), "object (CollectionFolder)", _item0
                    )
                folders[_i0] = _item0
        else:
            _decoding.mismatch(_found, ("folders",), "array of object (CollectionFolder)", folders)
        collection_folders = cls(
            folders=folders,
        )
        collection_folders.additional_properties = d
        if _found:
            collection_folders._problems = tuple(_found)
        return collection_folders

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
from ..models.collection_folder import CollectionFolder  # noqa: E402
