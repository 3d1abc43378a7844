"""Lenient decoding of 2xx bodies, and what did not match the API description.

The models decode what the API really sends. A value that does not match its declared type is
kept as sent, a required field that is absent stays UNSET, unknown keys are kept in
`additional_properties`, and each discrepancy is recorded as a `Problem` on the model it was
found in (with a path relative to that model; `problems(model)` lists them, nested ones included).
The endpoint functions then `settle` the whole answer: each kind of problem is logged once per
operation and path at WARNING, and a client whose `strict` attribute is true raises `DecodeError`
instead of returning the model.

Copied into the generated package by scripts/regenerate.py; the model and endpoint templates call
it only when a value does not match, so a body that matches costs nothing here.
"""

from __future__ import annotations

import datetime
import logging
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from typing import Any, Protocol
from urllib.parse import urlsplit

import httpx

from .errors import DecodeError
from .types import UNSET, Unset

__all__ = ["Problem", "problems", "settle"]

logger = logging.getLogger("discogs_api_client.decoding")

Location = tuple[str | int, ...]

_JSON_TYPES = {
    str: "string",
    int: "integer",
    float: "number",
    bool: "boolean",
    dict: "object",
    list: "array",
    type(None): "null",
}
_PLAIN_KEY = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
_SHOWN = 40  # longest enum value quoted in messages; longer ones are described by type


@dataclass(frozen=True, slots=True)
class Problem:
    """One place where a body differs from the API description.

    `kind` is "missing" (a required field is absent), "null", "type" (another JSON type),
    "enum" (a value the description does not list) or "format" (a string in another format, such
    as a timestamp without an offset). `expected` and `got` are short descriptions that never
    quote field values (but for enum values); `value` is what came, as sent (UNSET if absent).
    """

    location: Location
    kind: str
    expected: str
    got: str
    value: Any = field(default=UNSET, repr=False, compare=False)

    @property
    def path(self) -> str:
        """The JSON path from the decoded model, such as `$.tracklist[3].duration`."""
        return "$" + "".join(_step(part) for part in self.location)

    def __str__(self) -> str:
        return f"{self.path}: expected {self.expected}, got {self.got}"


def _step(part: str | int) -> str:
    if isinstance(part, int):
        return f"[{part}]"
    return f".{part}" if _PLAIN_KEY.fullmatch(part) else f"[{part!r}]"


class _Decoded(Protocol):
    _problems: tuple[Problem, ...]


def problems(model: object) -> tuple[Problem, ...]:
    """What did not match the API description in `model` and everything inside it.

    Empty for a body that matched (and for anything that is not a decoded model).
    """
    found = getattr(model, "_problems", ())
    return found if isinstance(found, tuple) else ()


def _describe(value: object) -> str:
    if value is UNSET:
        return "nothing (the field is absent)"
    return _JSON_TYPES.get(type(value), type(value).__name__)


def mismatch(found: list[Problem], location: Location, expected: str, value: object) -> None:
    """Record that `value` at `location` is not `expected` (a JSON type or shape)."""
    kind = "missing" if value is UNSET else "null" if value is None else "type"
    found.append(Problem(location, kind, expected, _describe(value), value))


def _quoted(value: object) -> str:
    shown = repr(value)
    return shown if len(shown) <= _SHOWN else f"{_describe(value)} {shown[:_SHOWN]}..."


def unlisted(found: list[Problem], location: Location, expected: str, value: object) -> None:
    """Record a value the description does not list (or, failing that, of another type)."""
    if type(value) not in (str, int, float):
        mismatch(found, location, expected, value)
    else:
        found.append(Problem(location, "enum", expected, _quoted(value), value))


def misformatted(found: list[Problem], location: Location, expected: str, value: object) -> None:
    """Record a string in another format than described (or, failing that, of another type)."""
    if not isinstance(value, str):
        mismatch(found, location, expected, value)
    else:
        found.append(Problem(location, "format", expected, _quoted(value), value))


def adopt(found: list[Problem], location: Location, inner: Iterable[Problem]) -> None:
    """Take a nested model's problems, with their paths from here."""
    found.extend(replace(problem, location=location + problem.location) for problem in inner)


def allows(check: Callable[[Any], object], value: object) -> bool:
    """Whether a generated enum `check_*` function accepts `value`."""
    try:
        check(value)
    except TypeError:
        return False
    return True


