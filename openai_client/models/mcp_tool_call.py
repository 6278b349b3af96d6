from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Required, Self, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _attrs_setters

from .._model import (
    ExtraFields,
    FieldSpec,
    as_object,
    as_request_json,
    check_strict,
    dump_sent,
    read_sent,
)
from ..errors import InvalidPayloadError
from ..models.mcp_tool_call_status import MCPToolCallStatus
from ..models.mcp_tool_call_type import MCPToolCallType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.http_error import HTTPErrorParam
    from ..models.mcp_protocol_error import MCPProtocolErrorParam
    from ..models.mcp_tool_call_status import MCPToolCallStatusLiteral
    from ..models.mcp_tool_call_type import MCPToolCallTypeLiteral
    from ..models.mcp_tool_execution_error import MCPToolExecutionErrorParam


def _parse_type_(data: Any, strict: bool) -> MCPToolCallType:
    return MCPToolCallType.known(data) or MCPToolCallType.from_value(data)


def _convert_type_(value: MCPToolCallType | MCPToolCallTypeLiteral) -> MCPToolCallType:
    """`type` as given to the constructor (a dict, string or sequence too), as its model."""
    try:
        return _parse_type_(value, True)
    except (TypeError, ValueError) as exc:
        raise InvalidPayloadError.wrap(exc, "type") from exc


def _parse_error(data: Any, strict: bool) -> HTTPError | MCPProtocolError | MCPToolExecutionError | None | Unset:
    if data is UNSET:
        return Unset.UNSET
    if data is None:
        return None
    if type(data) is dict:
        return MCPProtocolError.from_dict(data, strict)
    if isinstance(data, (MCPProtocolError, MCPToolExecutionError, HTTPError)):
        return data
    if isinstance(data, Mapping):
        return _parse_error(dict(data), strict)
    raise TypeError(f"expected object or null, got {type(data).__name__}")


def _dump_error(value: Any) -> Any:
    if isinstance(value, (MCPProtocolError, MCPToolExecutionError, HTTPError)):
        return value.to_dict()
    return value


def _convert_error(
    value: MCPProtocolError
    | MCPProtocolErrorParam
    | MCPToolExecutionError
    | MCPToolExecutionErrorParam
    | HTTPError
    | HTTPErrorParam
    | None
    | Unset,
) -> HTTPError | MCPProtocolError | MCPToolExecutionError | None | Unset:
    """`error` as given to the constructor (a dict, string or sequence too), as its model."""
    try:
        return _parse_error(value, True)
    except (TypeError, ValueError) as exc:
        raise InvalidPayloadError.wrap(exc, "error") from exc


def _parse_status(data: Any, strict: bool) -> MCPToolCallStatus | Unset:
    if data is UNSET:
        return Unset.UNSET
    return MCPToolCallStatus.known(data) or MCPToolCallStatus.from_value(data)


def _convert_status(value: MCPToolCallStatus | MCPToolCallStatusLiteral | Unset) -> MCPToolCallStatus | Unset:
    """`status` as given to the constructor (a dict, string or sequence too), as its model."""
    try:
        return _parse_status(value, True)
    except (TypeError, ValueError) as exc:
        raise InvalidPayloadError.wrap(exc, "status") from exc


_FIELD_SPECS = (
    FieldSpec("type", "type_", (str,), required=True, read=_parse_type_),
    FieldSpec("id", "id", (str,), required=True),
    FieldSpec("server_label", "server_label", (str,), required=True),
    FieldSpec("name", "name", (str,), required=True),
    FieldSpec("arguments", "arguments", (str,), required=True),
    FieldSpec("output", "output", (str,), nullable=True),
    FieldSpec("error", "error", (dict,), nullable=True, read=_parse_error, dump=_dump_error),
    FieldSpec("status", "status", (str,), read=_parse_status),
    FieldSpec("approval_request_id", "approval_request_id", (str,), nullable=True),
)
_KNOWN = frozenset(
    {"type", "id", "server_label", "name", "arguments", "output", "error", "status", "approval_request_id"}
)
_new = object.__new__


