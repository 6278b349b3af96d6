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
    model_of,
    table_of,
)
from .._model import DeprecatedAlias, ExtraFields
from ..models.input_image_detail import InputImageDetail
from ..types import UNSET, Unset


@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class ComputerScreenshotContent(ExtraFields["Any"]):
    """ComputerScreenshotContent

    Attributes:
        type (Literal['computer_screenshot'])
        image_url (None | str)
        file_id (None | str)
        detail (InputImageDetail)
        prompt_cache_breakpoint (PromptCacheBreakpointConfig | Unset)
    """

    image_url: None | str
    file_id: None | str
    detail: InputImageDetail
    type: Literal["computer_screenshot"] = "computer_screenshot"
    prompt_cache_breakpoint: PromptCacheBreakpointConfig | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    type_ = DeprecatedAlias[Literal["computer_screenshot"]]("type")


from ..models.prompt_cache_breakpoint_config import PromptCacheBreakpointConfig

table_of(
    ComputerScreenshotContent,
    field("type", const("computer_screenshot"), required=True),
    field("image_url", STRING, required=True, nullable=True),
    field("file_id", STRING, required=True, nullable=True),
    field("detail", enum_of(InputImageDetail), required=True),
    field("prompt_cache_breakpoint", model_of(PromptCacheBreakpointConfig)),
    extra=ANY,
)
