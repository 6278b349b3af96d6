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
)
from .._model import DeprecatedAlias, ExtraFields
from ..models.function_call_status import FunctionCallStatus
from ..models.tool_search_execution_type import ToolSearchExecutionType
from ..types import UNSET, Unset


@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class ToolSearchCall(ExtraFields["Any"]):
    """ToolSearchCall

    Attributes:
        type (Literal['tool_search_call'])
        id (str)
        call_id (None | str)
        execution (ToolSearchExecutionType)
        arguments (Any)
        status (FunctionCallStatus)
        created_by (str | Unset)
    """

    id: str
    call_id: None | str
    execution: ToolSearchExecutionType
    arguments: Any
    status: FunctionCallStatus
    type: Literal["tool_search_call"] = "tool_search_call"
    created_by: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    type_ = DeprecatedAlias[Literal["tool_search_call"]]("type")


table_of(
    ToolSearchCall,
    field("type", const("tool_search_call"), required=True),
    field("id", STRING, required=True),
    field("call_id", STRING, required=True, nullable=True),
    field("execution", enum_of(ToolSearchExecutionType), required=True),
    field("arguments", ANY, required=True),
    field("status", enum_of(FunctionCallStatus), required=True),
    field("created_by", STRING),
    extra=ANY,
)
