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
from ..models.callable_tool_allowed_caller import CallableToolAllowedCaller
from ..models.mcp_tool_connector_id import MCPToolConnectorId
from ..models.mcp_tool_require_approval_type_0_type_1 import MCPToolRequireApprovalType0Type1
from ..models.mcp_tool_type import MCPToolType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.callable_tool_allowed_caller import CallableToolAllowedCallerLiteral
    from ..models.mcp_tool_connector_id import MCPToolConnectorIdLiteral
    from ..models.mcp_tool_filter import MCPToolFilterParam
    from ..models.mcp_tool_require_approval_type_0_type_0 import MCPToolRequireApprovalType0Type0Param
    from ..models.mcp_tool_require_approval_type_0_type_1 import MCPToolRequireApprovalType0Type1Literal
    from ..models.mcp_tool_type import MCPToolTypeLiteral


def _parse_type_(data: Any, strict: bool) -> MCPToolType:
    return MCPToolType.known(data) or MCPToolType.from_value(data)


def _convert_type_(value: MCPToolType | MCPToolTypeLiteral) -> MCPToolType:
    """`type` as given to the constructor (a dict, string or sequence too), as its model."""
    try:
        return _parse_type_(value, True)
    except (TypeError, ValueError) as exc:
        raise InvalidPayloadError.wrap(exc, "type") from exc


def _parse_connector_id(data: Any, strict: bool) -> MCPToolConnectorId | Unset:
    if data is UNSET:
        return Unset.UNSET
    return MCPToolConnectorId.known(data) or MCPToolConnectorId.from_value(data)


def _convert_connector_id(value: MCPToolConnectorId | MCPToolConnectorIdLiteral | Unset) -> MCPToolConnectorId | Unset:
    """`connector_id` as given to the constructor (a dict, string or sequence too), as its model."""
    try:
        return _parse_connector_id(value, True)
    except (TypeError, ValueError) as exc:
        raise InvalidPayloadError.wrap(exc, "connector_id") from exc


def _parse_headers(data: Any, strict: bool) -> MCPToolHeadersType0 | None | Unset:
    if data is UNSET:
        return Unset.UNSET
    if data is None:
        return None
    if type(data) is dict:
        return MCPToolHeadersType0.from_dict(data, strict)
    if isinstance(data, MCPToolHeadersType0):
        return data
    if isinstance(data, Mapping):
        return _parse_headers(dict(data), strict)
    raise TypeError(f"expected object or null, got {type(data).__name__}")


def _dump_headers(value: Any) -> Any:
    if isinstance(value, MCPToolHeadersType0):
        return value.to_dict()
    return value


def _convert_headers(
    value: MCPToolHeadersType0 | Mapping[str, str] | None | Unset,
) -> MCPToolHeadersType0 | None | Unset:
    """`headers` as given to the constructor (a dict, string or sequence too), as its model."""
    try:
        return _parse_headers(value, True)
    except (TypeError, ValueError) as exc:
        raise InvalidPayloadError.wrap(exc, "headers") from exc


def _parse_allowed_tools_type_0_type_0(data: Any, strict: bool) -> list[str]:
    return as_list(data)


def _dump_allowed_tools_type_0_type_0(value: Any) -> Any:
    return list(value)


def _parse_allowed_tools(data: Any, strict: bool) -> list[str] | MCPToolFilter | None | Unset:
    if data is UNSET:
        return Unset.UNSET
    if data is None:
        return None
    if type(data) is dict:
        return MCPToolFilter.from_dict(data, strict)
    if type(data) is list or isinstance(data, tuple):
        return _parse_allowed_tools_type_0_type_0(data, strict)
    if isinstance(data, MCPToolFilter):
        return data
    if isinstance(data, Mapping):
        return _parse_allowed_tools(dict(data), strict)
    raise TypeError(f"expected array or object or null, got {type(data).__name__}")


