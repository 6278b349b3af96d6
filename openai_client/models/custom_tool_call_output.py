from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, Literal, Required, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _attrs_setters

from .._fields import (  # the combinators a table is built from (the formatter drops those unused)
    ANY,
    STRING,
    const,
    field,
    list_of,
    table_of,
    union_of,
)
from .._model import DeprecatedAlias, ExtraFields
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.direct_tool_call_caller_param import DirectToolCallCallerParamParam
    from ..models.input_file_content import InputFileContentParam
    from ..models.input_image_content import InputImageContentParam
    from ..models.input_text_content import InputTextContentParam
    from ..models.program_tool_call_caller_param import ProgramToolCallCallerParamParam


def _convert_output(
    value: str
    | Sequence[
        InputTextContent
        | InputTextContentParam
        | InputImageContent
        | InputImageContentParam
        | InputFileContent
        | InputFileContentParam
        | UnknownFunctionAndCustomToolCallOutput
    ],
) -> list[InputFileContent | InputImageContent | InputTextContent | UnknownFunctionAndCustomToolCallOutput] | str:
    return CustomToolCallOutput.__table__.convert("output", value)  # type: ignore[no-any-return]


def _convert_caller(
    value: DirectToolCallCallerParam
    | DirectToolCallCallerParamParam
    | ProgramToolCallCallerParam
    | ProgramToolCallCallerParamParam
    | UnknownToolCallCallerParam
    | None
    | Unset,
) -> DirectToolCallCallerParam | None | ProgramToolCallCallerParam | UnknownToolCallCallerParam | Unset:
    return CustomToolCallOutput.__table__.convert("caller", value)  # type: ignore[no-any-return]


@_attrs_define(eq=False, repr=False, getstate_setstate=False, on_setattr=_attrs_setters.NO_OP)
class CustomToolCallOutput(ExtraFields["Any"]):
    """CustomToolCallOutput

    Attributes:
        type (Literal['custom_tool_call_output'])
        call_id (str)
        output (list[InputFileContent | InputImageContent | InputTextContent | UnknownFunctionAndCustomToolCallOutput] | str)
        id (str | Unset)
        caller (DirectToolCallCallerParam | None | ProgramToolCallCallerParam | UnknownToolCallCallerParam | Unset)
    """

    call_id: str
    output: (
        list[InputFileContent | InputImageContent | InputTextContent | UnknownFunctionAndCustomToolCallOutput] | str
    ) = _attrs_field(converter=_convert_output)
    type: Literal["custom_tool_call_output"] = "custom_tool_call_output"
    id: str | Unset = UNSET
    caller: DirectToolCallCallerParam | None | ProgramToolCallCallerParam | UnknownToolCallCallerParam | Unset = (
        _attrs_field(default=UNSET, converter=_convert_caller)
    )
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    type_ = DeprecatedAlias[Literal["custom_tool_call_output"]]("type")


class CustomToolCallOutputParam(TypedDict, total=False):
    """The dict form of CustomToolCallOutput: what a request takes in its place (checked before sending)."""

    type: Required[Literal["custom_tool_call_output"]]
    call_id: Required[str]
    output: Required[
        str
        | Sequence[
            InputTextContent
            | InputTextContentParam
            | InputImageContent
            | InputImageContentParam
            | InputFileContent
            | InputFileContentParam
            | UnknownFunctionAndCustomToolCallOutput
        ]
    ]
    id: str
    caller: (
        DirectToolCallCallerParam
        | DirectToolCallCallerParamParam
        | ProgramToolCallCallerParam
        | ProgramToolCallCallerParamParam
        | UnknownToolCallCallerParam
        | None
    )


from ..models.direct_tool_call_caller_param import DirectToolCallCallerParam
from ..models.input_file_content import InputFileContent
from ..models.input_image_content import InputImageContent
from ..models.input_text_content import InputTextContent
from ..models.program_tool_call_caller_param import ProgramToolCallCallerParam
from ..models.unknown_function_and_custom_tool_call_output import UnknownFunctionAndCustomToolCallOutput
from ..models.unknown_tool_call_caller_param import UnknownToolCallCallerParam

table_of(
    CustomToolCallOutput,
    field("type", const("custom_tool_call_output"), required=True),
    field("call_id", STRING, required=True),
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
    field(
        "caller",
        union_of(
            "type",
            {"direct": DirectToolCallCallerParam, "program": ProgramToolCallCallerParam},
            fallback=UnknownToolCallCallerParam,
        ),
        nullable=True,
    ),
    extra=ANY,
)
