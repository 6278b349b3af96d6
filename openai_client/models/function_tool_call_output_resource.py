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
from ..models.function_call_output_status_enum import FunctionCallOutputStatusEnum
from ..types import UNSET, Unset


@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class FunctionToolCallOutputResource(ExtraFields["Any"]):
    """FunctionToolCallOutputResource

    Attributes:
        id (str)
        type (Literal['function_call_output'])
        output (list[InputFileContent | InputImageContent | InputTextContent | UnknownFunctionAndCustomToolCallOutput] | str)
        status (FunctionCallOutputStatusEnum)
        call_id (str | Unset)
        name (str | Unset)
        namespace (str | Unset)
        caller (DirectToolCallCallerParam | None | ProgramToolCallCallerParam | UnknownToolCallCallerParam | Unset)
        created_by (str | Unset)
    """

    id: str
    output: list[InputFileContent | InputImageContent | InputTextContent | UnknownFunctionAndCustomToolCallOutput] | str
    status: FunctionCallOutputStatusEnum
    type: Literal["function_call_output"] = "function_call_output"
    call_id: str | Unset = UNSET
    name: str | Unset = UNSET
    namespace: str | Unset = UNSET
    caller: DirectToolCallCallerParam | None | ProgramToolCallCallerParam | UnknownToolCallCallerParam | Unset = UNSET
    created_by: str | Unset = UNSET
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
    FunctionToolCallOutputResource,
    field("id", STRING, required=True),
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
    field("status", enum_of(FunctionCallOutputStatusEnum), required=True),
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
    field("created_by", STRING),
    extra=ANY,
)
