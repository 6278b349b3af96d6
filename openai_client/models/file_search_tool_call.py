from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, ClassVar, Required, Self, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _attrs_setters

from .._model import (
    ExtraFields,
    FieldSpec,
    as_list,
    as_object,
    as_request_json,
    check_strict,
    dump_sent,
    read_sent,
)
from ..errors import InvalidPayloadError
from ..models.file_search_tool_call_status import FileSearchToolCallStatus
from ..models.file_search_tool_call_type import FileSearchToolCallType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.file_search_tool_call_results_type_0_item import FileSearchToolCallResultsType0ItemParam
    from ..models.file_search_tool_call_status import FileSearchToolCallStatusLiteral
    from ..models.file_search_tool_call_type import FileSearchToolCallTypeLiteral


def _parse_type_(data: Any, strict: bool) -> FileSearchToolCallType:
    return FileSearchToolCallType.known(data) or FileSearchToolCallType.from_value(data)


def _convert_type_(value: FileSearchToolCallType | FileSearchToolCallTypeLiteral) -> FileSearchToolCallType:
    """`type` as given to the constructor (a dict, string or sequence too), as its model."""
    try:
        return _parse_type_(value, True)
    except (TypeError, ValueError) as exc:
        raise InvalidPayloadError.wrap(exc, "type") from exc


def _parse_status(data: Any, strict: bool) -> FileSearchToolCallStatus:
    return FileSearchToolCallStatus.known(data) or FileSearchToolCallStatus.from_value(data)


def _convert_status(value: FileSearchToolCallStatus | FileSearchToolCallStatusLiteral) -> FileSearchToolCallStatus:
    """`status` as given to the constructor (a dict, string or sequence too), as its model."""
    try:
        return _parse_status(value, True)
    except (TypeError, ValueError) as exc:
        raise InvalidPayloadError.wrap(exc, "status") from exc


def _parse_queries(data: Any, strict: bool) -> list[str]:
    return as_list(data)


def _dump_queries(value: Any) -> Any:
    return list(value)


def _convert_queries(value: Sequence[str]) -> list[str]:
    """`queries` as given to the constructor (a dict, string or sequence too), as its model."""
    try:
        return _parse_queries(value, True)
    except (TypeError, ValueError) as exc:
        raise InvalidPayloadError.wrap(exc, "queries") from exc


def _parse_results_type_0(data: Any, strict: bool) -> list[FileSearchToolCallResultsType0Item]:
    listed = data if type(data) is list else as_list(data)
    items: list[FileSearchToolCallResultsType0Item] = []
    try:
        for item in listed:
            items.append(
                item
                if isinstance(item, FileSearchToolCallResultsType0Item)
                else FileSearchToolCallResultsType0Item.from_dict(item, strict)
            )
    except (TypeError, ValueError) as exc:
        raise InvalidPayloadError.wrap(exc, f"[{len(items)}]") from exc
    return items


def _dump_results_type_0(value: Any) -> Any:
    return [item.to_dict() for item in value]


def _parse_results(data: Any, strict: bool) -> list[FileSearchToolCallResultsType0Item] | None | Unset:
    if data is UNSET:
        return Unset.UNSET
    if data is None:
        return None
    if type(data) is list or isinstance(data, tuple):
        return _parse_results_type_0(data, strict)
    raise TypeError(f"expected array or null, got {type(data).__name__}")


def _dump_results(value: Any) -> Any:
    if isinstance(value, list):
        return [item.to_dict() for item in value]
    return value


def _convert_results(
    value: Sequence[FileSearchToolCallResultsType0Item | FileSearchToolCallResultsType0ItemParam] | None | Unset,
) -> list[FileSearchToolCallResultsType0Item] | None | Unset:
    """`results` as given to the constructor (a dict, string or sequence too), as its model."""
    try:
        return _parse_results(value, True)
    except (TypeError, ValueError) as exc:
        raise InvalidPayloadError.wrap(exc, "results") from exc


