from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

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
from ..models.function_call_status import FunctionCallStatus
from ..models.tool_search_call_type import ToolSearchCallType
from ..models.tool_search_execution_type import ToolSearchExecutionType
from ..types import UNSET, Unset


def _parse_type_(data: Any, strict: bool) -> ToolSearchCallType:
    return ToolSearchCallType.known(data) or ToolSearchCallType.from_value(data)


def _parse_execution(data: Any, strict: bool) -> ToolSearchExecutionType:
    return ToolSearchExecutionType.known(data) or ToolSearchExecutionType.from_value(data)


def _parse_status(data: Any, strict: bool) -> FunctionCallStatus:
    return FunctionCallStatus.known(data) or FunctionCallStatus.from_value(data)


_FIELD_SPECS = (
    FieldSpec("type", "type_", (str,), required=True, read=_parse_type_),
    FieldSpec("id", "id", (str,), required=True),
    FieldSpec("call_id", "call_id", (str,), required=True, nullable=True),
    FieldSpec("execution", "execution", (str,), required=True, read=_parse_execution),
    FieldSpec("arguments", "arguments", None, required=True),
    FieldSpec("status", "status", (str,), required=True, read=_parse_status),
    FieldSpec("created_by", "created_by", (str,)),
)
_KNOWN = frozenset({"type", "id", "call_id", "execution", "arguments", "status", "created_by"})
_new = object.__new__


@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class ToolSearchCall(ExtraFields[Any]):
    """ToolSearchCall

    Attributes:
        type_ (ToolSearchCallType):  Default: ToolSearchCallType.TOOL_SEARCH_CALL.
        id (str):
        call_id (None | str):
        execution (ToolSearchExecutionType):
        arguments (Any):
        status (FunctionCallStatus):
        created_by (str | Unset):
    """

    _FIELDS: ClassVar[tuple[FieldSpec, ...]] = _FIELD_SPECS
    type_: ToolSearchCallType
    id: str
    call_id: None | str
    execution: ToolSearchExecutionType
    arguments: Any
    status: FunctionCallStatus
    created_by: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON-ready data: what was read, written back unchanged."""
        try:
            field_dict: dict[str, Any] = {
                **self.additional_properties,
                "type": self.type_,
                "id": self.id,
                "call_id": self.call_id,
                "execution": self.execution,
                "arguments": self.arguments,
                "status": self.status,
            }
        except AttributeError:  # a field the server did not send: write those it did
            return dump_sent(self, self.additional_properties)
        if (created_by := self.created_by) is not UNSET:
            field_dict["created_by"] = created_by
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any], strict: bool = False) -> Self:
        """Read a ToolSearchCall from decoded JSON.

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
            value = d["type"]
            obj.type_ = ToolSearchCallType.known(value) or ToolSearchCallType.from_value(value)
            obj.id = d["id"]
            obj.call_id = d["call_id"]
            at = "execution"
            value = d["execution"]
            obj.execution = ToolSearchExecutionType.known(value) or ToolSearchExecutionType.from_value(value)
            obj.arguments = d["arguments"]
            at = "status"
            value = d["status"]
            obj.status = FunctionCallStatus.known(value) or FunctionCallStatus.from_value(value)
            obj.created_by = d.get("created_by", UNSET)
        except KeyError:  # a required field the server left out: the generic path keeps it absent
            return read_sent(cls, dict(d), strict, True)
        except (TypeError, ValueError) as exc:
            raise InvalidPayloadError.wrap(exc, at) from exc
        # The fields the spec does not name, kept as received; none (the common case) costs a count.
        present = 6 + (obj.created_by is not UNSET)
        obj.additional_properties = {} if len(d) == present else {k: v for k, v in d.items() if k not in _KNOWN}
        return obj
