from __future__ import annotations

from typing import Any, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._fields import (  # the combinators a table is built from (the formatter drops those unused)
    ANY,
    STRING,
    const,
    enum_of,
    field,
    table_of,
    union_of,
)
from .._model import DeprecatedAlias, ExtraFields
from ..models.function_call_status import FunctionCallStatus
from ..types import UNSET, Unset


@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class FunctionToolCallResource(ExtraFields["Any"]):
    """FunctionToolCallResource

    Attributes:
        id (str)
        type (Literal['function_call'])
        call_id (str)
        name (str)
        arguments (str)
        status (FunctionCallStatus)
        caller (DirectToolCallCaller | None | ProgramToolCallCaller | UnknownToolCallCaller | Unset)
        namespace (str | Unset)
        created_by (str | Unset)
    """

    id: str
    call_id: str
    name: str
    arguments: str
    status: FunctionCallStatus
    type: Literal["function_call"] = "function_call"
    caller: DirectToolCallCaller | None | ProgramToolCallCaller | UnknownToolCallCaller | Unset = UNSET
    namespace: str | Unset = UNSET
    created_by: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    type_ = DeprecatedAlias[Literal["function_call"]]("type")


from ..models.direct_tool_call_caller import DirectToolCallCaller
from ..models.program_tool_call_caller import ProgramToolCallCaller
from ..models.unknown_tool_call_caller import UnknownToolCallCaller

table_of(
    FunctionToolCallResource,
    field("id", STRING, required=True),
    field("type", const("function_call"), required=True),
    field("call_id", STRING, required=True),
    field("name", STRING, required=True),
    field("arguments", STRING, required=True),
    field("status", enum_of(FunctionCallStatus), required=True),
    field(
        "caller",
        union_of(
            "type", {"direct": DirectToolCallCaller, "program": ProgramToolCallCaller}, fallback=UnknownToolCallCaller
        ),
        nullable=True,
    ),
    field("namespace", STRING),
    field("created_by", STRING),
    extra=ANY,
)
