from __future__ import annotations

from typing import TYPE_CHECKING, Any, Literal, Required, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _attrs_setters

from .._fields import (  # the combinators a table is built from (the formatter drops those unused)
    ANY,
    STRING,
    const,
    field,
    table_of,
    union_of,
)
from .._model import DeprecatedAlias, ExtraFields
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.prompt_cache_breakpoint_param import PromptCacheBreakpointParamParam


def _convert_prompt_cache_breakpoint(
    value: PromptCacheBreakpointParam
    | PromptCacheBreakpointParamParam
    | UnknownPromptCacheBreakpointParam
    | None
    | Unset,
) -> None | PromptCacheBreakpointParam | UnknownPromptCacheBreakpointParam | Unset:
    return InputTextContentParam.__table__.convert("prompt_cache_breakpoint", value)  # type: ignore[no-any-return]


@_attrs_define(eq=False, repr=False, getstate_setstate=False, on_setattr=_attrs_setters.NO_OP)
class InputTextContentParam(ExtraFields["Any"]):
    """InputTextContentParam

    Attributes:
        type (Literal['input_text'])
        text (str)
        prompt_cache_breakpoint (None | PromptCacheBreakpointParam | UnknownPromptCacheBreakpointParam | Unset)
    """

    text: str
    type: Literal["input_text"] = "input_text"
    prompt_cache_breakpoint: None | PromptCacheBreakpointParam | UnknownPromptCacheBreakpointParam | Unset = (
        _attrs_field(default=UNSET, converter=_convert_prompt_cache_breakpoint)
    )
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    type_ = DeprecatedAlias[Literal["input_text"]]("type")


class InputTextContentParamParam(TypedDict, total=False):
    """The dict form of InputTextContentParam: what a request takes in its place (checked before sending)."""

    type: Required[Literal["input_text"]]
    text: Required[str]
    prompt_cache_breakpoint: (
        PromptCacheBreakpointParam | PromptCacheBreakpointParamParam | UnknownPromptCacheBreakpointParam | None
    )


from ..models.prompt_cache_breakpoint_param import PromptCacheBreakpointParam
from ..models.unknown_prompt_cache_breakpoint_param import UnknownPromptCacheBreakpointParam

table_of(
    InputTextContentParam,
    field("type", const("input_text"), required=True),
    field("text", STRING, required=True),
    field(
        "prompt_cache_breakpoint",
        union_of("mode", {"explicit": PromptCacheBreakpointParam}, fallback=UnknownPromptCacheBreakpointParam),
        nullable=True,
    ),
    extra=ANY,
)
