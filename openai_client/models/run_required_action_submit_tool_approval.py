from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    ExtraFields,
    FieldSpec,
    as_object,
    check_strict,
    dump_sent,
    read_sent,
)
from ..errors import InvalidPayloadError


def _parse_submit_tool_approval(data: Any, strict: bool) -> RunSubmitToolApproval:
    if type(data) is dict or not isinstance(data, RunSubmitToolApproval):
        return RunSubmitToolApproval.from_dict(data, strict)
    return data


def _dump_submit_tool_approval(value: Any) -> Any:
    return value.to_dict()


_FIELD_SPECS = (
    FieldSpec("type", "type_", (str,), required=True, const="submit_tool_approval"),
    FieldSpec(
        "submit_tool_approval",
        "submit_tool_approval",
        (dict,),
        required=True,
        read=_parse_submit_tool_approval,
        dump=_dump_submit_tool_approval,
    ),
)
_KNOWN = frozenset({"type", "submit_tool_approval"})
_new = object.__new__


@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class RunRequiredActionSubmitToolApproval(ExtraFields[Any]):
    """Foundry (2025-05-15-preview): the run waits for the caller to approve or deny tool calls (MCP calls whose server
    requires approval); answer with `tool_approvals` on `submit_tool_outputs`.

    Attributes:
        type_ (Literal['submit_tool_approval']): Always `submit_tool_approval`.
        submit_tool_approval (RunSubmitToolApproval): The tool calls waiting for approval.
    """

    _FIELDS: ClassVar[tuple[FieldSpec, ...]] = _FIELD_SPECS
    submit_tool_approval: RunSubmitToolApproval
    type_: Literal["submit_tool_approval"] = "submit_tool_approval"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON-ready data: what was read, written back unchanged."""
        try:
            field_dict: dict[str, Any] = {
                **self.additional_properties,
                "type": self.type_,
                "submit_tool_approval": self.submit_tool_approval.to_dict(),
            }
        except AttributeError:  # a field the server did not send: write those it did
            return dump_sent(self, self.additional_properties)
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any], strict: bool = False) -> Self:
        """Read a RunRequiredActionSubmitToolApproval from decoded JSON.

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
            obj.type_ = d["type"]
            at = "submit_tool_approval"
            value = d["submit_tool_approval"]
            obj.submit_tool_approval = (
                RunSubmitToolApproval.from_dict(value, strict)
                if type(value) is dict
                else _parse_submit_tool_approval(value, strict)
            )
        except KeyError:  # a required field the server left out: the generic path keeps it absent
            return read_sent(cls, dict(d), strict, True)
        except (TypeError, ValueError) as exc:
            raise InvalidPayloadError.wrap(exc, at) from exc
        # The fields the spec does not name, kept as received; none (the common case) costs a count.
        present = 2
        obj.additional_properties = {} if len(d) == present else {k: v for k, v in d.items() if k not in _KNOWN}
        return obj


from ..models.run_submit_tool_approval import RunSubmitToolApproval