def _dump_allowed_tools(value: Any) -> Any:
    if isinstance(value, MCPToolFilter):
        return value.to_dict()
    if isinstance(value, list):
        return list(value)
    return value


def _convert_allowed_tools(
    value: Sequence[str] | MCPToolFilter | MCPToolFilterParam | None | Unset,
) -> list[str] | MCPToolFilter | None | Unset:
    """`allowed_tools` as given to the constructor (a dict, string or sequence too), as its model."""
    try:
        return _parse_allowed_tools(value, True)
    except (TypeError, ValueError) as exc:
        raise InvalidPayloadError.wrap(exc, "allowed_tools") from exc


def _parse_allowed_callers_type_0(data: Any, strict: bool) -> list[CallableToolAllowedCaller]:
    listed = data if type(data) is list else as_list(data)
    items: list[CallableToolAllowedCaller] = []
    try:
        for item in listed:
            items.append(CallableToolAllowedCaller.known(item) or CallableToolAllowedCaller.from_value(item))
    except (TypeError, ValueError) as exc:
        raise InvalidPayloadError.wrap(exc, f"[{len(items)}]") from exc
    return items


def _dump_allowed_callers_type_0(value: Any) -> Any:
    return list(value)


def _parse_allowed_callers(data: Any, strict: bool) -> list[CallableToolAllowedCaller] | None | Unset:
    if data is UNSET:
        return Unset.UNSET
    if data is None:
        return None
    if type(data) is list or isinstance(data, tuple):
        return _parse_allowed_callers_type_0(data, strict)
    raise TypeError(f"expected array or null, got {type(data).__name__}")


def _dump_allowed_callers(value: Any) -> Any:
    if isinstance(value, list):
        return list(value)
    return value


def _convert_allowed_callers(
    value: Sequence[CallableToolAllowedCaller | CallableToolAllowedCallerLiteral] | None | Unset,
) -> list[CallableToolAllowedCaller] | None | Unset:
    """`allowed_callers` as given to the constructor (a dict, string or sequence too), as its model."""
    try:
        return _parse_allowed_callers(value, True)
    except (TypeError, ValueError) as exc:
        raise InvalidPayloadError.wrap(exc, "allowed_callers") from exc


def _parse_require_approval(
    data: Any, strict: bool
) -> MCPToolRequireApprovalType0Type0 | MCPToolRequireApprovalType0Type1 | None | Unset:
    if data is UNSET:
        return Unset.UNSET
    if data is None:
        return None
    if type(data) is dict:
        return MCPToolRequireApprovalType0Type0.from_dict(data, strict)
    if isinstance(data, str):
        return MCPToolRequireApprovalType0Type1.known(data) or MCPToolRequireApprovalType0Type1.from_value(data)
    if isinstance(data, MCPToolRequireApprovalType0Type0):
        return data
    if isinstance(data, Mapping):
        return _parse_require_approval(dict(data), strict)
    raise TypeError(f"expected object or string or null, got {type(data).__name__}")


def _dump_require_approval(value: Any) -> Any:
    if isinstance(value, MCPToolRequireApprovalType0Type0):
        return value.to_dict()
    return value


def _convert_require_approval(
    value: MCPToolRequireApprovalType0Type0
    | MCPToolRequireApprovalType0Type0Param
    | MCPToolRequireApprovalType0Type1
    | MCPToolRequireApprovalType0Type1Literal
    | None
    | Unset,
) -> MCPToolRequireApprovalType0Type0 | MCPToolRequireApprovalType0Type1 | None | Unset:
    """`require_approval` as given to the constructor (a dict, string or sequence too), as its model."""
    try:
        return _parse_require_approval(value, True)
    except (TypeError, ValueError) as exc:
        raise InvalidPayloadError.wrap(exc, "require_approval") from exc


