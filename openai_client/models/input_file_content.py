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
    model_of,
    table_of,
)
from .._model import DeprecatedAlias, ExtraFields
from ..models.file_input_detail import FileInputDetail
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.file_input_detail import FileInputDetailLiteral
    from ..models.prompt_cache_breakpoint_config import PromptCacheBreakpointConfigParam


def _convert_prompt_cache_breakpoint(
    value: PromptCacheBreakpointConfig | PromptCacheBreakpointConfigParam | Unset,
) -> PromptCacheBreakpointConfig | Unset:
    return InputFileContent.__table__.convert("prompt_cache_breakpoint", value)  # type: ignore[no-any-return]


def _convert_detail(value: FileInputDetail | FileInputDetailLiteral | Unset) -> FileInputDetail | Unset:
    return InputFileContent.__table__.convert("detail", value)  # type: ignore[no-any-return]


@_attrs_define(eq=False, repr=False, getstate_setstate=False, on_setattr=_attrs_setters.NO_OP)
class InputFileContent(ExtraFields["Any"]):
    """InputFileContent

    Attributes:
        type (Literal['input_file'])
        file_id (None | str | Unset)
        filename (str | Unset)
        file_data (str | Unset)
        prompt_cache_breakpoint (PromptCacheBreakpointConfig | Unset)
        file_url (str | Unset)
        detail (FileInputDetail | Unset)
    """

    type: Literal["input_file"] = "input_file"
    file_id: None | str | Unset = UNSET
    filename: str | Unset = UNSET
    file_data: str | Unset = UNSET
    prompt_cache_breakpoint: PromptCacheBreakpointConfig | Unset = _attrs_field(
        default=UNSET, converter=_convert_prompt_cache_breakpoint
    )
    file_url: str | Unset = UNSET
    detail: FileInputDetail | Unset = _attrs_field(default=UNSET, converter=_convert_detail)
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    type_ = DeprecatedAlias[Literal["input_file"]]("type")


class InputFileContentParam(TypedDict, total=False):
    """The dict form of InputFileContent: what a request takes in its place (checked before sending)."""

    type: Required[Literal["input_file"]]
    file_id: str | None
    filename: str
    file_data: str
    prompt_cache_breakpoint: PromptCacheBreakpointConfig | PromptCacheBreakpointConfigParam
    file_url: str
    detail: FileInputDetail | FileInputDetailLiteral


from ..models.prompt_cache_breakpoint_config import PromptCacheBreakpointConfig

table_of(
    InputFileContent,
    field("type", const("input_file"), required=True),
    field("file_id", STRING, nullable=True),
    field("filename", STRING),
    field("file_data", STRING),
    field("prompt_cache_breakpoint", model_of(PromptCacheBreakpointConfig)),
    field("file_url", STRING),
    field("detail", enum_of(FileInputDetail)),
    extra=ANY,
)
