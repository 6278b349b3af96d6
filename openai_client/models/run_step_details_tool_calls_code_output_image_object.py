from __future__ import annotations

from typing import Any, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._fields import (  # the combinators a table is built from (the formatter drops those unused)
    ANY,
    const,
    field,
    model_of,
    table_of,
)
from .._model import DeprecatedAlias, ExtraFields


@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class RunStepDetailsToolCallsCodeOutputImageObject(ExtraFields["Any"]):
    """An image the code made.

    Attributes:
        type (Literal['image']): Always `image`.
        image (RunStepDetailsToolCallsCodeOutputImage): The file holding the image.
    """

    image: RunStepDetailsToolCallsCodeOutputImage
    type: Literal["image"] = "image"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    type_ = DeprecatedAlias[Literal["image"]]("type")


from ..models.run_step_details_tool_calls_code_output_image import RunStepDetailsToolCallsCodeOutputImage

table_of(
    RunStepDetailsToolCallsCodeOutputImageObject,
    field("type", const("image"), required=True),
    field("image", model_of(RunStepDetailsToolCallsCodeOutputImage), required=True),
    extra=ANY,
)
