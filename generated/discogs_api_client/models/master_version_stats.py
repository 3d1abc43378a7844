from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from .. import decoding as _decoding
from .. import readable as _readable
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.version_counts import VersionCounts


T = TypeVar("T", bound="MasterVersionStats")


class MasterVersionStats:
    """The version's counts for the requesting user and for the community.

    Attributes:
        user (VersionCounts | Unset): How many collections and wantlists hold a version.
        community (VersionCounts | Unset): How many collections and wantlists hold a version.
    """

    __slots__ = (
        "__weakref__",
        "_problems",
        "additional_properties",
        "community",
        "user",
    )
    __match_args__ = (
        "user",
        "community",
    )

    user: VersionCounts | Unset
    community: VersionCounts | Unset
    additional_properties: dict[str, Any]
    # What did not match the API description when this was decoded (see decoding.problems).
    _problems: tuple[_decoding.Problem, ...]
    # (attribute, JSON key) of each field, for to_dict.
    _fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("user", "user"),
        ("community", "community"),
    )

    def __init__(
        self,
        user: VersionCounts | Unset = UNSET,
        community: VersionCounts | Unset = UNSET,
    ) -> None:
        self.user = user
        self.community = community
        self.additional_properties = {}
        self._problems = ()

    # The fields and unknown keys, not the problems. Defining __eq__ leaves __hash__ None: a
    # model is mutable, so unhashable.
    def __eq__(self, other: object) -> bool:
        if not isinstance(other, MasterVersionStats) or other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.user,
            self.community,
            self.additional_properties,
        ) == (
            other.user,
            other.community,
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
                f"MasterVersionStats is decoded from a JSON object, not {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        _found: list[_decoding.Problem] = []
        user: Any = d.pop("user", UNSET)
        if isinstance(user, dict):
            user = VersionCounts.from_dict(user)
            if user._problems:
                _decoding.adopt(_found, ("user",), user._problems)
        elif user is not UNSET:
            _decoding.mismatch(_found, ("user",), "object (VersionCounts)", user)
        community: Any = d.pop("community", UNSET)
        if isinstance(community, dict):
            community = VersionCounts.from_dict(community)
            if community._problems:
                _decoding.adopt(_found, ("community",), community._problems)
        elif community is not UNSET:
            _decoding.mismatch(_found, ("community",), "object (VersionCounts)", community)
        master_version_stats = cls(
            user=user,
            community=community,
        )
        master_version_stats.additional_properties = d
        if _found:
            master_version_stats._problems = tuple(_found)
        return master_version_stats

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
from ..models.version_counts import VersionCounts  # noqa: E402
