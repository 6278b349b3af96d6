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
from ..models.input_image_detail import InputImageDetail
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.input_image_detail import InputImageDetailLiteral
    from ..models.prompt_cache_breakpoint_config import PromptCacheBreakpointConfigParam


def _convert_detail(value: InputImageDetail | InputImageDetailLiteral) -> InputImageDetail:
    return InputImageContent.__table__.convert("detail", value)  # type: ignore[no-any-return]


def _convert_prompt_cache_breakpoint(
    value: PromptCacheBreakpointConfig | PromptCacheBreakpointConfigParam | Unset,
) -> PromptCacheBreakpointConfig | Unset:
    return InputImageContent.__table__.convert("prompt_cache_breakpoint", value)  # type: ignore[no-any-return]


@_attrs_define(eq=False, repr=False, getstate_setstate=False, on_setattr=_attrs_setters.NO_OP)
class InputImageContent(ExtraFields["Any"]):
    """InputImageContent

    Attributes:
        type (Literal['input_image'])
        detail (InputImageDetail)
        image_url (None | str | Unset)
        file_id (None | str | Unset)
        prompt_cache_breakpoint (PromptCacheBreakpointConfig | Unset)
    """

    detail: InputImageDetail = _attrs_field(converter=_convert_detail)
    type: Literal["input_image"] = "input_image"
    image_url: None | str | Unset = UNSET
    file_id: None | str | Unset = UNSET
    prompt_cache_breakpoint: PromptCacheBreakpointConfig | Unset = _attrs_field(
        default=UNSET, converter=_convert_prompt_cache_breakpoint
    )
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    type_ = DeprecatedAlias[Literal["input_image"]]("type")


class InputImageContentParam(TypedDict, total=False):
    """The dict form of InputImageContent: what a request takes in its place (checked before sending)."""

    type: Required[Literal["input_image"]]
    detail: Required[InputImageDetail | InputImageDetailLiteral]
    image_url: str | None
    file_id: str | None
    prompt_cache_breakpoint: PromptCacheBreakpointConfig | PromptCacheBreakpointConfigParam


from ..models.prompt_cache_breakpoint_config import PromptCacheBreakpointConfig

table_of(
    InputImageContent,
    field("type", const("input_image"), required=True),
    field("detail", enum_of(InputImageDetail), required=True),
    field("image_url", STRING, nullable=True),
    field("file_id", STRING, nullable=True),
    field("prompt_cache_breakpoint", model_of(PromptCacheBreakpointConfig)),
    extra=ANY,
)
