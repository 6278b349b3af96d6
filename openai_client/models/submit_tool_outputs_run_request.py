from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, ClassVar, Self, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _attrs_setters

from .._model import (
    FieldSpec,
    Model,
    as_list,
    as_object,
    as_request_json,
    check_strict,
    dump_sent,
    read_sent,
)
from ..errors import InvalidPayloadError
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.tool_approval import ToolApprovalParam
    from ..models.tool_output import ToolOutputParam


def _parse_tool_outputs(data: Any, strict: bool) -> list[ToolOutput] | Unset:
    if data is UNSET:
        return Unset.UNSET
    listed = data if type(data) is list else as_list(data)
    items: list[ToolOutput] = []
    try:
        for item in listed:
            items.append(item if isinstance(item, ToolOutput) else ToolOutput.from_dict(item, strict))
    except (TypeError, ValueError) as exc:
        raise InvalidPayloadError.wrap(exc, f"[{len(items)}]") from exc
    return items


def _dump_tool_outputs(value: Any) -> Any:
    return [item.to_dict() for item in value]


def _convert_tool_outputs(value: Sequence[ToolOutput | ToolOutputParam] | Unset) -> list[ToolOutput] | Unset:
    """`tool_outputs` as given to the constructor (a dict, string or sequence too), as its model."""
    try:
        return _parse_tool_outputs(value, True)
    except (TypeError, ValueError) as exc:
        raise InvalidPayloadError.wrap(exc, "tool_outputs") from exc


def _parse_tool_approvals(data: Any, strict: bool) -> list[ToolApproval] | Unset:
    if data is UNSET:
        return Unset.UNSET
    listed = data if type(data) is list else as_list(data)
    items: list[ToolApproval] = []
    try:
        for item in listed:
            items.append(item if isinstance(item, ToolApproval) else ToolApproval.from_dict(item, strict))
    except (TypeError, ValueError) as exc:
        raise InvalidPayloadError.wrap(exc, f"[{len(items)}]") from exc
    return items


def _dump_tool_approvals(value: Any) -> Any:
    return [item.to_dict() for item in value]


def _convert_tool_approvals(value: Sequence[ToolApproval | ToolApprovalParam] | Unset) -> list[ToolApproval] | Unset:
    """`tool_approvals` as given to the constructor (a dict, string or sequence too), as its model."""
    try:
        return _parse_tool_approvals(value, True)
    except (TypeError, ValueError) as exc:
        raise InvalidPayloadError.wrap(exc, "tool_approvals") from exc


_FIELD_SPECS = (
    FieldSpec(
        "tool_outputs",
        "tool_outputs",
        (list,),
        read=_parse_tool_outputs,
        dump=_dump_tool_outputs,
        unique_by="tool_call_id",
    ),
    FieldSpec(
        "tool_approvals",
        "tool_approvals",
        (list,),
        read=_parse_tool_approvals,
        dump=_dump_tool_approvals,
        unique_by="tool_call_id",
    ),
    FieldSpec("stream", "stream", (bool,), nullable=True),
)
_new = object.__new__


@_attrs_define(eq=False, repr=False, getstate_setstate=False, on_setattr=_attrs_setters.NO_OP)
class SubmitToolOutputsRunRequest(Model):
    """Outputs of the tool calls a run asked for.

    Attributes:
        tool_outputs (list[ToolOutput] | Unset): One output per tool call, each call once.
        tool_approvals (list[ToolApproval] | Unset): Foundry (2025-05-15-preview): the caller's answers to the calls a
            `submit_tool_approval` action waits for, each call once (instead of `tool_outputs`).
        stream (bool | None | Unset): Answer with server-sent events instead of the run. Set for you by the endpoint's
            `stream`/`astream`; `sync`/`asyncio` read a run and refuse it.
    """

    _FIELDS: ClassVar[tuple[FieldSpec, ...]] = _FIELD_SPECS
    tool_outputs: list[ToolOutput] | Unset = _attrs_field(default=UNSET, converter=_convert_tool_outputs)
    tool_approvals: list[ToolApproval] | Unset = _attrs_field(default=UNSET, converter=_convert_tool_approvals)
    stream: bool | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON; a dict, string or sequence given for a field is read into its model first."""
        at = ""
        try:
            field_dict: dict[str, Any] = {}
            at = "tool_outputs"
            if (tool_outputs := self.tool_outputs) is not UNSET:
                field_dict["tool_outputs"] = as_request_json(tool_outputs, _parse_tool_outputs)
            at = "tool_approvals"
            if (tool_approvals := self.tool_approvals) is not UNSET:
                field_dict["tool_approvals"] = as_request_json(tool_approvals, _parse_tool_approvals)
            if (stream := self.stream) is not UNSET:
                field_dict["stream"] = stream
        except AttributeError:
            field_dict = dump_sent(self, None)
        except (TypeError, ValueError) as exc:
            raise InvalidPayloadError.wrap(exc, at) from exc
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any], strict: bool = False) -> Self:
        """Read a SubmitToolOutputsRunRequest from decoded JSON.

        Without `strict`, what the server sent is read as it is: a field it left out stays
        absent (see `is_sent`). With `strict`, a value of the wrong JSON type, a null where
        none is allowed, or a missing required field raises, at any depth.

        Raises:
            InvalidPayloadError: `src_dict` is not an object of this shape; its `path` names
                the field at fault.
        """
        d = src_dict if type(src_dict) is dict else as_object(src_dict)
        if strict:
            check_strict(d, _FIELD_SPECS, closed=True)
        obj = _new(cls)
        at = ""
        try:
            at = "tool_outputs"
            obj.tool_outputs = _parse_tool_outputs(d.get("tool_outputs", UNSET), strict)
            at = "tool_approvals"
            obj.tool_approvals = _parse_tool_approvals(d.get("tool_approvals", UNSET), strict)
            obj.stream = d.get("stream", UNSET)
        except KeyError:  # a required field the server left out: the generic path keeps it absent
            return read_sent(cls, dict(d), strict, False)
        except (TypeError, ValueError) as exc:
            raise InvalidPayloadError.wrap(exc, at) from exc
        return obj


class SubmitToolOutputsRunRequestParam(TypedDict, total=False):
    """The dict form of SubmitToolOutputsRunRequest: what a request takes in its place (checked before sending)."""

    tool_outputs: Sequence[ToolOutput | ToolOutputParam]
    tool_approvals: Sequence[ToolApproval | ToolApprovalParam]
    stream: bool | None


from ..models.tool_approval import ToolApproval
from ..models.tool_output import ToolOutput
