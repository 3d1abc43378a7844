from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from .. import decoding as _decoding
from .. import readable as _readable
from ..types import UNSET

T = TypeVar("T", bound="OAuthAccessToken")


class OAuthAccessToken:
    """The form-encoded answer of `createAccessToken`.

    Attributes:
        oauth_token (str): The access token. It does not expire.
        oauth_token_secret (str): The access token's secret, to sign every request. Keep it secret.
    """

    __slots__ = (
        "__weakref__",
        "_problems",
        "additional_properties",
        "oauth_token",
        "oauth_token_secret",
    )
    __match_args__ = (
        "oauth_token",
        "oauth_token_secret",
    )

    oauth_token: str
    oauth_token_secret: str
    additional_properties: dict[str, Any]
    # What did not match the API description when this was decoded (see decoding.problems).
    _problems: tuple[_decoding.Problem, ...]
    # (attribute, JSON key) of each field, for to_dict.
    _fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("oauth_token", "oauth_token"),
        ("oauth_token_secret", "oauth_token_secret"),
    )

    def __init__(
        self,
        oauth_token: str,
        oauth_token_secret: str,
    ) -> None:
        self.oauth_token = oauth_token
        self.oauth_token_secret = oauth_token_secret
        self.additional_properties = {}
        self._problems = ()

    # The fields and unknown keys, not the problems. Defining __eq__ leaves __hash__ None: a
    # model is mutable, so unhashable.
    def __eq__(self, other: object) -> bool:
        if not isinstance(other, OAuthAccessToken) or other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.oauth_token,
            self.oauth_token_secret,
            self.additional_properties,
        ) == (
            other.oauth_token,
            other.oauth_token_secret,
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
                f"OAuthAccessToken is decoded from a JSON object, not {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        _found: list[_decoding.Problem] = []
        oauth_token: Any = d.pop("oauth_token", UNSET)
        if not (isinstance(oauth_token, str)):
            _decoding.mismatch(_found, ("oauth_token",), "string", oauth_token)
        oauth_token_secret: Any = d.pop("oauth_token_secret", UNSET)
        if not (isinstance(oauth_token_secret, str)):
            _decoding.mismatch(_found, ("oauth_token_secret",), "string", oauth_token_secret)
        o_auth_access_token = cls(
            oauth_token=oauth_token,
            oauth_token_secret=oauth_token_secret,
        )
        o_auth_access_token.additional_properties = d
        if _found:
            o_auth_access_token._problems = tuple(_found)
        return o_auth_access_token

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
