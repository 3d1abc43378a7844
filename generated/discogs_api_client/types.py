"""Contains some shared types for properties"""

from collections.abc import Iterator, Mapping, MutableMapping
from http import HTTPStatus
from typing import IO, BinaryIO, Generic, Literal, Never, TypeVar


class Unset:
    """The type of UNSET: a field the API did not send (or an argument not given)."""

    __slots__ = ()

    def __bool__(self) -> Literal[False]:
        return False

    def __repr__(self) -> str:
        return "UNSET"

    def __iter__(self) -> Iterator[Never]:
        # An absent list is iterated as an empty one, so `for t in release.tracklist:` runs
        # and type-checks (t is a Track) whether or not the API sent the field.
        return iter(())

    def __reduce__(self) -> str:
        # The one UNSET, through copies and pickles (`is UNSET` and equality rely on it).
        return "UNSET"


UNSET: Unset = Unset()

# The types that `httpx.Client(files=)` can accept, copied from that library.
FileContent = IO[bytes] | bytes | str
FileTypes = (
    # (filename, file (or bytes), content_type)
    tuple[str | None, FileContent, str | None]
    # (filename, file (or bytes), content_type, headers)
    | tuple[str | None, FileContent, str | None, Mapping[str, str]]
)
RequestFiles = list[tuple[str, FileTypes]]


class File:
    """Contains information for file uploads"""

    __slots__ = ("__weakref__", "file_name", "mime_type", "payload")
    __match_args__ = ("payload", "file_name", "mime_type")

    def __init__(
        self, payload: BinaryIO, file_name: str | None = None, mime_type: str | None = None
    ) -> None:
        self.payload = payload
        self.file_name = file_name
        self.mime_type = mime_type

    def to_tuple(self) -> FileTypes:
        """Return a tuple representation that httpx will accept for multipart/form-data"""
        return self.file_name, self.payload, self.mime_type

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, File) or other.__class__ is not self.__class__:
            return NotImplemented
        return self.to_tuple() == other.to_tuple()

    def __repr__(self) -> str:
        return (
            f"File(payload={self.payload!r}, file_name={self.file_name!r}, "
            f"mime_type={self.mime_type!r})"
        )


T = TypeVar("T")


class Response(Generic[T]):
    """A response from an endpoint"""

    __slots__ = ("__weakref__", "content", "headers", "parsed", "status_code")
    __match_args__ = ("status_code", "content", "headers", "parsed")

    def __init__(
        self,
        status_code: HTTPStatus,
        content: bytes,
        headers: MutableMapping[str, str],
        parsed: T | None,
    ) -> None:
        self.status_code = status_code
        self.content = content
        self.headers = headers
        self.parsed = parsed

    def _values(self) -> tuple[HTTPStatus, bytes, MutableMapping[str, str], T | None]:
        return self.status_code, self.content, self.headers, self.parsed

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Response) or other.__class__ is not self.__class__:
            return NotImplemented
        return self._values() == other._values()

    def __repr__(self) -> str:
        return (
            f"Response(status_code={self.status_code!r}, content={self.content!r}, "
            f"headers={self.headers!r}, parsed={self.parsed!r})"
        )


__all__ = ["UNSET", "File", "FileTypes", "RequestFiles", "Response", "Unset"]
