from __future__ import annotations

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
    table_of,
    union_of,
)
from .._model import DeprecatedAlias, ExtraFields
from ..models.detail_enum import DetailEnum
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.detail_enum import DetailEnumLiteral
    from ..models.prompt_cache_breakpoint_param import PromptCacheBreakpointParamParam


def _convert_detail(value: DetailEnum | DetailEnumLiteral | None | Unset) -> DetailEnum | None | Unset:
    return InputImageContentParamAutoParam.__table__.convert("detail", value)  # type: ignore[no-any-return]


def _convert_prompt_cache_breakpoint(
    value: PromptCacheBreakpointParam
    | PromptCacheBreakpointParamParam
    | UnknownPromptCacheBreakpointParam
    | None
    | Unset,
) -> None | PromptCacheBreakpointParam | UnknownPromptCacheBreakpointParam | Unset:
    return InputImageContentParamAutoParam.__table__.convert("prompt_cache_breakpoint", value)  # type: ignore[no-any-return]


@_attrs_define(eq=False, repr=False, getstate_setstate=False, on_setattr=_attrs_setters.NO_OP)
class InputImageContentParamAutoParam(ExtraFields["Any"]):
    """InputImageContentParamAutoParam

    Attributes:
        type (Literal['input_image'])
        image_url (None | str | Unset)
        file_id (None | str | Unset)
        detail (DetailEnum | None | Unset)
        prompt_cache_breakpoint (None | PromptCacheBreakpointParam | UnknownPromptCacheBreakpointParam | Unset)
    """

    type: Literal["input_image"] = "input_image"
    image_url: None | str | Unset = UNSET
    file_id: None | str | Unset = UNSET
    detail: DetailEnum | None | Unset = _attrs_field(default=UNSET, converter=_convert_detail)
    prompt_cache_breakpoint: None | PromptCacheBreakpointParam | UnknownPromptCacheBreakpointParam | Unset = (
        _attrs_field(default=UNSET, converter=_convert_prompt_cache_breakpoint)
    )
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    type_ = DeprecatedAlias[Literal["input_image"]]("type")


class InputImageContentParamAutoParamParam(TypedDict, total=False):
    """The dict form of InputImageContentParamAutoParam: what a request takes in its place (checked before sending)."""

    type: Required[Literal["input_image"]]
    image_url: str | None
    file_id: str | None
    detail: DetailEnum | DetailEnumLiteral | None
    prompt_cache_breakpoint: (
        PromptCacheBreakpointParam | PromptCacheBreakpointParamParam | UnknownPromptCacheBreakpointParam | None
    )


from ..models.prompt_cache_breakpoint_param import PromptCacheBreakpointParam
from ..models.unknown_prompt_cache_breakpoint_param import UnknownPromptCacheBreakpointParam

table_of(
    InputImageContentParamAutoParam,
    field("type", const("input_image"), required=True),
    field("image_url", STRING, nullable=True),
    field("file_id", STRING, nullable=True),
    field("detail", enum_of(DetailEnum), nullable=True),
    field(
        "prompt_cache_breakpoint",
        union_of("mode", {"explicit": PromptCacheBreakpointParam}, fallback=UnknownPromptCacheBreakpointParam),
        nullable=True,
    ),
    extra=ANY,
)