def is_timestamp(value: object) -> bool:
    """Whether `value` is an RFC 3339 date-time: ISO 8601 with a time zone offset."""
    if not isinstance(value, str):
        return False
    try:
        return datetime.datetime.fromisoformat(value).tzinfo is not None
    except ValueError:
        return False


def is_date(value: object) -> bool:
    """Whether `value` is a full ISO 8601 date (YYYY-MM-DD)."""
    if not isinstance(value, str) or len(value) != 10:
        return False
    try:
        datetime.date.fromisoformat(value)
    except ValueError:
        return False
    return True


def best_fit(found: list[Problem], location: Location, data: Any, models: Sequence[Any]) -> Any:
    """`data` as the first of `models` it matches, else as the one it matches most nearly.

    Nearest is fewest constants of its own that disagree (a `type` naming another kind of
    result), then fewest problems; the first listed wins a tie.
    """
    best: Any = None
    best_rank = (0, 0)
    for model in models:
        decoded = model.from_dict(data)
        if not decoded._problems:
            return decoded
        rank = (_own_constants_missed(decoded._problems), len(decoded._problems))
        if best is None or rank < best_rank:
            best, best_rank = decoded, rank
    adopt(found, location, best._problems)
    return best


def _own_constants_missed(found: Iterable[Problem]) -> int:
    return sum(1 for problem in found if problem.kind == "enum" and len(problem.location) == 1)


def crowded(found: list[Problem], location: Location, maximum: int, count: int) -> None:
    """Record an object with more properties than the description allows."""
    expected = "an empty object" if maximum == 0 else f"an object of at most {maximum} properties"
    found.append(Problem(location, "type", expected, f"{count} properties", UNSET))


def dump(value: Any) -> Any:
    """`value` as JSON data: models by their `to_dict`, timestamps as ISO 8601, the rest as is."""
    if value is None or type(value) in (str, int, float, bool):
        return value
    if isinstance(value, list):
        return [dump(item) for item in value]
    if isinstance(value, dict):
        return {key: dump(item) for key, item in value.items()}
    if isinstance(value, datetime.date):  # datetime.datetime too
        return value.isoformat()
    to_dict = getattr(value, "to_dict", None)
    return to_dict() if callable(to_dict) else value


def to_dict(model: Any, fields: Sequence[tuple[str, str]]) -> dict[str, Any]:
    """A model as JSON data: unknown keys first, then every field that is not UNSET.

    Lossless for decoded models: a field that was absent stays absent and a value kept as sent
    goes back as sent.
    """
    data: dict[str, Any] = dump(getattr(model, "additional_properties", {}))
    for attribute, key in fields:
        value = getattr(model, attribute)
        if not isinstance(value, Unset):
            data[key] = dump(value)
    return data


# (operation, kind, path with list indices as [*]) already logged; bounded, then started afresh.
_logged: set[tuple[str, str, str]] = set()
_LOGGED_MAX = 4096
_INDEX = re.compile(r"\[\d+\]")


def settle(
    found: Sequence[Problem], response: httpx.Response, operation: str, client: object
) -> None:
    """Log new kinds of problems once at WARNING, or raise DecodeError for a strict client."""
    if not found:
        return
    if getattr(client, "strict", False) is True:
        raise DecodeError(response, operation=operation, problems=tuple(found))
    if len(_logged) > _LOGGED_MAX:
        _logged.clear()
    for problem in found:
        path = _INDEX.sub("[*]", problem.path)
        key = (operation, problem.kind, path)
        if key not in _logged:
            _logged.add(key)
            logger.warning(
                "%s: the answer does not match the API description at %s: expected %s, got %s "
                "(kept as sent; logged once per operation and path)",
                operation,
                path,
                problem.expected,
                problem.got,
            )


def located_id(response: httpx.Response) -> int:
    """The id at the end of `Location`: what a write that made something answers, without body.

    `ValueError` if the header is missing or does not end in a number (the endpoint turns it
    into `DecodeError`).
    """
    location = response.headers.get("location", "")
    last = urlsplit(location).path.rstrip("/").rpartition("/")[2]
    if not (last.isascii() and last.isdigit()):
        raise ValueError(f"expected the new id at the end of the Location header; got {location!r}")
    return int(last)