_FIELD_SPECS = (
    FieldSpec("id", "id", (str,), required=True),
    FieldSpec("type", "type_", (str,), required=True, read=_parse_type_),
    FieldSpec("status", "status", (str,), required=True, read=_parse_status),
    FieldSpec("queries", "queries", (list,), required=True, items=(str,), read=_parse_queries, dump=_dump_queries),
    FieldSpec("results", "results", (list,), nullable=True, read=_parse_results, dump=_dump_results),
)
_KNOWN = frozenset({"id", "type", "status", "queries", "results"})
_new = object.__new__


@_attrs_define(eq=False, repr=False, getstate_setstate=False, on_setattr=_attrs_setters.NO_OP)
class FileSearchToolCall(ExtraFields[Any]):
    """FileSearchToolCall

    Attributes:
        id (str):
        type_ (FileSearchToolCallType):
        status (FileSearchToolCallStatus):
        queries (list[str]):
        results (list[FileSearchToolCallResultsType0Item] | None | Unset):
    """

    _FIELDS: ClassVar[tuple[FieldSpec, ...]] = _FIELD_SPECS
    id: str
    type_: FileSearchToolCallType = _attrs_field(converter=_convert_type_)
    status: FileSearchToolCallStatus = _attrs_field(converter=_convert_status)
    queries: list[str] = _attrs_field(converter=_convert_queries)
    results: list[FileSearchToolCallResultsType0Item] | None | Unset = _attrs_field(
        default=UNSET, converter=_convert_results
    )
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON; a dict, string or sequence given for a field is read into its model first."""
        at = ""
        try:
            field_dict: dict[str, Any] = dict(self.additional_properties)
            field_dict["id"] = self.id
            field_dict["type"] = self.type_
            field_dict["status"] = self.status
            at = "queries"
            field_dict["queries"] = as_request_json(self.queries, _parse_queries)
            at = "results"
            if (results := self.results) is not UNSET:
                field_dict["results"] = as_request_json(results, _parse_results)
        except AttributeError:
            field_dict = dump_sent(self, self.additional_properties)
        except (TypeError, ValueError) as exc:
            raise InvalidPayloadError.wrap(exc, at) from exc
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any], strict: bool = False) -> Self:
        """Read a FileSearchToolCall from decoded JSON.

        Without `strict`, what the server sent is read as it is: a field it left out stays
        absent (see `is_sent`). With `strict`, a value of the wrong JSON type, a null where
        none is allowed, or a missing required field raises, at any depth.

        Raises:
            InvalidPayloadError: `src_dict` is not an object of this shape; its `path` names
                the field at fault.
        """
        d = src_dict if type(src_dict) is dict else as_object(src_dict)
        if strict:
            check_strict(d, _FIELD_SPECS, None)
        obj = _new(cls)
        at = ""
        try:
            obj.id = d["id"]
            at = "type"
            obj.type_ = _parse_type_(d["type"], strict)
            at = "status"
            obj.status = _parse_status(d["status"], strict)
            at = "queries"
            obj.queries = _parse_queries(d["queries"], strict)
            at = "results"
            obj.results = _parse_results(d.get("results", UNSET), strict)
        except KeyError:  # a required field the server left out: the generic path keeps it absent
            return read_sent(cls, dict(d), strict, True)
        except (TypeError, ValueError) as exc:
            raise InvalidPayloadError.wrap(exc, at) from exc
        # The fields the spec does not name, kept as received; none (the common case) costs a count.
        present = 4 + (obj.results is not UNSET)
        obj.additional_properties = {} if len(d) == present else {k: v for k, v in d.items() if k not in _KNOWN}
        return obj


class FileSearchToolCallParam(TypedDict, total=False):
    """The dict form of FileSearchToolCall: what a request takes in its place (checked before sending)."""

    id: Required[str]
    type: Required[FileSearchToolCallType | FileSearchToolCallTypeLiteral]
    status: Required[FileSearchToolCallStatus | FileSearchToolCallStatusLiteral]
    queries: Required[Sequence[str]]
    results: Sequence[FileSearchToolCallResultsType0Item | FileSearchToolCallResultsType0ItemParam] | None


from ..models.file_search_tool_call_results_type_0_item import FileSearchToolCallResultsType0Item
