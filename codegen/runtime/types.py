"""Contains some shared types for properties"""

from collections.abc import Mapping, MutableMapping
from typing import IO, BinaryIO, Generic, Literal, TypeVar
from urllib.parse import quote

import httpx
from attrs import define


class Unset:
    """The type of UNSET: a field that was absent from the JSON (as opposed to null)."""

    def __bool__(self) -> Literal[False]:
        return False

    def __repr__(self) -> str:
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


@define
class File:
    """Contains information for file uploads"""

    payload: BinaryIO
    file_name: str | None = None
    mime_type: str | None = None

    def to_tuple(self) -> FileTypes:
        """Return a tuple representation that httpx will accept for multipart/form-data"""
        return self.file_name, self.payload, self.mime_type


T = TypeVar("T")


@define
class Response(Generic[T]):
    """A response from an endpoint"""

    status_code: int
    content: bytes
    headers: MutableMapping[str, str]
    parsed: T | None
    http_response: httpx.Response | None = None
    """The httpx response itself, for example for `errors.raise_for_status`."""

    @property
    def request_id(self) -> str | None:
        """The `x-request-id` header, to quote to the API's support."""
        return self.headers.get("x-request-id")


def path_segment(value: object) -> str:
    """Percent-encode a path parameter so that no value can change the request's path.

    Encodes `/`, `?`, `#`, `%`, spaces and every other reserved character, and the dots
    of a `.` or `..` segment (which URL normalisation would otherwise resolve away).
    An empty value is refused: it would silently address another endpoint.
    """
    segment = quote(str(value), safe="")
    if not segment:
        raise ValueError("a path parameter must not be empty")
    if segment in (".", ".."):
        return segment.replace(".", "%2E")
    return segment


__all__ = ["UNSET", "File", "FileTypes", "RequestFiles", "Response", "Unset", "path_segment"]
