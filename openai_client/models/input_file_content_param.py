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
from ..models.file_detail_enum import FileDetailEnum
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.file_detail_enum import FileDetailEnumLiteral
    from ..models.prompt_cache_breakpoint_param import PromptCacheBreakpointParamParam


def _convert_detail(value: FileDetailEnum | FileDetailEnumLiteral | Unset) -> FileDetailEnum | Unset:
    return InputFileContentParam.__table__.convert("detail", value)  # type: ignore[no-any-return]


def _convert_prompt_cache_breakpoint(
    value: PromptCacheBreakpointParam
    | PromptCacheBreakpointParamParam
    | UnknownPromptCacheBreakpointParam
    | None
    | Unset,
) -> None | PromptCacheBreakpointParam | UnknownPromptCacheBreakpointParam | Unset:
    return InputFileContentParam.__table__.convert("prompt_cache_breakpoint", value)  # type: ignore[no-any-return]


@_attrs_define(eq=False, repr=False, getstate_setstate=False, on_setattr=_attrs_setters.NO_OP)
class InputFileContentParam(ExtraFields["Any"]):
    """InputFileContentParam

    Attributes:
        type (Literal['input_file'])
        file_id (None | str | Unset)
        filename (None | str | Unset)
        file_data (None | str | Unset)
        file_url (None | str | Unset)
        detail (FileDetailEnum | Unset)
        prompt_cache_breakpoint (None | PromptCacheBreakpointParam | UnknownPromptCacheBreakpointParam | Unset)
    """

    type: Literal["input_file"] = "input_file"
    file_id: None | str | Unset = UNSET
    filename: None | str | Unset = UNSET
    file_data: None | str | Unset = UNSET
    file_url: None | str | Unset = UNSET
    detail: FileDetailEnum | Unset = _attrs_field(default=UNSET, converter=_convert_detail)
    prompt_cache_breakpoint: None | PromptCacheBreakpointParam | UnknownPromptCacheBreakpointParam | Unset = (
        _attrs_field(default=UNSET, converter=_convert_prompt_cache_breakpoint)
    )
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    type_ = DeprecatedAlias[Literal["input_file"]]("type")


class InputFileContentParamParam(TypedDict, total=False):
    """The dict form of InputFileContentParam: what a request takes in its place (checked before sending)."""

    type: Required[Literal["input_file"]]
    file_id: str | None
    filename: str | None
    file_data: str | None
    file_url: str | None
    detail: FileDetailEnum | FileDetailEnumLiteral
    prompt_cache_breakpoint: (
        PromptCacheBreakpointParam | PromptCacheBreakpointParamParam | UnknownPromptCacheBreakpointParam | None
    )


from ..models.prompt_cache_breakpoint_param import PromptCacheBreakpointParam
from ..models.unknown_prompt_cache_breakpoint_param import UnknownPromptCacheBreakpointParam

table_of(
    InputFileContentParam,
    field("type", const("input_file"), required=True),
    field("file_id", STRING, nullable=True),
    field("filename", STRING, nullable=True),
    field("file_data", STRING, nullable=True),
    field("file_url", STRING, nullable=True),
    field("detail", enum_of(FileDetailEnum)),
    field(
        "prompt_cache_breakpoint",
        union_of("mode", {"explicit": PromptCacheBreakpointParam}, fallback=UnknownPromptCacheBreakpointParam),
        nullable=True,
    ),
    extra=ANY,
)
