from __future__ import annotations

from typing import Any, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._fields import (  # the combinators a table is built from (the formatter drops those unused)
    ANY,
    INTEGER,
    const,
    field,
    model_of,
    table_of,
)
from .._model import DeprecatedAlias, ExtraFields
from ..types import UNSET, Unset


@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class RunStepDeltaStepDetailsToolCallsCodeOutputImageObject(ExtraFields["Any"]):
    """An image the code drew.

    Attributes:
        index (int): Which part (or tool call) this changes, counted from 0.
        type (Literal['image']): Always `image`.
        image (RunStepDeltaStepDetailsToolCallsCodeOutputImage | Unset): The image file.
    """

    index: int
    type: Literal["image"] = "image"
    image: RunStepDeltaStepDetailsToolCallsCodeOutputImage | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    type_ = DeprecatedAlias[Literal["image"]]("type")


from ..models.run_step_delta_step_details_tool_calls_code_output_image import (
    RunStepDeltaStepDetailsToolCallsCodeOutputImage,
)

table_of(
    RunStepDeltaStepDetailsToolCallsCodeOutputImageObject,
    field("index", INTEGER, required=True),
    field("type", const("image"), required=True),
    field("image", model_of(RunStepDeltaStepDetailsToolCallsCodeOutputImage)),
    extra=ANY,
)
