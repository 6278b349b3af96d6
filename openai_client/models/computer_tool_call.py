from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, Required, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _attrs_setters

from .._fields import (  # the combinators a table is built from (the formatter drops those unused)
    ANY,
    STRING,
    enum_of,
    field,
    list_of,
    model_of,
    table_of,
    union_of,
)
from .._model import DeprecatedAlias, ExtraFields
from ..models.computer_tool_call_status import ComputerToolCallStatus
from ..models.computer_tool_call_type import ComputerToolCallType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.click_param import ClickParamParam
    from ..models.computer_call_safety_check_param import ComputerCallSafetyCheckParamParam
    from ..models.computer_tool_call_status import ComputerToolCallStatusLiteral
    from ..models.computer_tool_call_type import ComputerToolCallTypeLiteral
    from ..models.double_click_action import DoubleClickActionParam
    from ..models.drag_param import DragParamParam
    from ..models.key_press_action import KeyPressActionParam
    from ..models.move_param import MoveParamParam
    from ..models.screenshot_param import ScreenshotParamParam
    from ..models.scroll_param import ScrollParamParam
    from ..models.type_param import TypeParamParam
    from ..models.wait_param import WaitParamParam


def _convert_type_(value: ComputerToolCallType | ComputerToolCallTypeLiteral) -> ComputerToolCallType:
    return ComputerToolCall.__table__.convert("type", value)  # type: ignore[no-any-return]


def _convert_pending_safety_checks(
    value: Sequence[ComputerCallSafetyCheckParam | ComputerCallSafetyCheckParamParam],
) -> list[ComputerCallSafetyCheckParam]:
    return ComputerToolCall.__table__.convert("pending_safety_checks", value)  # type: ignore[no-any-return]


def _convert_status(value: ComputerToolCallStatus | ComputerToolCallStatusLiteral) -> ComputerToolCallStatus:
    return ComputerToolCall.__table__.convert("status", value)  # type: ignore[no-any-return]


def _convert_action(
    value: ClickParam
    | ClickParamParam
    | DoubleClickAction
    | DoubleClickActionParam
    | DragParam
    | DragParamParam
    | KeyPressAction
    | KeyPressActionParam
    | MoveParam
    | MoveParamParam
    | ScreenshotParam
    | ScreenshotParamParam
    | ScrollParam
    | ScrollParamParam
    | TypeParam
    | TypeParamParam
    | WaitParam
    | WaitParamParam
    | UnknownComputerAction
    | Unset,
) -> (
    ClickParam
    | DoubleClickAction
    | DragParam
    | KeyPressAction
    | MoveParam
    | ScreenshotParam
    | ScrollParam
    | TypeParam
    | UnknownComputerAction
    | Unset
    | WaitParam
):
    return ComputerToolCall.__table__.convert("action", value)  # type: ignore[no-any-return]


def _convert_actions(
    value: Sequence[
        ClickParam
        | ClickParamParam
        | DoubleClickAction
        | DoubleClickActionParam
        | DragParam
        | DragParamParam
        | KeyPressAction
        | KeyPressActionParam
        | MoveParam
        | MoveParamParam
        | ScreenshotParam
        | ScreenshotParamParam
        | ScrollParam
        | ScrollParamParam
        | TypeParam
        | TypeParamParam
        | WaitParam
        | WaitParamParam
        | UnknownComputerAction
    ]
    | Unset,
) -> (
    list[
        ClickParam
        | DoubleClickAction
        | DragParam
        | KeyPressAction
        | MoveParam
        | ScreenshotParam
        | ScrollParam
        | TypeParam
        | UnknownComputerAction
        | WaitParam
    ]
    | Unset
):
    return ComputerToolCall.__table__.convert("actions", value)  # type: ignore[no-any-return]


