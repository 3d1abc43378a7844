from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import decoding as _decoding
from .. import readable as _readable
from ..types import UNSET

if TYPE_CHECKING:
    from ..models.community_rating_summary import CommunityRatingSummary
    from ..models.user_ref import UserRef


T = TypeVar("T", bound="ReleaseCommunity")


@_attrs_define(repr=False)
class ReleaseCommunity:
    """The community's data about a release.

    Attributes:
        have (int):
        want (int):
        rating (CommunityRatingSummary): The average of a release's ratings and how many there are.
        status (str):
        data_quality (str):
        submitter (UserRef): A reference to a Discogs user.
        contributors (list[UserRef]):
    """

    have: int
    want: int
    rating: CommunityRatingSummary
    status: str
    data_quality: str
    submitter: UserRef
    contributors: list[UserRef]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # What did not match the API description when this was decoded (see decoding.problems).
    _problems: tuple[_decoding.Problem, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    # (attribute, JSON key) of each field, for to_dict.
    _fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("have", "have"),
        ("want", "want"),
        ("rating", "rating"),
        ("status", "status"),
        ("data_quality", "data_quality"),
        ("submitter", "submitter"),
        ("contributors", "contributors"),
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
                f"ReleaseCommunity is decoded from a JSON object, not {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        _found: list[_decoding.Problem] = []
        have: Any = d.pop("have", UNSET)
        if have.__class__ is not int:
            _decoding.mismatch(_found, ("have",), "integer", have)
        want: Any = d.pop("want", UNSET)
        if want.__class__ is not int:
            _decoding.mismatch(_found, ("want",), "integer", want)
        rating: Any = d.pop("rating", UNSET)
        if isinstance(rating, dict):
            rating = CommunityRatingSummary.from_dict(rating)
            if rating._problems:
                _decoding.adopt(_found, ("rating",), rating._problems)
        else:
            _decoding.mismatch(_found, ("rating",), "object (CommunityRatingSummary)", rating)
        status: Any = d.pop("status", UNSET)
        if not (isinstance(status, str)):
            _decoding.mismatch(_found, ("status",), "string", status)
        data_quality: Any = d.pop("data_quality", UNSET)
        if not (isinstance(data_quality, str)):
            _decoding.mismatch(_found, ("data_quality",), "string", data_quality)
        submitter: Any = d.pop("submitter", UNSET)
        if isinstance(submitter, dict):
            submitter = UserRef.from_dict(submitter)
            if submitter._problems:
                _decoding.adopt(_found, ("submitter",), submitter._problems)
        else:
            _decoding.mismatch(_found, ("submitter",), "object (UserRef)", submitter)
        contributors: Any = d.pop("contributors", UNSET)
        if isinstance(contributors, list):
            contributors = list(contributors)
            for _i0, _item0 in enumerate(contributors):
                if isinstance(_item0, dict):
                    _item0 = UserRef.from_dict(_item0)
                    if _item0._problems:
                        _decoding.adopt(_found, ("contributors", _i0), _item0._problems)
                else:
                    _decoding.mismatch(_found, ("contributors", _i0), "object (UserRef)", _item0)
                contributors[_i0] = _item0
        else:
            _decoding.mismatch(_found, ("contributors",), "array of object (UserRef)", contributors)
        release_community = cls(
            have=have,
            want=want,
            rating=rating,
            status=status,
            data_quality=data_quality,
            submitter=submitter,
            contributors=contributors,
        )
        release_community.additional_properties = d
        if _found:
            release_community._problems = tuple(_found)
        return release_community

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
from ..models.community_rating_summary import CommunityRatingSummary  # noqa: E402
from ..models.user_ref import UserRef  # noqa: E402
