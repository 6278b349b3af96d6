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
    list_of,
    model_of,
    table_of,
)
from .._model import DeprecatedAlias, ExtraFields
from ..models.computer_tool_call_output_status import ComputerToolCallOutputStatus
from ..types import UNSET, Unset


@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class ComputerToolCallOutput(ExtraFields["Any"]):
    """ComputerToolCallOutput

    Attributes:
        type (Literal['computer_call_output'])
        call_id (str)
        output (ComputerScreenshotImage)
        id (str | Unset)
        acknowledged_safety_checks (list[ComputerCallSafetyCheckParam] | Unset)
        status (ComputerToolCallOutputStatus | Unset)
    """

    call_id: str
    output: ComputerScreenshotImage
    type: Literal["computer_call_output"] = "computer_call_output"
    id: str | Unset = UNSET
    acknowledged_safety_checks: list[ComputerCallSafetyCheckParam] | Unset = UNSET
    status: ComputerToolCallOutputStatus | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    type_ = DeprecatedAlias[Literal["computer_call_output"]]("type")


from ..models.computer_call_safety_check_param import ComputerCallSafetyCheckParam
from ..models.computer_screenshot_image import ComputerScreenshotImage

table_of(
    ComputerToolCallOutput,
    field("type", const("computer_call_output"), required=True),
    field("call_id", STRING, required=True),
    field("output", model_of(ComputerScreenshotImage), required=True),
    field("id", STRING),
    field("acknowledged_safety_checks", list_of(model_of(ComputerCallSafetyCheckParam))),
    field("status", enum_of(ComputerToolCallOutputStatus)),
    extra=ANY,
)
