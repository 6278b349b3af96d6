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
from ..models.callable_tool_allowed_caller import CallableToolAllowedCaller
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.auto_code_interpreter_tool_param import AutoCodeInterpreterToolParamParam
    from ..models.callable_tool_allowed_caller import CallableToolAllowedCallerLiteral


def _convert_container(
    value: str | AutoCodeInterpreterToolParam | AutoCodeInterpreterToolParamParam | UnknownAutoCodeInterpreterToolParam,
) -> AutoCodeInterpreterToolParam | str | UnknownAutoCodeInterpreterToolParam:
    return CodeInterpreterTool.__table__.convert("container", value)  # type: ignore[no-any-return]


def _convert_allowed_callers(
    value: Sequence[CallableToolAllowedCaller | CallableToolAllowedCallerLiteral] | None | Unset,
) -> list[CallableToolAllowedCaller] | None | Unset:
    return CodeInterpreterTool.__table__.convert("allowed_callers", value)  # type: ignore[no-any-return]


@_attrs_define(eq=False, repr=False, getstate_setstate=False, on_setattr=_attrs_setters.NO_OP)
class CodeInterpreterTool(ExtraFields["Any"]):
    """CodeInterpreterTool

    Attributes:
        type (Literal['code_interpreter'])
        container (AutoCodeInterpreterToolParam | str | UnknownAutoCodeInterpreterToolParam)
        allowed_callers (list[CallableToolAllowedCaller] | None | Unset)
    """

    container: AutoCodeInterpreterToolParam | str | UnknownAutoCodeInterpreterToolParam = _attrs_field(
        converter=_convert_container
    )
    type: Literal["code_interpreter"] = "code_interpreter"
    allowed_callers: list[CallableToolAllowedCaller] | None | Unset = _attrs_field(
        default=UNSET, converter=_convert_allowed_callers
    )
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    type_ = DeprecatedAlias[Literal["code_interpreter"]]("type")


class CodeInterpreterToolParam(TypedDict, total=False):
    """The dict form of CodeInterpreterTool: what a request takes in its place (checked before sending)."""

    type: Required[Literal["code_interpreter"]]
    container: Required[
        str | AutoCodeInterpreterToolParam | AutoCodeInterpreterToolParamParam | UnknownAutoCodeInterpreterToolParam
    ]
    allowed_callers: Sequence[CallableToolAllowedCaller | CallableToolAllowedCallerLiteral] | None


from ..models.auto_code_interpreter_tool_param import AutoCodeInterpreterToolParam
from ..models.unknown_auto_code_interpreter_tool_param import UnknownAutoCodeInterpreterToolParam

table_of(
    CodeInterpreterTool,
    field("type", const("code_interpreter"), required=True),
    field(
        "container",
        union_of(
            "type",
            {"auto": AutoCodeInterpreterToolParam},
            fallback=UnknownAutoCodeInterpreterToolParam,
            others=(STRING,),
        ),
        required=True,
    ),
    field("allowed_callers", list_of(enum_of(CallableToolAllowedCaller)), nullable=True),
    extra=ANY,
)
