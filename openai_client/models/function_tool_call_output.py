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
    list_of,
    table_of,
    union_of,
)
from .._model import DeprecatedAlias, ExtraFields
from ..models.function_tool_call_output_status import FunctionToolCallOutputStatus
from ..types import UNSET, Unset


@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class FunctionToolCallOutput(ExtraFields["Any"]):
    """FunctionToolCallOutput

    Attributes:
        type (Literal['function_call_output'])
        output (list[InputFileContent | InputImageContent | InputTextContent | UnknownFunctionAndCustomToolCallOutput] | str)
        id (str | Unset)
        call_id (str | Unset)
        name (str | Unset)
        namespace (str | Unset)
        caller (DirectToolCallCallerParam | None | ProgramToolCallCallerParam | UnknownToolCallCallerParam | Unset)
        status (FunctionToolCallOutputStatus | Unset)
    """

    output: list[InputFileContent | InputImageContent | InputTextContent | UnknownFunctionAndCustomToolCallOutput] | str
    type: Literal["function_call_output"] = "function_call_output"
    id: str | Unset = UNSET
    call_id: str | Unset = UNSET
    name: str | Unset = UNSET
    namespace: str | Unset = UNSET
    caller: DirectToolCallCallerParam | None | ProgramToolCallCallerParam | UnknownToolCallCallerParam | Unset = UNSET
    status: FunctionToolCallOutputStatus | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    type_ = DeprecatedAlias[Literal["function_call_output"]]("type")


from ..models.direct_tool_call_caller_param import DirectToolCallCallerParam
from ..models.input_file_content import InputFileContent
from ..models.input_image_content import InputImageContent
from ..models.input_text_content import InputTextContent
from ..models.program_tool_call_caller_param import ProgramToolCallCallerParam
from ..models.unknown_function_and_custom_tool_call_output import UnknownFunctionAndCustomToolCallOutput
from ..models.unknown_tool_call_caller_param import UnknownToolCallCallerParam

table_of(
    FunctionToolCallOutput,
    field("type", const("function_call_output"), required=True),
    field(
        "output",
        union_of(
            None,
            {},
            others=(
                STRING,
                list_of(
                    union_of(
                        "type",
                        {
                            "input_text": InputTextContent,
                            "input_image": InputImageContent,
                            "input_file": InputFileContent,
                        },
                        fallback=UnknownFunctionAndCustomToolCallOutput,
                    )
                ),
            ),
        ),
        required=True,
    ),
    field("id", STRING),
    field("call_id", STRING),
    field("name", STRING),
    field("namespace", STRING),
    field(
        "caller",
        union_of(
            "type",
            {"direct": DirectToolCallCallerParam, "program": ProgramToolCallCallerParam},
            fallback=UnknownToolCallCallerParam,
        ),
        nullable=True,
    ),
    field("status", enum_of(FunctionToolCallOutputStatus)),
    extra=ANY,
)
