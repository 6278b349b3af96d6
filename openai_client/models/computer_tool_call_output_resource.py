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
from ..models.computer_call_output_status import ComputerCallOutputStatus
from ..types import UNSET, Unset


@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class ComputerToolCallOutputResource(ExtraFields["Any"]):
    """ComputerToolCallOutputResource

    Attributes:
        type (Literal['computer_call_output'])
        id (str)
        call_id (str)
        output (ComputerScreenshotImage)
        status (ComputerCallOutputStatus)
        acknowledged_safety_checks (list[ComputerCallSafetyCheckParam] | Unset)
        created_by (str | Unset)
    """

    id: str
    call_id: str
    output: ComputerScreenshotImage
    status: ComputerCallOutputStatus
    type: Literal["computer_call_output"] = "computer_call_output"
    acknowledged_safety_checks: list[ComputerCallSafetyCheckParam] | Unset = UNSET
    created_by: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    type_ = DeprecatedAlias[Literal["computer_call_output"]]("type")


from ..models.computer_call_safety_check_param import ComputerCallSafetyCheckParam
from ..models.computer_screenshot_image import ComputerScreenshotImage

table_of(
    ComputerToolCallOutputResource,
    field("type", const("computer_call_output"), required=True),
    field("id", STRING, required=True),
    field("call_id", STRING, required=True),
    field("output", model_of(ComputerScreenshotImage), required=True),
    field("status", enum_of(ComputerCallOutputStatus), required=True),
    field("acknowledged_safety_checks", list_of(model_of(ComputerCallSafetyCheckParam))),
    field("created_by", STRING),
    extra=ANY,
)
