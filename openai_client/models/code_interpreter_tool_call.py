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
from ..models.code_interpreter_tool_call_status import CodeInterpreterToolCallStatus

if TYPE_CHECKING:
    from ..models.code_interpreter_output_image import CodeInterpreterOutputImageParam
    from ..models.code_interpreter_output_logs import CodeInterpreterOutputLogsParam
    from ..models.code_interpreter_tool_call_status import CodeInterpreterToolCallStatusLiteral


def _convert_status(
    value: CodeInterpreterToolCallStatus | CodeInterpreterToolCallStatusLiteral,
) -> CodeInterpreterToolCallStatus:
    return CodeInterpreterToolCall.__table__.convert("status", value)  # type: ignore[no-any-return]


def _convert_outputs(
    value: Sequence[
        CodeInterpreterOutputLogs
        | CodeInterpreterOutputLogsParam
        | CodeInterpreterOutputImage
        | CodeInterpreterOutputImageParam
    ]
    | None,
) -> list[CodeInterpreterOutputImage | CodeInterpreterOutputLogs] | None:
    return CodeInterpreterToolCall.__table__.convert("outputs", value)  # type: ignore[no-any-return]


@_attrs_define(eq=False, repr=False, getstate_setstate=False, on_setattr=_attrs_setters.NO_OP)
class CodeInterpreterToolCall(ExtraFields["Any"]):
    """CodeInterpreterToolCall

    Attributes:
        type (Literal['code_interpreter_call'])
        id (str)
        status (CodeInterpreterToolCallStatus)
        container_id (str)
        code (None | str)
        outputs (list[CodeInterpreterOutputImage | CodeInterpreterOutputLogs] | None)
    """

    id: str
    status: CodeInterpreterToolCallStatus = _attrs_field(converter=_convert_status)
    container_id: str
    code: None | str
    outputs: list[CodeInterpreterOutputImage | CodeInterpreterOutputLogs] | None = _attrs_field(
        converter=_convert_outputs
    )
    type: Literal["code_interpreter_call"] = "code_interpreter_call"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    type_ = DeprecatedAlias[Literal["code_interpreter_call"]]("type")


class CodeInterpreterToolCallParam(TypedDict, total=False):
    """The dict form of CodeInterpreterToolCall: what a request takes in its place (checked before sending)."""

    type: Required[Literal["code_interpreter_call"]]
    id: Required[str]
    status: Required[CodeInterpreterToolCallStatus | CodeInterpreterToolCallStatusLiteral]
    container_id: Required[str]
    code: Required[str | None]
    outputs: Required[
        Sequence[
            CodeInterpreterOutputLogs
            | CodeInterpreterOutputLogsParam
            | CodeInterpreterOutputImage
            | CodeInterpreterOutputImageParam
        ]
        | None
    ]


from ..models.code_interpreter_output_image import CodeInterpreterOutputImage
from ..models.code_interpreter_output_logs import CodeInterpreterOutputLogs

table_of(
    CodeInterpreterToolCall,
    field("type", const("code_interpreter_call"), required=True),
    field("id", STRING, required=True),
    field("status", enum_of(CodeInterpreterToolCallStatus), required=True),
    field("container_id", STRING, required=True),
    field("code", STRING, required=True, nullable=True),
    field(
        "outputs",
        list_of(
            union_of(
                None,
                {},
                shapes=(
                    CodeInterpreterOutputLogs,
                    CodeInterpreterOutputImage,
                ),
            )
        ),
        required=True,
        nullable=True,
    ),
    extra=ANY,
)
