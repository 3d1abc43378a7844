from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="OAuthRequestToken")


@_attrs_define
class OAuthRequestToken:
    """The form-encoded answer of `getRequestToken`.

    Attributes:
        oauth_token (str): The request token; send the user to the authorize page with it.
        oauth_token_secret (str): The request token's secret, to sign the access-token request. Keep it secret.
        oauth_callback_confirmed (Literal['true']): Always `true` (OAuth 1.0a).
    """

    oauth_token: str
    oauth_token_secret: str
    oauth_callback_confirmed: Literal["true"]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        oauth_token = self.oauth_token

        oauth_token_secret = self.oauth_token_secret

        oauth_callback_confirmed = self.oauth_callback_confirmed

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "oauth_token": oauth_token,
                "oauth_token_secret": oauth_token_secret,
                "oauth_callback_confirmed": oauth_callback_confirmed,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        oauth_token = d.pop("oauth_token")

        oauth_token_secret = d.pop("oauth_token_secret")

        oauth_callback_confirmed = cast(Literal["true"], d.pop("oauth_callback_confirmed"))
        if oauth_callback_confirmed != "true":
            raise ValueError(
                f"oauth_callback_confirmed must match const 'true', got '{oauth_callback_confirmed}'"
            )

        o_auth_request_token = cls(
            oauth_token=oauth_token,
            oauth_token_secret=oauth_token_secret,
            oauth_callback_confirmed=oauth_callback_confirmed,
        )

        o_auth_request_token.additional_properties = d
        return o_auth_request_token

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
