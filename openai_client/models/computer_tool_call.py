from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, ClassVar, Required, Self, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _attrs_setters

from .._model import (
    ExtraFields,
    FieldSpec,
    as_list,
    as_object,
    as_request_json,
    check_strict,
    dump_sent,
    read_sent,
)
from ..errors import InvalidPayloadError
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


def _parse_type_(data: Any, strict: bool) -> ComputerToolCallType:
    return ComputerToolCallType.known(data) or ComputerToolCallType.from_value(data)


def _convert_type_(value: ComputerToolCallType | ComputerToolCallTypeLiteral) -> ComputerToolCallType:
    """`type` as given to the constructor (a dict, string or sequence too), as its model."""
    try:
        return _parse_type_(value, True)
    except (TypeError, ValueError) as exc:
        raise InvalidPayloadError.wrap(exc, "type") from exc


def _parse_pending_safety_checks(data: Any, strict: bool) -> list[ComputerCallSafetyCheckParam]:
    listed = data if type(data) is list else as_list(data)
    items: list[ComputerCallSafetyCheckParam] = []
    try:
        for item in listed:
            items.append(
                item
                if isinstance(item, ComputerCallSafetyCheckParam)
                else ComputerCallSafetyCheckParam.from_dict(item, strict)
            )
    except (TypeError, ValueError) as exc:
        raise InvalidPayloadError.wrap(exc, f"[{len(items)}]") from exc
    return items


def _dump_pending_safety_checks(value: Any) -> Any:
    return [item.to_dict() for item in value]


def _convert_pending_safety_checks(
    value: Sequence[ComputerCallSafetyCheckParam | ComputerCallSafetyCheckParamParam],
) -> list[ComputerCallSafetyCheckParam]:
    """`pending_safety_checks` as given to the constructor (a dict, string or sequence too), as its model."""
    try:
        return _parse_pending_safety_checks(value, True)
    except (TypeError, ValueError) as exc:
        raise InvalidPayloadError.wrap(exc, "pending_safety_checks") from exc


def _parse_status(data: Any, strict: bool) -> ComputerToolCallStatus:
    return ComputerToolCallStatus.known(data) or ComputerToolCallStatus.from_value(data)


def _convert_status(value: ComputerToolCallStatus | ComputerToolCallStatusLiteral) -> ComputerToolCallStatus:
    """`status` as given to the constructor (a dict, string or sequence too), as its model."""
    try:
        return _parse_status(value, True)
    except (TypeError, ValueError) as exc:
        raise InvalidPayloadError.wrap(exc, "status") from exc


def _parse_action(
    data: Any, strict: bool
) -> (
    ClickParam
    | DoubleClickAction
    | DragParam
    | KeyPressAction
    | MoveParam
    | ScreenshotParam
    | ScrollParam
    | TypeParam
    | Unset
    | WaitParam
):
    if data is UNSET:
        return Unset.UNSET
    if type(data) is dict:
        return ClickParam.from_dict(data, strict)
    if isinstance(
        data,
        (
            ClickParam,
            DoubleClickAction,
            DragParam,
            KeyPressAction,
            MoveParam,
            ScreenshotParam,
            ScrollParam,
            TypeParam,
            WaitParam,
        ),
    ):
        return data
    if isinstance(data, Mapping):
        return _parse_action(dict(data), strict)
    raise TypeError(f"expected object, got {type(data).__name__}")


def _dump_action(value: Any) -> Any:
    if isinstance(
        value,
        (
            ClickParam,
            DoubleClickAction,
            DragParam,
            KeyPressAction,
            MoveParam,
            ScreenshotParam,
            ScrollParam,
            TypeParam,
            WaitParam,
        ),
    ):
        return value.to_dict()
    return value


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
    | Unset
    | WaitParam
):
    """`action` as given to the constructor (a dict, string or sequence too), as its model."""
    try:
        return _parse_action(value, True)
    except (TypeError, ValueError) as exc:
        raise InvalidPayloadError.wrap(exc, "action") from exc


def _parse_componentsschemas_computer_action_list_item(
    data: Any, strict: bool
) -> (
    ClickParam
    | DoubleClickAction
    | DragParam
    | KeyPressAction
    | MoveParam
    | ScreenshotParam
    | ScrollParam
    | TypeParam
    | WaitParam
):
    if type(data) is dict:
        return ClickParam.from_dict(data, strict)
    if isinstance(
        data,
        (
            ClickParam,
            DoubleClickAction,
            DragParam,
            KeyPressAction,
            MoveParam,
            ScreenshotParam,
            ScrollParam,
            TypeParam,
            WaitParam,
        ),
    ):
        return data
    if isinstance(data, Mapping):
        return _parse_componentsschemas_computer_action_list_item(dict(data), strict)
    raise TypeError(f"expected object, got {type(data).__name__}")


def _dump_componentsschemas_computer_action_list_item(value: Any) -> Any:
    if isinstance(
        value,
        (
            ClickParam,
            DoubleClickAction,
            DragParam,
            KeyPressAction,
            MoveParam,
            ScreenshotParam,
            ScrollParam,
            TypeParam,
            WaitParam,
        ),
    ):
        return value.to_dict()
    return value


