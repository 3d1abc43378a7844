"""Which credentials an operation needs, read from the spec, checked before anything is sent.

`discogs_api_client.security` is generated from each operation's `security` in the spec, so a
call that cannot succeed with the client's credentials fails locally and spends no request.
"""

from __future__ import annotations

import functools
import re
from typing import Literal

import httpx

from .errors import CredentialsRequiredError

__all__ = ["AuthMode", "check_access"]

AuthMode = Literal["none", "token", "key_secret", "oauth", "custom"]
_SCHEME_OF_MODE = {"none": "", "token": "DiscogsToken", "key_secret": "DiscogsKeySecret"}
_SCHEME_OF_MODE["oauth"] = "OAuth1"
_HOW = {
    "DiscogsToken": "token= (a personal access token)",
    "DiscogsKeySecret": "consumer_key= and consumer_secret=",
    "OAuth1": "the four OAuth values (consumer_key, consumer_secret, oauth_token, "
    "oauth_token_secret)",
}


@functools.cache
def _routes() -> list[tuple[re.Pattern[str], str, str, str, frozenset[str]]]:
    from discogs_api_client.security import OPERATION_SECURITY  # compiled on first use

    routes = []
    for operation_id, (method, template, schemes) in OPERATION_SECURITY.items():
        pattern = re.sub(r"\\\{[^}]+\\\}", "[^/]+", re.escape(template))
        routes.append((re.compile(f"^{pattern}$"), method, operation_id, template, schemes))
    # Literal segments win over parameters: /inventory/upload/add is not /inventory/upload/{id}.
    routes.sort(key=lambda route: (route[3].count("{"), route[3]))
    return routes


def check_access(request: httpx.Request, mode: AuthMode, api: httpx.URL) -> None:
    """Raise `CredentialsRequiredError` if the spec says `mode` cannot call this operation."""
    if mode == "custom":
        return
    prefix = api.path.rstrip("/")
    path = request.url.path.removeprefix(prefix) or "/"
    for pattern, method, operation_id, template, schemes in _routes():
        if method == request.method and pattern.match(path):
            if _SCHEME_OF_MODE[mode] in schemes:
                return
            accepted = " or ".join(_HOW[scheme] for scheme in sorted(schemes) if scheme)
            have = {
                "none": "this client has no credentials",
                "key_secret": "a consumer key and secret identify no user",
                "token": "a personal token is not accepted here",
                "oauth": "OAuth credentials are not accepted here",
            }[mode]
            raise CredentialsRequiredError(
                f"{operation_id} ({method} {template}) needs {accepted}; {have}. Nothing was sent."
            )
