from __future__ import annotations

from collections.abc import Sequence
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
    list_of,
    model_of,
    table_of,
)
from .._model import DeprecatedAlias, ExtraFields
from ..models.function_call_item_status import FunctionCallItemStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.computer_call_safety_check_param import ComputerCallSafetyCheckParamParam
    from ..models.computer_screenshot_image import ComputerScreenshotImageParam
    from ..models.function_call_item_status import FunctionCallItemStatusLiteral


def _convert_output(value: ComputerScreenshotImage | ComputerScreenshotImageParam) -> ComputerScreenshotImage:
    return ComputerCallOutputItemParam.__table__.convert("output", value)  # type: ignore[no-any-return]


def _convert_acknowledged_safety_checks(
    value: Sequence[ComputerCallSafetyCheckParam | ComputerCallSafetyCheckParamParam] | None | Unset,
) -> list[ComputerCallSafetyCheckParam] | None | Unset:
    return ComputerCallOutputItemParam.__table__.convert("acknowledged_safety_checks", value)  # type: ignore[no-any-return]


def _convert_status(
    value: FunctionCallItemStatus | FunctionCallItemStatusLiteral | None | Unset,
) -> FunctionCallItemStatus | None | Unset:
    return ComputerCallOutputItemParam.__table__.convert("status", value)  # type: ignore[no-any-return]


@_attrs_define(eq=False, repr=False, getstate_setstate=False, on_setattr=_attrs_setters.NO_OP)
class ComputerCallOutputItemParam(ExtraFields["Any"]):
    """ComputerCallOutputItemParam

    Attributes:
        call_id (str)
        type (Literal['computer_call_output'])
        output (ComputerScreenshotImage)
        id (None | str | Unset)
        acknowledged_safety_checks (list[ComputerCallSafetyCheckParam] | None | Unset)
        status (FunctionCallItemStatus | None | Unset)
    """

    call_id: str
    output: ComputerScreenshotImage = _attrs_field(converter=_convert_output)
    type: Literal["computer_call_output"] = "computer_call_output"
    id: None | str | Unset = UNSET
    acknowledged_safety_checks: list[ComputerCallSafetyCheckParam] | None | Unset = _attrs_field(
        default=UNSET, converter=_convert_acknowledged_safety_checks
    )
    status: FunctionCallItemStatus | None | Unset = _attrs_field(default=UNSET, converter=_convert_status)
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    type_ = DeprecatedAlias[Literal["computer_call_output"]]("type")


class ComputerCallOutputItemParamParam(TypedDict, total=False):
    """The dict form of ComputerCallOutputItemParam: what a request takes in its place (checked before sending)."""

    call_id: Required[str]
    type: Required[Literal["computer_call_output"]]
    output: Required[ComputerScreenshotImage | ComputerScreenshotImageParam]
    id: str | None
    acknowledged_safety_checks: Sequence[ComputerCallSafetyCheckParam | ComputerCallSafetyCheckParamParam] | None
    status: FunctionCallItemStatus | FunctionCallItemStatusLiteral | None


from ..models.computer_call_safety_check_param import ComputerCallSafetyCheckParam
from ..models.computer_screenshot_image import ComputerScreenshotImage

table_of(
    ComputerCallOutputItemParam,
    field("call_id", STRING, required=True),
    field("type", const("computer_call_output"), required=True),
    field("output", model_of(ComputerScreenshotImage), required=True),
    field("id", STRING, nullable=True),
    field("acknowledged_safety_checks", list_of(model_of(ComputerCallSafetyCheckParam)), nullable=True),
    field("status", enum_of(FunctionCallItemStatus), nullable=True),
    extra=ANY,
)