def _parse_actions(
    data: Any, strict: bool
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
        | WaitParam
    ]
    | Unset
):
    if data is UNSET:
        return Unset.UNSET
    listed = data if type(data) is list else as_list(data)
    items: list[
        ClickParam
        | DoubleClickAction
        | DragParam
        | KeyPressAction
        | MoveParam
        | ScreenshotParam
        | ScrollParam
        | TypeParam
        | WaitParam
    ] = []
    try:
        for item in listed:
            items.append(_parse_componentsschemas_computer_action_list_item(item, strict))
    except (TypeError, ValueError) as exc:
        raise InvalidPayloadError.wrap(exc, f"[{len(items)}]") from exc
    return items


def _dump_actions(value: Any) -> Any:
    return [_dump_componentsschemas_computer_action_list_item(item) for item in value]


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
        | WaitParam
    ]
    | Unset
):
    """`actions` as given to the constructor (a dict, string or sequence too), as its model."""
    try:
        return _parse_actions(value, True)
    except (TypeError, ValueError) as exc:
        raise InvalidPayloadError.wrap(exc, "actions") from exc


_FIELD_SPECS = (
    FieldSpec("type", "type_", (str,), required=True, read=_parse_type_),
    FieldSpec("id", "id", (str,), required=True),
    FieldSpec("call_id", "call_id", (str,), required=True),
    FieldSpec(
        "pending_safety_checks",
        "pending_safety_checks",
        (list,),
        required=True,
        read=_parse_pending_safety_checks,
        dump=_dump_pending_safety_checks,
    ),
    FieldSpec("status", "status", (str,), required=True, read=_parse_status),
    FieldSpec("action", "action", (dict,), read=_parse_action, dump=_dump_action),
    FieldSpec("actions", "actions", (list,), read=_parse_actions, dump=_dump_actions),
)
_KNOWN = frozenset({"type", "id", "call_id", "pending_safety_checks", "status", "action", "actions"})
_new = object.__new__


@_attrs_define(eq=False, repr=False, getstate_setstate=False, on_setattr=_attrs_setters.NO_OP)
class ComputerToolCall(ExtraFields[Any]):
    """ComputerToolCall

    Attributes:
        type_ (ComputerToolCallType):  Default: ComputerToolCallType.COMPUTER_CALL.
        id (str):
        call_id (str):
        pending_safety_checks (list[ComputerCallSafetyCheckParam]):
        status (ComputerToolCallStatus):
        action (ClickParam | DoubleClickAction | DragParam | KeyPressAction | MoveParam | ScreenshotParam | ScrollParam
            | TypeParam | Unset | WaitParam):
        actions (list[ClickParam | DoubleClickAction | DragParam | KeyPressAction | MoveParam | ScreenshotParam |
            ScrollParam | TypeParam | WaitParam] | Unset):
    """

    _FIELDS: ClassVar[tuple[FieldSpec, ...]] = _FIELD_SPECS
    type_: ComputerToolCallType = _attrs_field(converter=_convert_type_)
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
            | WaitParam
        ]
        | Unset
    ) = _attrs_field(default=UNSET, converter=_convert_actions)
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON; a dict, string or sequence given for a field is read into its model first."""
        at = ""
        try:
            field_dict: dict[str, Any] = dict(self.additional_properties)
            field_dict["type"] = self.type_
            field_dict["id"] = self.id
            field_dict["call_id"] = self.call_id
            at = "pending_safety_checks"
            field_dict["pending_safety_checks"] = as_request_json(
                self.pending_safety_checks, _parse_pending_safety_checks
            )
            field_dict["status"] = self.status
            at = "action"
            if (action := self.action) is not UNSET:
                field_dict["action"] = as_request_json(action, _parse_action)
            at = "actions"
            if (actions := self.actions) is not UNSET:
                field_dict["actions"] = as_request_json(actions, _parse_actions)
        except AttributeError:
            field_dict = dump_sent(self, self.additional_properties)
        except (TypeError, ValueError) as exc:
            raise InvalidPayloadError.wrap(exc, at) from exc
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any], strict: bool = False) -> Self:
        """Read a ComputerToolCall from decoded JSON.

        Without `strict`, what the server sent is read as it is: a field it left out stays
        absent (see `is_sent`). With `strict`, a value of the wrong JSON type, a null where
        none is allowed, or a missing required field raises, at any depth.

        Raises:
            InvalidPayloadError: `src_dict` is not an object of this shape; its `path` names
                the field at fault.
        """
        d = src_dict if type(src_dict) is dict else as_object(src_dict)
        if strict:
            check_strict(d, _FIELD_SPECS, None)
        obj = _new(cls)
        at = ""
        try:
            at = "type"
            obj.type_ = _parse_type_(d["type"], strict)
            obj.id = d["id"]
            obj.call_id = d["call_id"]
            at = "pending_safety_checks"
            obj.pending_safety_checks = _parse_pending_safety_checks(d["pending_safety_checks"], strict)
            at = "status"
            obj.status = _parse_status(d["status"], strict)
            at = "action"
            obj.action = _parse_action(d.get("action", UNSET), strict)
            at = "actions"
            obj.actions = _parse_actions(d.get("actions", UNSET), strict)
        except KeyError:  # a required field the server left out: the generic path keeps it absent
            return read_sent(cls, dict(d), strict, True)
        except (TypeError, ValueError) as exc:
            raise InvalidPayloadError.wrap(exc, at) from exc
        # The fields the spec does not name, kept as received; none (the common case) costs a count.
        present = 5 + (obj.action is not UNSET) + (obj.actions is not UNSET)
        obj.additional_properties = {} if len(d) == present else {k: v for k, v in d.items() if k not in _KNOWN}
        return obj


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
from ..models.wait_param import WaitParam
