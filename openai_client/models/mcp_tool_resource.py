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
from ..models.mcp_required_approval_mode import MCPRequiredApprovalMode
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.mcp_approval_per_tool import MCPApprovalPerToolParam
    from ..models.mcp_required_approval_mode import MCPRequiredApprovalModeLiteral


def _parse_headers(data: Any, strict: bool) -> MCPToolResourceHeaders:
    if type(data) is dict or not isinstance(data, MCPToolResourceHeaders):
        return MCPToolResourceHeaders.from_dict(data, strict)
    return data


def _dump_headers(value: Any) -> Any:
    return value.to_dict()


def _convert_headers(value: MCPToolResourceHeaders | Mapping[str, str]) -> MCPToolResourceHeaders:
    """`headers` as given to the constructor (a dict, string or sequence too), as its model."""
    try:
        return _parse_headers(value, True)
    except (TypeError, ValueError) as exc:
        raise InvalidPayloadError.wrap(exc, "headers") from exc


def _parse_require_approval(data: Any, strict: bool) -> MCPApprovalPerTool | MCPRequiredApprovalMode | Unset:
    if data is UNSET:
        return Unset.UNSET
    if type(data) is dict:
        return MCPApprovalPerTool.from_dict(data, strict)
    if isinstance(data, str):
        return MCPRequiredApprovalMode.known(data) or MCPRequiredApprovalMode.from_value(data)
    if isinstance(data, MCPApprovalPerTool):
        return data
    if isinstance(data, Mapping):
        return _parse_require_approval(dict(data), strict)
    raise TypeError(f"expected string or object, got {type(data).__name__}")


def _dump_require_approval(value: Any) -> Any:
    if isinstance(value, MCPApprovalPerTool):
        return value.to_dict()
    return value


def _convert_require_approval(
    value: MCPRequiredApprovalMode
    | MCPRequiredApprovalModeLiteral
    | MCPApprovalPerTool
    | MCPApprovalPerToolParam
    | Unset,
) -> MCPApprovalPerTool | MCPRequiredApprovalMode | Unset:
    """`require_approval` as given to the constructor (a dict, string or sequence too), as its model."""
    try:
        return _parse_require_approval(value, True)
    except (TypeError, ValueError) as exc:
        raise InvalidPayloadError.wrap(exc, "require_approval") from exc


_FIELD_SPECS = (
    FieldSpec("server_label", "server_label", (str,), required=True),
    FieldSpec("headers", "headers", (dict,), required=True, read=_parse_headers, dump=_dump_headers),
    FieldSpec(
        "require_approval", "require_approval", (str, dict), read=_parse_require_approval, dump=_dump_require_approval
    ),
)
_KNOWN = frozenset({"server_label", "headers", "require_approval"})
_new = object.__new__


@_attrs_define(eq=False, repr=False, getstate_setstate=False, on_setattr=_attrs_setters.NO_OP)
class MCPToolResource(ExtraFields[Any]):
    """Foundry (2025-05-15-preview): per-run settings of one MCP server: headers, and which calls need approval.

    Attributes:
        server_label (str): The `server_label` of the MCP tool these settings are for.
        headers (MCPToolResourceHeaders): Headers sent to the server (for example its credentials).
        require_approval (MCPApprovalPerTool | MCPRequiredApprovalMode | Unset): `always`, `never`, or lists of the
            tools that always or never need approval.
    """

    _FIELDS: ClassVar[tuple[FieldSpec, ...]] = _FIELD_SPECS
    server_label: str
    headers: MCPToolResourceHeaders = _attrs_field(converter=_convert_headers)
    require_approval: MCPApprovalPerTool | MCPRequiredApprovalMode | Unset = _attrs_field(
        default=UNSET, converter=_convert_require_approval
    )
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON; a dict, string or sequence given for a field is read into its model first."""
        at = ""
        try:
            field_dict: dict[str, Any] = dict(self.additional_properties)
            field_dict["server_label"] = self.server_label
            at = "headers"
            field_dict["headers"] = as_request_json(self.headers, _parse_headers)
            at = "require_approval"
            if (require_approval := self.require_approval) is not UNSET:
                field_dict["require_approval"] = as_request_json(require_approval, _parse_require_approval)
        except AttributeError:
            field_dict = dump_sent(self, self.additional_properties)
        except (TypeError, ValueError) as exc:
            raise InvalidPayloadError.wrap(exc, at) from exc
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any], strict: bool = False) -> Self:
        """Read a MCPToolResource from decoded JSON.

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
            obj.server_label = d["server_label"]
            at = "headers"
            obj.headers = _parse_headers(d["headers"], strict)
            at = "require_approval"
            obj.require_approval = _parse_require_approval(d.get("require_approval", UNSET), strict)
        except KeyError:  # a required field the server left out: the generic path keeps it absent
            return read_sent(cls, dict(d), strict, True)
        except (TypeError, ValueError) as exc:
            raise InvalidPayloadError.wrap(exc, at) from exc
        # The fields the spec does not name, kept as received; none (the common case) costs a count.
        present = 2 + (obj.require_approval is not UNSET)
        obj.additional_properties = {} if len(d) == present else {k: v for k, v in d.items() if k not in _KNOWN}
        return obj


class MCPToolResourceParam(TypedDict, total=False):
    """The dict form of MCPToolResource: what a request takes in its place (checked before sending)."""

    server_label: Required[str]
    headers: Required[MCPToolResourceHeaders | Mapping[str, str]]
    require_approval: (
        MCPRequiredApprovalMode | MCPRequiredApprovalModeLiteral | MCPApprovalPerTool | MCPApprovalPerToolParam
    )


from ..models.mcp_approval_per_tool import MCPApprovalPerTool
from ..models.mcp_tool_resource_headers import MCPToolResourceHeaders
