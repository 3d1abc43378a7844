from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.currency import Currency, check_currency
from ..types import UNSET, Unset

T = TypeVar("T", bound="UserProfileUpdate")


@_attrs_define
class UserProfileUpdate:
    """The editable fields of a profile; those left out keep their values.

    Attributes:
        name (str | Unset): The user's real name.
        home_page (str | Unset): The user's website.
        location (str | Unset): Where the user is.
        profile (str | Unset): Biographical text.
        curr_abbr (Currency | Unset): A currency the marketplace trades in.
    """

    name: str | Unset = UNSET
    home_page: str | Unset = UNSET
    location: str | Unset = UNSET
    profile: str | Unset = UNSET
    curr_abbr: Currency | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        home_page = self.home_page

        location = self.location

        profile = self.profile

        curr_abbr: str | Unset = UNSET
        if not isinstance(self.curr_abbr, Unset):
            curr_abbr = self.curr_abbr

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if home_page is not UNSET:
            field_dict["home_page"] = home_page
        if location is not UNSET:
            field_dict["location"] = location
        if profile is not UNSET:
            field_dict["profile"] = profile
        if curr_abbr is not UNSET:
            field_dict["curr_abbr"] = curr_abbr

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name", UNSET)

        home_page = d.pop("home_page", UNSET)

        location = d.pop("location", UNSET)

        profile = d.pop("profile", UNSET)

        _curr_abbr = d.pop("curr_abbr", UNSET)
        curr_abbr: Currency | Unset
        if isinstance(_curr_abbr, Unset):
            curr_abbr = UNSET
        else:
            curr_abbr = check_currency(_curr_abbr)

        user_profile_update = cls(
            name=name,
            home_page=home_page,
            location=location,
            profile=profile,
            curr_abbr=curr_abbr,
        )

        user_profile_update.additional_properties = d
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
