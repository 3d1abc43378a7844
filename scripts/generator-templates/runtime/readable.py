"""Short, readable reprs for the generated models (copied into the package by regenerate.py).

A model's repr shows the fields that were set, in the spec's order, each cut short: strings
to `_TEXT` characters, lists as `[3 Track]` (or as written when short), nested models as
`Image(...)`; links (`resource_url`, `uri`, `..._url`, `thumb`) are left out, credentials (the
OAuth answers' `oauth_token` and `oauth_token_secret`) show as `***`, and once the repr reaches
`_BUDGET` characters the rest is `...`. The attributes and `to_dict()` have everything.
"""

from __future__ import annotations

import datetime
import enum
from collections.abc import Sequence
from typing import Any

from .types import Unset

_TEXT = 40  # characters of a string shown
_SHORT = 40  # a list or dict written out when its repr is at most this long
_BUDGET = 200  # characters of fields, past which the rest is "..."
_LINKS = frozenset({"resource_url", "uri", "thumb", "cover_image"})


def _is_link(attribute: str) -> bool:
    return attribute in _LINKS or attribute.endswith("_url")


def _is_secret(attribute: str) -> bool:
    # Reprs end up in logs and tracebacks: credentials never do.
    return attribute.endswith("token") or any(w in attribute for w in ("secret", "password"))


def _brief(value: Any) -> str:
    """One value, cut short."""
    if isinstance(value, str):
        return repr(value if len(value) <= _TEXT else value[: _TEXT - 1] + "…")
    if isinstance(value, enum.Enum):
        return repr(value.value)
    if isinstance(value, datetime.date):  # datetime.datetime too
        return value.isoformat()
    if isinstance(value, list | dict):
        written = repr(value)
        if len(written) <= _SHORT and not any(hasattr(v, "_fields") for v in value):
            return written
        if isinstance(value, dict):
            return f"{{{len(value)} keys}}"
        kinds = {type(item).__name__ for item in value}
        return f"[{len(value)} {kinds.pop() if len(kinds) == 1 else 'items'}]"
    if hasattr(value, "_fields"):
        return f"{type(value).__name__}(...)"
    return repr(value)


def model_repr(model: Any, fields: Sequence[tuple[str, str]]) -> str:
    """`Release(id=249504, title='Never Gonna Give You Up', year=1987, ...)`."""
    parts: list[str] = []
    length = 0
    for attribute, _key in fields:
        value = getattr(model, attribute)
        if isinstance(value, Unset) or _is_link(attribute):
            continue
        if length >= _BUDGET:
            parts.append("...")
            break
        part = f"{attribute}={'***' if _is_secret(attribute) else _brief(value)}"
        parts.append(part)
        length += len(part) + 2
    extra = getattr(model, "additional_properties", None)
    if extra and (not parts or parts[-1] != "..."):
        parts.append(f"+{len(extra)} more keys")
    return f"{type(model).__name__}({', '.join(parts)})"
