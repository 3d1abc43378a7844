"""Checks of the values a client is configured with, made before anything is built or sent.

Each returns the value to use or raises a `ConfigurationError` (or the subclass asked for) that
names the argument and says how to fix it. A value that may be a secret is never echoed.
"""

from __future__ import annotations

import math
import os
import re
from pathlib import Path

import httpx

from .errors import ConfigurationError

__all__ = ["count", "file_path", "header_text", "http_url", "seconds"]

# The userinfo of a URL: after the scheme's `//` (if any), up to the last `@` of the authority.
_USERINFO = re.compile(r"^((?:[A-Za-z][A-Za-z0-9+.-]*:)?//)?[^/?#]*@")
# A query or fragment, which may carry a secret too.
_AFTER_PATH = re.compile(r"[?#].*", re.DOTALL)


def header_text(
    name: str, value: object, *, error: type[ConfigurationError] = ConfigurationError
) -> str:
    """`value` without surrounding whitespace, if what is left can go into an HTTP header.

    A value read from a file or a CRLF `.env` often ends in a line break: that is stripped. Inside
    it, control characters and non-ASCII text are refused here, before httpx would refuse them
    with the whole header, secret and all, in its message.
    """
    text = value.strip() if isinstance(value, str) else ""
    if not text:
        raise error(f"{name} must be a non-empty string.")
    if not (text.isascii() and text.isprintable()):
        raise error(
            f"{name} holds a control character (such as a line break) or non-ASCII text, which "
            "cannot go into an HTTP header; check how it was read (the value is not shown)."
        )
    return text


def _without_userinfo(url: str) -> str:
    return _USERINFO.sub(lambda match: f"{match.group(1) or ''}***@", url, count=1)


def _shown(url: str) -> str:
    """`url` as messages may show it: any `user:password@` masked, any query or fragment cut."""
    return _AFTER_PATH.sub("?...", _without_userinfo(url), count=1)


def http_url(name: str, value: object) -> httpx.URL:
    """An absolute http(s) URL with a host and no userinfo, query or fragment."""
    example = "such as 'https://api.discogs.com'"
    if not isinstance(value, str):
        raise ConfigurationError(f"{name} must be a string, {example}; got {type(value).__name__}.")
    text = value.strip()
    shown = _shown(text)
    if _without_userinfo(text) != text:
        raise ConfigurationError(
            f"{name} must not hold a user name or password ({shown!r}): credentials in a URL "
            "end up in logs and messages. Pass Discogs credentials as token= or the consumer "
            "and OAuth values."
        )
    try:
        url = httpx.URL(text)
    except httpx.InvalidURL as exc:
        raise ConfigurationError(f"{name} {shown!r} is not a URL: {exc}") from None
    if url.scheme not in ("http", "https") or not url.host:
        raise ConfigurationError(
            f"{name} must be an http(s) URL with a host, {example}; got {shown!r}."
        )
    if url.query or url.fragment or text.endswith(("?", "#")):
        raise ConfigurationError(f"{name} must not hold a query or a fragment; got {shown!r}.")
    return url


def seconds(name: str, value: object, *, default: str) -> float:
    """A finite number of seconds > 0; `default` says what leaving it out means."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise ConfigurationError(
            f"{name} must be a number of seconds, such as 30 or 0.5, not {type(value).__name__}; "
            f"leave it out for {default}."
        )
    if not (math.isfinite(value) and value > 0):
        raise ConfigurationError(
            f"{name} must be a finite number of seconds > 0; got {value!r}. Leave it out for "
            f"{default}."
        )
    return float(value)


def count(name: str, value: object, *, meaning: str) -> int:
    """A whole number >= 1; `meaning` says what it counts."""
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        raise ConfigurationError(f"{name} ({meaning}) must be a whole number >= 1; got {value!r}.")
    return value


def file_path(name: str, value: object) -> str:
    """The path of a file that exists or can be created in a folder that exists."""
    if not isinstance(value, str | os.PathLike):
        raise ConfigurationError(
            f"{name} must be the path of a file, as a str or a Path; got {type(value).__name__}."
        )
    text = os.fspath(value)
    if not isinstance(text, str) or not text.strip():
        raise ConfigurationError(f"{name} must be the path of a file as text; got {value!r}.")
    path = Path(text)
    if path.is_dir():
        raise ConfigurationError(
            f"{name} {text!r} is a folder: name a file in it, such as {str(path / 'discogs.db')!r}."
        )
    if not path.absolute().parent.is_dir():
        raise ConfigurationError(
            f"{name} {text!r} is in a folder that does not exist: create "
            f"{str(path.absolute().parent)!r} first, or name a file in a folder that exists."
        )
    return text