_FIELD_SPECS = (
    FieldSpec("type", "type_", (str,), required=True, read=_parse_type_),
    FieldSpec("server_label", "server_label", (str,), required=True),
    FieldSpec("server_url", "server_url", (str,)),
    FieldSpec("connector_id", "connector_id", (str,), read=_parse_connector_id),
    FieldSpec("tunnel_id", "tunnel_id", (str,)),
    FieldSpec("authorization", "authorization", (str,)),
    FieldSpec("server_description", "server_description", (str,)),
    FieldSpec("headers", "headers", (dict,), nullable=True, read=_parse_headers, dump=_dump_headers),
    FieldSpec(
        "allowed_tools",
        "allowed_tools",
        (list, dict),
        nullable=True,
        read=_parse_allowed_tools,
        dump=_dump_allowed_tools,
    ),
    FieldSpec(
        "allowed_callers",
        "allowed_callers",
        (list,),
        nullable=True,
        read=_parse_allowed_callers,
        dump=_dump_allowed_callers,
    ),
    FieldSpec(
        "require_approval",
        "require_approval",
        (dict, str),
        nullable=True,
        read=_parse_require_approval,
        dump=_dump_require_approval,
    ),
    FieldSpec("defer_loading", "defer_loading", (bool,)),
)
_KNOWN = frozenset(
    {
        "type",
        "server_label",
        "server_url",
        "connector_id",
        "tunnel_id",
        "authorization",
        "server_description",
        "headers",
        "allowed_tools",
        "allowed_callers",
        "require_approval",
        "defer_loading",
    }
)
_new = object.__new__


