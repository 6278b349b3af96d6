from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Required, Self, TypedDict

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
from ..types import UNSET, Unset


def _parse_headers(data: Any, strict: bool) -> ToolApprovalHeaders | Unset:
    if data is UNSET:
        return Unset.UNSET
    if type(data) is dict or not isinstance(data, ToolApprovalHeaders):
        return ToolApprovalHeaders.from_dict(data, strict)
    return data


def _dump_headers(value: Any) -> Any:
    return value.to_dict()


def _convert_headers(value: ToolApprovalHeaders | Mapping[str, str] | Unset) -> ToolApprovalHeaders | Unset:
    """`headers` as given to the constructor (a dict, string or sequence too), as its model."""
    try:
        return _parse_headers(value, True)
    except (TypeError, ValueError) as exc:
        raise InvalidPayloadError.wrap(exc, "headers") from exc


_FIELD_SPECS = (
    FieldSpec("tool_call_id", "tool_call_id", (str,), required=True),
    FieldSpec("approve", "approve", (bool,), required=True),
    FieldSpec("headers", "headers", (dict,), read=_parse_headers, dump=_dump_headers),
)
_KNOWN = frozenset({"tool_call_id", "approve", "headers"})
_new = object.__new__


@_attrs_define(eq=False, repr=False, getstate_setstate=False, on_setattr=_attrs_setters.NO_OP)
class ToolApproval(ExtraFields[Any]):
    """Foundry (2025-05-15-preview): the caller's answer to one tool call waiting for approval.

    Attributes:
        tool_call_id (str): The call's ID, from `required_action.submit_tool_approval.tool_calls`.
        approve (bool): Whether the call may go ahead.
        headers (ToolApprovalHeaders | Unset): Headers to send with the approved call (for example credentials for the
            MCP server).
    """

    _FIELDS: ClassVar[tuple[FieldSpec, ...]] = _FIELD_SPECS
    tool_call_id: str
    approve: bool
    headers: ToolApprovalHeaders | Unset = _attrs_field(default=UNSET, converter=_convert_headers)
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON; a dict, string or sequence given for a field is read into its model first."""
        at = ""
        try:
            field_dict: dict[str, Any] = dict(self.additional_properties)
            field_dict["tool_call_id"] = self.tool_call_id
            field_dict["approve"] = self.approve
            at = "headers"
            if (headers := self.headers) is not UNSET:
                field_dict["headers"] = as_request_json(headers, _parse_headers)
        except AttributeError:
            field_dict = dump_sent(self, self.additional_properties)
        except (TypeError, ValueError) as exc:
            raise InvalidPayloadError.wrap(exc, at) from exc
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any], strict: bool = False) -> Self:
        """Read a ToolApproval from decoded JSON.

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
            obj.tool_call_id = d["tool_call_id"]
            obj.approve = d["approve"]
            at = "headers"
            obj.headers = _parse_headers(d.get("headers", UNSET), strict)
        except KeyError:  # a required field the server left out: the generic path keeps it absent
            return read_sent(cls, dict(d), strict, True)
        except (TypeError, ValueError) as exc:
            raise InvalidPayloadError.wrap(exc, at) from exc
        # The fields the spec does not name, kept as received; none (the common case) costs a count.
        present = 2 + (obj.headers is not UNSET)
        obj.additional_properties = {} if len(d) == present else {k: v for k, v in d.items() if k not in _KNOWN}
        return obj


class ToolApprovalParam(TypedDict, total=False):
    """The dict form of ToolApproval: what a request takes in its place (checked before sending)."""

    tool_call_id: Required[str]
    approve: Required[bool]
    headers: ToolApprovalHeaders | Mapping[str, str]


from ..models.tool_approval_headers import ToolApprovalHeaders
