from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from .. import decoding as _decoding
from .. import readable as _readable
from ..models.currency import Currency, check_currency
from ..types import UNSET, Unset

T = TypeVar("T", bound="UserProfileUpdate")


class UserProfileUpdate:
    """The editable fields of a profile; those left out keep their values.

    Attributes:
        name (str | Unset): The user's real name.
        home_page (str | Unset): The user's website.
        location (str | Unset): Where the user is.
        profile (str | Unset): Biographical text.
        curr_abbr (Currency | Unset): A currency the marketplace trades in.
    """

    __slots__ = (
        "__weakref__",
        "_problems",
        "additional_properties",
        "curr_abbr",
        "home_page",
        "location",
        "name",
        "profile",
    )
    __match_args__ = (
        "name",
        "home_page",
        "location",
        "profile",
        "curr_abbr",
    )

    name: str | Unset
    home_page: str | Unset
    location: str | Unset
    profile: str | Unset
    curr_abbr: Currency | Unset
    additional_properties: dict[str, Any]
    # What did not match the API description when this was decoded (see decoding.problems).
    _problems: tuple[_decoding.Problem, ...]
    # (attribute, JSON key) of each field, for to_dict.
    _fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("name", "name"),
        ("home_page", "home_page"),
        ("location", "location"),
        ("profile", "profile"),
        ("curr_abbr", "curr_abbr"),
    )

    def __init__(
        self,
        name: str | Unset = UNSET,
        home_page: str | Unset = UNSET,
        location: str | Unset = UNSET,
        profile: str | Unset = UNSET,
        curr_abbr: Currency | Unset = UNSET,
    ) -> None:
        self.name = name
        self.home_page = home_page
        self.location = location
        self.profile = profile
        self.curr_abbr = curr_abbr
        self.additional_properties = {}
        self._problems = ()

    # The fields and unknown keys, not the problems. Defining __eq__ leaves __hash__ None: a
    # model is mutable, so unhashable.
    def __eq__(self, other: object) -> bool:
        if not isinstance(other, UserProfileUpdate) or other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.name,
            self.home_page,
            self.location,
            self.profile,
            self.curr_abbr,
            self.additional_properties,
        ) == (
            other.name,
            other.home_page,
            other.location,
            other.profile,
            other.curr_abbr,
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
                f"UserProfileUpdate is decoded from a JSON object, not {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        _found: list[_decoding.Problem] = []
        name: Any = d.pop("name", UNSET)
        if not (isinstance(name, str)) and name is not UNSET:
            _decoding.mismatch(_found, ("name",), "string", name)
        home_page: Any = d.pop("home_page", UNSET)
        if not (isinstance(home_page, str)) and home_page is not UNSET:
            _decoding.mismatch(_found, ("home_page",), "string", home_page)
        location: Any = d.pop("location", UNSET)
        if not (isinstance(location, str)) and location is not UNSET:
            _decoding.mismatch(_found, ("location",), "string", location)
        profile: Any = d.pop("profile", UNSET)
        if not (isinstance(profile, str)) and profile is not UNSET:
            _decoding.mismatch(_found, ("profile",), "string", profile)
        curr_abbr: Any = d.pop("curr_abbr", UNSET)
        if not (_decoding.allows(check_currency, curr_abbr)) and curr_abbr is not UNSET:
            _decoding.unlisted(
                _found,
                ("curr_abbr",),
                "one of AUD, BRL, CAD, CHF, EUR, GBP, JPY, MXN, NZD, SEK, USD, ZAR",
                curr_abbr,
            )
        user_profile_update = cls(
            name=name,
            home_page=home_page,
            location=location,
            profile=profile,
            curr_abbr=curr_abbr,
        )
        user_profile_update.additional_properties = d
        if _found:
            user_profile_update._problems = tuple(_found)
        return user_profile_update

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