@_attrs_define(eq=False, repr=False, getstate_setstate=False, on_setattr=_attrs_setters.NO_OP)
class MCPTool(ExtraFields[Any]):
    """MCPTool

    Attributes:
        type_ (MCPToolType):
        server_label (str):
        server_url (str | Unset):
        connector_id (MCPToolConnectorId | Unset):
        tunnel_id (str | Unset):
        authorization (str | Unset):
        server_description (str | Unset):
        headers (MCPToolHeadersType0 | None | Unset):
        allowed_tools (list[str] | MCPToolFilter | None | Unset):
        allowed_callers (list[CallableToolAllowedCaller] | None | Unset):
        require_approval (MCPToolRequireApprovalType0Type0 | MCPToolRequireApprovalType0Type1 | None | Unset):
        defer_loading (bool | Unset):
    """

    _FIELDS: ClassVar[tuple[FieldSpec, ...]] = _FIELD_SPECS
    type_: MCPToolType = _attrs_field(converter=_convert_type_)
    server_label: str
    server_url: str | Unset = UNSET
    connector_id: MCPToolConnectorId | Unset = _attrs_field(default=UNSET, converter=_convert_connector_id)
    tunnel_id: str | Unset = UNSET
    authorization: str | Unset = UNSET
    server_description: str | Unset = UNSET
    headers: MCPToolHeadersType0 | None | Unset = _attrs_field(default=UNSET, converter=_convert_headers)
    allowed_tools: list[str] | MCPToolFilter | None | Unset = _attrs_field(
        default=UNSET, converter=_convert_allowed_tools
    )
    allowed_callers: list[CallableToolAllowedCaller] | None | Unset = _attrs_field(
        default=UNSET, converter=_convert_allowed_callers
    )
    require_approval: MCPToolRequireApprovalType0Type0 | MCPToolRequireApprovalType0Type1 | None | Unset = _attrs_field(
        default=UNSET, converter=_convert_require_approval
    )
    defer_loading: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON; a dict, string or sequence given for a field is read into its model first."""
        at = ""
        try:
            field_dict: dict[str, Any] = dict(self.additional_properties)
            field_dict["type"] = self.type_
            field_dict["server_label"] = self.server_label
            if (server_url := self.server_url) is not UNSET:
                field_dict["server_url"] = server_url
            if (connector_id := self.connector_id) is not UNSET:
                field_dict["connector_id"] = connector_id
            if (tunnel_id := self.tunnel_id) is not UNSET:
                field_dict["tunnel_id"] = tunnel_id
            if (authorization := self.authorization) is not UNSET:
                field_dict["authorization"] = authorization
            if (server_description := self.server_description) is not UNSET:
                field_dict["server_description"] = server_description
            at = "headers"
            if (headers := self.headers) is not UNSET:
                field_dict["headers"] = as_request_json(headers, _parse_headers)
            at = "allowed_tools"
            if (allowed_tools := self.allowed_tools) is not UNSET:
                field_dict["allowed_tools"] = as_request_json(allowed_tools, _parse_allowed_tools)
            at = "allowed_callers"
            if (allowed_callers := self.allowed_callers) is not UNSET:
                field_dict["allowed_callers"] = as_request_json(allowed_callers, _parse_allowed_callers)
            at = "require_approval"
            if (require_approval := self.require_approval) is not UNSET:
                field_dict["require_approval"] = as_request_json(require_approval, _parse_require_approval)
            if (defer_loading := self.defer_loading) is not UNSET:
                field_dict["defer_loading"] = defer_loading
        except AttributeError:
            field_dict = dump_sent(self, self.additional_properties)
        except (TypeError, ValueError) as exc:
            raise InvalidPayloadError.wrap(exc, at) from exc
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any], strict: bool = False) -> Self:
        """Read a MCPTool from decoded JSON.

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
            obj.server_label = d["server_label"]
            obj.server_url = d.get("server_url", UNSET)
            at = "connector_id"
            obj.connector_id = _parse_connector_id(d.get("connector_id", UNSET), strict)
            obj.tunnel_id = d.get("tunnel_id", UNSET)
            obj.authorization = d.get("authorization", UNSET)
            obj.server_description = d.get("server_description", UNSET)
            at = "headers"
            obj.headers = _parse_headers(d.get("headers", UNSET), strict)
            at = "allowed_tools"
            obj.allowed_tools = _parse_allowed_tools(d.get("allowed_tools", UNSET), strict)
            at = "allowed_callers"
            obj.allowed_callers = _parse_allowed_callers(d.get("allowed_callers", UNSET), strict)
            at = "require_approval"
            obj.require_approval = _parse_require_approval(d.get("require_approval", UNSET), strict)
            obj.defer_loading = d.get("defer_loading", UNSET)
        except KeyError:  # a required field the server left out: the generic path keeps it absent
            return read_sent(cls, dict(d), strict, True)
        except (TypeError, ValueError) as exc:
            raise InvalidPayloadError.wrap(exc, at) from exc
        # The fields the spec does not name, kept as received; none (the common case) costs one subset test.
        obj.additional_properties = {} if _KNOWN.issuperset(d) else {k: v for k, v in d.items() if k not in _KNOWN}
        return obj


class MCPToolParam(TypedDict, total=False):
    """The dict form of MCPTool: what a request takes in its place (checked before sending)."""

    type: Required[MCPToolType | MCPToolTypeLiteral]
    server_label: Required[str]
    server_url: str
    connector_id: MCPToolConnectorId | MCPToolConnectorIdLiteral
    tunnel_id: str
    authorization: str
    server_description: str
    headers: MCPToolHeadersType0 | Mapping[str, str] | None
    allowed_tools: Sequence[str] | MCPToolFilter | MCPToolFilterParam | None
    allowed_callers: Sequence[CallableToolAllowedCaller | CallableToolAllowedCallerLiteral] | None
    require_approval: (
        MCPToolRequireApprovalType0Type0
        | MCPToolRequireApprovalType0Type0Param
        | MCPToolRequireApprovalType0Type1
        | MCPToolRequireApprovalType0Type1Literal
        | None
    )
    defer_loading: bool


from ..models.mcp_tool_filter import MCPToolFilter
from ..models.mcp_tool_headers_type_0 import MCPToolHeadersType0
from ..models.mcp_tool_require_approval_type_0_type_0 import MCPToolRequireApprovalType0Type0