@_attrs_define(eq=False, repr=False, getstate_setstate=False, on_setattr=_attrs_setters.NO_OP)
class MCPToolCall(ExtraFields[Any]):
    """MCPToolCall

    Attributes:
        type_ (MCPToolCallType):
        id (str):
        server_label (str):
        name (str):
        arguments (str):
        output (None | str | Unset):
        error (HTTPError | MCPProtocolError | MCPToolExecutionError | None | Unset):
        status (MCPToolCallStatus | Unset):
        approval_request_id (None | str | Unset):
    """

    _FIELDS: ClassVar[tuple[FieldSpec, ...]] = _FIELD_SPECS
    type_: MCPToolCallType = _attrs_field(converter=_convert_type_)
    id: str
    server_label: str
    name: str
    arguments: str
    output: None | str | Unset = UNSET
    error: HTTPError | MCPProtocolError | MCPToolExecutionError | None | Unset = _attrs_field(
        default=UNSET, converter=_convert_error
    )
    status: MCPToolCallStatus | Unset = _attrs_field(default=UNSET, converter=_convert_status)
    approval_request_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON; a dict, string or sequence given for a field is read into its model first."""
        at = ""
        try:
            field_dict: dict[str, Any] = dict(self.additional_properties)
            field_dict["type"] = self.type_
            field_dict["id"] = self.id
            field_dict["server_label"] = self.server_label
            field_dict["name"] = self.name
            field_dict["arguments"] = self.arguments
            if (output := self.output) is not UNSET:
                field_dict["output"] = output
            at = "error"
            if (error := self.error) is not UNSET:
                field_dict["error"] = as_request_json(error, _parse_error)
            if (status := self.status) is not UNSET:
                field_dict["status"] = status
            if (approval_request_id := self.approval_request_id) is not UNSET:
                field_dict["approval_request_id"] = approval_request_id
        except AttributeError:
            field_dict = dump_sent(self, self.additional_properties)
        except (TypeError, ValueError) as exc:
            raise InvalidPayloadError.wrap(exc, at) from exc
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any], strict: bool = False) -> Self:
        """Read a MCPToolCall from decoded JSON.

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
            at = "type"
            obj.type_ = _parse_type_(d["type"], strict)
            obj.id = d["id"]
            obj.server_label = d["server_label"]
            obj.name = d["name"]
            obj.arguments = d["arguments"]
            obj.output = d.get("output", UNSET)
            at = "error"
            obj.error = _parse_error(d.get("error", UNSET), strict)
            at = "status"
            obj.status = _parse_status(d.get("status", UNSET), strict)
            obj.approval_request_id = d.get("approval_request_id", UNSET)
        except KeyError:  # a required field the server left out: the generic path keeps it absent
            return read_sent(cls, dict(d), strict, True)
        except (TypeError, ValueError) as exc:
            raise InvalidPayloadError.wrap(exc, at) from exc
        # The fields the spec does not name, kept as received; none (the common case) costs a count.
        present = (
            5
            + (obj.output is not UNSET)
            + (obj.error is not UNSET)
            + (obj.status is not UNSET)
            + (obj.approval_request_id is not UNSET)
        )
        obj.additional_properties = {} if len(d) == present else {k: v for k, v in d.items() if k not in _KNOWN}
        return obj


class MCPToolCallParam(TypedDict, total=False):
    """The dict form of MCPToolCall: what a request takes in its place (checked before sending)."""

    type: Required[MCPToolCallType | MCPToolCallTypeLiteral]
    id: Required[str]
    server_label: Required[str]
    name: Required[str]
    arguments: Required[str]
    output: str | None
    error: (
        MCPProtocolError
        | MCPProtocolErrorParam
        | MCPToolExecutionError
        | MCPToolExecutionErrorParam
        | HTTPError
        | HTTPErrorParam
        | None
    )
    status: MCPToolCallStatus | MCPToolCallStatusLiteral
    approval_request_id: str | None


from ..models.http_error import HTTPError
from ..models.mcp_protocol_error import MCPProtocolError
from ..models.mcp_tool_execution_error import MCPToolExecutionError
