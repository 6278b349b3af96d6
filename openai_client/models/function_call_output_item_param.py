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
    enum_of,
    field,
    list_of,
    table_of,
    union_of,
)
from .._model import DeprecatedAlias, ExtraFields
from ..models.function_call_item_status import FunctionCallItemStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.direct_tool_call_caller_param import DirectToolCallCallerParamParam
    from ..models.function_call_item_status import FunctionCallItemStatusLiteral
    from ..models.input_file_content_param import InputFileContentParamParam
    from ..models.input_image_content_param_auto_param import InputImageContentParamAutoParamParam
    from ..models.input_text_content_param import InputTextContentParamParam
    from ..models.program_tool_call_caller_param import ProgramToolCallCallerParamParam


def _convert_output(
    value: str
    | Sequence[
        InputTextContentParam
        | InputTextContentParamParam
        | InputImageContentParamAutoParam
        | InputImageContentParamAutoParamParam
        | InputFileContentParam
        | InputFileContentParamParam
    ],
) -> list[InputFileContentParam | InputImageContentParamAutoParam | InputTextContentParam] | str:
    return FunctionCallOutputItemParam.__table__.convert("output", value)  # type: ignore[no-any-return]


def _convert_caller(
    value: DirectToolCallCallerParam
    | DirectToolCallCallerParamParam
    | ProgramToolCallCallerParam
    | ProgramToolCallCallerParamParam
    | UnknownToolCallCallerParam
    | None
    | Unset,
) -> DirectToolCallCallerParam | None | ProgramToolCallCallerParam | UnknownToolCallCallerParam | Unset:
    return FunctionCallOutputItemParam.__table__.convert("caller", value)  # type: ignore[no-any-return]


def _convert_status(
    value: FunctionCallItemStatus | FunctionCallItemStatusLiteral | None | Unset,
) -> FunctionCallItemStatus | None | Unset:
    return FunctionCallOutputItemParam.__table__.convert("status", value)  # type: ignore[no-any-return]


@_attrs_define(eq=False, repr=False, getstate_setstate=False, on_setattr=_attrs_setters.NO_OP)
class FunctionCallOutputItemParam(ExtraFields["Any"]):
    """FunctionCallOutputItemParam

    Attributes:
        type (Literal['function_call_output'])
        output (list[InputFileContentParam | InputImageContentParamAutoParam | InputTextContentParam] | str)
        id (None | str | Unset)
        call_id (None | str | Unset)
        name (None | str | Unset)
        namespace (None | str | Unset)
        caller (DirectToolCallCallerParam | None | ProgramToolCallCallerParam | UnknownToolCallCallerParam | Unset)
        status (FunctionCallItemStatus | None | Unset)
    """

    output: list[InputFileContentParam | InputImageContentParamAutoParam | InputTextContentParam] | str = _attrs_field(
        converter=_convert_output
    )
    type: Literal["function_call_output"] = "function_call_output"
    id: None | str | Unset = UNSET
    call_id: None | str | Unset = UNSET
    name: None | str | Unset = UNSET
    namespace: None | str | Unset = UNSET
    caller: DirectToolCallCallerParam | None | ProgramToolCallCallerParam | UnknownToolCallCallerParam | Unset = (
        _attrs_field(default=UNSET, converter=_convert_caller)
    )
    status: FunctionCallItemStatus | None | Unset = _attrs_field(default=UNSET, converter=_convert_status)
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    type_ = DeprecatedAlias[Literal["function_call_output"]]("type")


class FunctionCallOutputItemParamParam(TypedDict, total=False):
    """The dict form of FunctionCallOutputItemParam: what a request takes in its place (checked before sending)."""

    type: Required[Literal["function_call_output"]]
    output: Required[
        str
        | Sequence[
            InputTextContentParam
            | InputTextContentParamParam
            | InputImageContentParamAutoParam
            | InputImageContentParamAutoParamParam
            | InputFileContentParam
            | InputFileContentParamParam
        ]
    ]
    id: str | None
    call_id: str | None
    name: str | None
    namespace: str | None
    caller: (
        DirectToolCallCallerParam
        | DirectToolCallCallerParamParam
        | ProgramToolCallCallerParam
        | ProgramToolCallCallerParamParam
        | UnknownToolCallCallerParam
        | None
    )
    status: FunctionCallItemStatus | FunctionCallItemStatusLiteral | None


from ..models.direct_tool_call_caller_param import DirectToolCallCallerParam
from ..models.input_file_content_param import InputFileContentParam
from ..models.input_image_content_param_auto_param import InputImageContentParamAutoParam
from ..models.input_text_content_param import InputTextContentParam
from ..models.program_tool_call_caller_param import ProgramToolCallCallerParam
from ..models.unknown_tool_call_caller_param import UnknownToolCallCallerParam

table_of(
    FunctionCallOutputItemParam,
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
                        None,
                        {},
                        shapes=(
                            InputTextContentParam,
                            InputImageContentParamAutoParam,
                            InputFileContentParam,
                        ),
                    )
                ),
            ),
        ),
        required=True,
    ),
    field("id", STRING, nullable=True),
    field("call_id", STRING, nullable=True),
    field("name", STRING, nullable=True),
    field("namespace", STRING, nullable=True),
    field(
        "caller",
        union_of(
            "type",
            {"direct": DirectToolCallCallerParam, "program": ProgramToolCallCallerParam},
            fallback=UnknownToolCallCallerParam,
        ),
        nullable=True,
    ),
    field("status", enum_of(FunctionCallItemStatus), nullable=True),
    extra=ANY,
)
