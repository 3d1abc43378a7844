from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from .. import decoding as _decoding
from .. import readable as _readable
from ..types import UNSET

if TYPE_CHECKING:
    from ..models.community_rating_summary import CommunityRatingSummary
    from ..models.user_ref import UserRef


T = TypeVar("T", bound="ReleaseCommunity")


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

    __slots__ = (
        "__weakref__",
        "_problems",
        "additional_properties",
        "contributors",
        "data_quality",
        "have",
        "rating",
        "status",
        "submitter",
        "want",
    )
    __match_args__ = (
        "have",
        "want",
        "rating",
        "status",
        "data_quality",
        "submitter",
        "contributors",
    )

    have: int
    want: int
    rating: CommunityRatingSummary
    status: str
    data_quality: str
    submitter: UserRef
    contributors: list[UserRef]
    additional_properties: dict[str, Any]
    # What did not match the API description when this was decoded (see decoding.problems).
    _problems: tuple[_decoding.Problem, ...]
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

    def __init__(
        self,
        have: int,
        want: int,
        rating: CommunityRatingSummary,
        status: str,
        data_quality: str,
        submitter: UserRef,
        contributors: list[UserRef],
    ) -> None:
        self.have = have
        self.want = want
        self.rating = rating
        self.status = status
        self.data_quality = data_quality
        self.submitter = submitter
        self.contributors = contributors
        self.additional_properties = {}
        self._problems = ()

    # The fields and unknown keys, not the problems. Defining __eq__ leaves __hash__ None: a
    # model is mutable, so unhashable.
    def __eq__(self, other: object) -> bool:
        if not isinstance(other, ReleaseCommunity) or other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.have,
            self.want,
            self.rating,
            self.status,
            self.data_quality,
            self.submitter,
            self.contributors,
            self.additional_properties,
        ) == (
            other.have,
            other.want,
            other.rating,
            other.status,
            other.data_quality,
            other.submitter,
            other.contributors,
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