@_attrs_define(eq=False, repr=False, getstate_setstate=False, on_setattr=_attrs_setters.NO_OP)
class ComputerToolCall(ExtraFields["Any"]):
    """ComputerToolCall

    Attributes:
        type (ComputerToolCallType)
        id (str)
        call_id (str)
        pending_safety_checks (list[ComputerCallSafetyCheckParam])
        status (ComputerToolCallStatus)
        action (ClickParam | DoubleClickAction | DragParam | KeyPressAction | MoveParam | ScreenshotParam | ScrollParam | TypeParam | UnknownComputerAction | Unset | WaitParam)
        actions (list[ClickParam | DoubleClickAction | DragParam | KeyPressAction | MoveParam | ScreenshotParam | ScrollParam | TypeParam | UnknownComputerAction | WaitParam] | Unset)
    """

    type: ComputerToolCallType = _attrs_field(converter=_convert_type_)
    id: str
    call_id: str
    pending_safety_checks: list[ComputerCallSafetyCheckParam] = _attrs_field(converter=_convert_pending_safety_checks)
    status: ComputerToolCallStatus = _attrs_field(converter=_convert_status)
    action: (
        ClickParam
        | DoubleClickAction
        | DragParam
        | KeyPressAction
        | MoveParam
        | ScreenshotParam
        | ScrollParam
        | TypeParam
        | UnknownComputerAction
        | Unset
        | WaitParam
    ) = _attrs_field(default=UNSET, converter=_convert_action)
    actions: (
        list[
            ClickParam
            | DoubleClickAction
            | DragParam
            | KeyPressAction
            | MoveParam
            | ScreenshotParam
            | ScrollParam
            | TypeParam
            | UnknownComputerAction
            | WaitParam
        ]
        | Unset
    ) = _attrs_field(default=UNSET, converter=_convert_actions)
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    type_ = DeprecatedAlias[ComputerToolCallType]("type")


class ComputerToolCallParam(TypedDict, total=False):
    """The dict form of ComputerToolCall: what a request takes in its place (checked before sending)."""

    type: Required[ComputerToolCallType | ComputerToolCallTypeLiteral]
    id: Required[str]
    call_id: Required[str]
    pending_safety_checks: Required[Sequence[ComputerCallSafetyCheckParam | ComputerCallSafetyCheckParamParam]]
    status: Required[ComputerToolCallStatus | ComputerToolCallStatusLiteral]
    action: (
        ClickParam
        | ClickParamParam
        | DoubleClickAction
        | DoubleClickActionParam
        | DragParam
        | DragParamParam
        | KeyPressAction
        | KeyPressActionParam
        | MoveParam
        | MoveParamParam
        | ScreenshotParam
        | ScreenshotParamParam
        | ScrollParam
        | ScrollParamParam
        | TypeParam
        | TypeParamParam
        | WaitParam
        | WaitParamParam
        | UnknownComputerAction
    )
    actions: Sequence[
        ClickParam
        | ClickParamParam
        | DoubleClickAction
        | DoubleClickActionParam
        | DragParam
        | DragParamParam
        | KeyPressAction
        | KeyPressActionParam
        | MoveParam
        | MoveParamParam
        | ScreenshotParam
        | ScreenshotParamParam
        | ScrollParam
        | ScrollParamParam
        | TypeParam
        | TypeParamParam
        | WaitParam
        | WaitParamParam
        | UnknownComputerAction
    ]


from ..models.click_param import ClickParam
from ..models.computer_call_safety_check_param import ComputerCallSafetyCheckParam
from ..models.double_click_action import DoubleClickAction
from ..models.drag_param import DragParam
from ..models.key_press_action import KeyPressAction
from ..models.move_param import MoveParam
from ..models.screenshot_param import ScreenshotParam
from ..models.scroll_param import ScrollParam
from ..models.type_param import TypeParam
from ..models.unknown_computer_action import UnknownComputerAction
from ..models.wait_param import WaitParam

table_of(
    ComputerToolCall,
    field("type", enum_of(ComputerToolCallType), required=True),
    field("id", STRING, required=True),
    field("call_id", STRING, required=True),
    field("pending_safety_checks", list_of(model_of(ComputerCallSafetyCheckParam)), required=True),
    field("status", enum_of(ComputerToolCallStatus), required=True),
    field(
        "action",
        union_of(
            "type",
            {
                "click": ClickParam,
                "double_click": DoubleClickAction,
                "drag": DragParam,
                "keypress": KeyPressAction,
                "move": MoveParam,
                "screenshot": ScreenshotParam,
                "scroll": ScrollParam,
                "type": TypeParam,
                "wait": WaitParam,
            },
            fallback=UnknownComputerAction,
        ),
    ),
    field(
        "actions",
        list_of(
            union_of(
                "type",
                {
                    "click": ClickParam,
                    "double_click": DoubleClickAction,
                    "drag": DragParam,
                    "keypress": KeyPressAction,
                    "move": MoveParam,
                    "screenshot": ScreenshotParam,
                    "scroll": ScrollParam,
                    "type": TypeParam,
                    "wait": WaitParam,
                },
                fallback=UnknownComputerAction,
            )
        ),
    ),
    extra=ANY,
)
