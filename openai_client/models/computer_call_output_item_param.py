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
from ..models.computer_call_output_item_param_type import ComputerCallOutputItemParamType
from ..models.function_call_item_status import FunctionCallItemStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.computer_call_output_item_param_type import ComputerCallOutputItemParamTypeLiteral
    from ..models.computer_call_safety_check_param import ComputerCallSafetyCheckParamParam
    from ..models.computer_screenshot_image import ComputerScreenshotImageParam
    from ..models.function_call_item_status import FunctionCallItemStatusLiteral


def _parse_type_(data: Any, strict: bool) -> ComputerCallOutputItemParamType:
    return ComputerCallOutputItemParamType.known(data) or ComputerCallOutputItemParamType.from_value(data)


def _convert_type_(
    value: ComputerCallOutputItemParamType | ComputerCallOutputItemParamTypeLiteral,
) -> ComputerCallOutputItemParamType:
    """`type` as given to the constructor (a dict, string or sequence too), as its model."""
    try:
        return _parse_type_(value, True)
    except (TypeError, ValueError) as exc:
        raise InvalidPayloadError.wrap(exc, "type") from exc


def _parse_output(data: Any, strict: bool) -> ComputerScreenshotImage:
    if type(data) is dict or not isinstance(data, ComputerScreenshotImage):
        return ComputerScreenshotImage.from_dict(data, strict)
    return data


def _dump_output(value: Any) -> Any:
    return value.to_dict()


def _convert_output(value: ComputerScreenshotImage | ComputerScreenshotImageParam) -> ComputerScreenshotImage:
    """`output` as given to the constructor (a dict, string or sequence too), as its model."""
    try:
        return _parse_output(value, True)
    except (TypeError, ValueError) as exc:
        raise InvalidPayloadError.wrap(exc, "output") from exc


def _parse_acknowledged_safety_checks_type_0(data: Any, strict: bool) -> list[ComputerCallSafetyCheckParam]:
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


def _dump_acknowledged_safety_checks_type_0(value: Any) -> Any:
    return [item.to_dict() for item in value]


def _parse_acknowledged_safety_checks(data: Any, strict: bool) -> list[ComputerCallSafetyCheckParam] | None | Unset:
    if data is UNSET:
        return Unset.UNSET
    if data is None:
        return None
    if type(data) is list or isinstance(data, tuple):
        return _parse_acknowledged_safety_checks_type_0(data, strict)
    raise TypeError(f"expected array or null, got {type(data).__name__}")


def _dump_acknowledged_safety_checks(value: Any) -> Any:
    if isinstance(value, list):
        return [item.to_dict() for item in value]
    return value


def _convert_acknowledged_safety_checks(
    value: Sequence[ComputerCallSafetyCheckParam | ComputerCallSafetyCheckParamParam] | None | Unset,
) -> list[ComputerCallSafetyCheckParam] | None | Unset:
    """`acknowledged_safety_checks` as given to the constructor (a dict, string or sequence too), as its model."""
    try:
        return _parse_acknowledged_safety_checks(value, True)
    except (TypeError, ValueError) as exc:
        raise InvalidPayloadError.wrap(exc, "acknowledged_safety_checks") from exc


def _parse_status(data: Any, strict: bool) -> FunctionCallItemStatus | None | Unset:
    if data is UNSET:
        return Unset.UNSET
    if data is None:
        return None
    if isinstance(data, str):
        return FunctionCallItemStatus.known(data) or FunctionCallItemStatus.from_value(data)
    raise TypeError(f"expected string or null, got {type(data).__name__}")


def _dump_status(value: Any) -> Any:
    return value


def _convert_status(
    value: FunctionCallItemStatus | FunctionCallItemStatusLiteral | None | Unset,
) -> FunctionCallItemStatus | None | Unset:
    """`status` as given to the constructor (a dict, string or sequence too), as its model."""
    try:
        return _parse_status(value, True)
    except (TypeError, ValueError) as exc:
        raise InvalidPayloadError.wrap(exc, "status") from exc


_FIELD_SPECS = (
    FieldSpec("call_id", "call_id", (str,), required=True),
    FieldSpec("type", "type_", (str,), required=True, read=_parse_type_),
    FieldSpec("output", "output", (dict,), required=True, read=_parse_output, dump=_dump_output),
    FieldSpec("id", "id", (str,), nullable=True),
    FieldSpec(
        "acknowledged_safety_checks",
        "acknowledged_safety_checks",
        (list,),
        nullable=True,
        read=_parse_acknowledged_safety_checks,
        dump=_dump_acknowledged_safety_checks,
    ),
    FieldSpec("status", "status", (str,), nullable=True, read=_parse_status, dump=_dump_status),
)
_KNOWN = frozenset({"call_id", "type", "output", "id", "acknowledged_safety_checks", "status"})
_new = object.__new__


@_attrs_define(eq=False, repr=False, getstate_setstate=False, on_setattr=_attrs_setters.NO_OP)
class ComputerCallOutputItemParam(ExtraFields[Any]):
    """ComputerCallOutputItemParam

    Attributes:
        call_id (str):
        type_ (ComputerCallOutputItemParamType):  Default: ComputerCallOutputItemParamType.COMPUTER_CALL_OUTPUT.
        output (ComputerScreenshotImage):
        id (None | str | Unset):
        acknowledged_safety_checks (list[ComputerCallSafetyCheckParam] | None | Unset):
        status (FunctionCallItemStatus | None | Unset):
    """

    _FIELDS: ClassVar[tuple[FieldSpec, ...]] = _FIELD_SPECS
    call_id: str
    type_: ComputerCallOutputItemParamType = _attrs_field(converter=_convert_type_)
    output: ComputerScreenshotImage = _attrs_field(converter=_convert_output)
    id: None | str | Unset = UNSET
    acknowledged_safety_checks: list[ComputerCallSafetyCheckParam] | None | Unset = _attrs_field(
        default=UNSET, converter=_convert_acknowledged_safety_checks
    )
    status: FunctionCallItemStatus | None | Unset = _attrs_field(default=UNSET, converter=_convert_status)
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON; a dict, string or sequence given for a field is read into its model first."""
        at = ""
        try:
            field_dict: dict[str, Any] = dict(self.additional_properties)
            field_dict["call_id"] = self.call_id
            field_dict["type"] = self.type_
            at = "output"
            field_dict["output"] = as_request_json(self.output, _parse_output)
            if (id := self.id) is not UNSET:
                field_dict["id"] = id
            at = "acknowledged_safety_checks"
            if (acknowledged_safety_checks := self.acknowledged_safety_checks) is not UNSET:
                field_dict["acknowledged_safety_checks"] = as_request_json(
                    acknowledged_safety_checks, _parse_acknowledged_safety_checks
                )
            at = "status"
            if (status := self.status) is not UNSET:
                field_dict["status"] = as_request_json(status, _parse_status)
        except AttributeError:
            field_dict = dump_sent(self, self.additional_properties)
        except (TypeError, ValueError) as exc:
            raise InvalidPayloadError.wrap(exc, at) from exc
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any], strict: bool = False) -> Self:
        """Read a ComputerCallOutputItemParam from decoded JSON.

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
            obj.call_id = d["call_id"]
            at = "type"
            obj.type_ = _parse_type_(d["type"], strict)
            at = "output"
            obj.output = _parse_output(d["output"], strict)
            obj.id = d.get("id", UNSET)
            at = "acknowledged_safety_checks"
            obj.acknowledged_safety_checks = _parse_acknowledged_safety_checks(
                d.get("acknowledged_safety_checks", UNSET), strict
            )
            at = "status"
            obj.status = _parse_status(d.get("status", UNSET), strict)
        except KeyError:  # a required field the server left out: the generic path keeps it absent
            return read_sent(cls, dict(d), strict, True)
        except (TypeError, ValueError) as exc:
            raise InvalidPayloadError.wrap(exc, at) from exc
        # The fields the spec does not name, kept as received; none (the common case) costs a count.
        present = 3 + (obj.id is not UNSET) + (obj.acknowledged_safety_checks is not UNSET) + (obj.status is not UNSET)
        obj.additional_properties = {} if len(d) == present else {k: v for k, v in d.items() if k not in _KNOWN}
        return obj


class ComputerCallOutputItemParamParam(TypedDict, total=False):
    """The dict form of ComputerCallOutputItemParam: what a request takes in its place (checked before sending)."""

    call_id: Required[str]
    type: Required[ComputerCallOutputItemParamType | ComputerCallOutputItemParamTypeLiteral]
    output: Required[ComputerScreenshotImage | ComputerScreenshotImageParam]
    id: str | None
    acknowledged_safety_checks: Sequence[ComputerCallSafetyCheckParam | ComputerCallSafetyCheckParamParam] | None
    status: FunctionCallItemStatus | FunctionCallItemStatusLiteral | None


from ..models.computer_call_safety_check_param import ComputerCallSafetyCheckParam
from ..models.computer_screenshot_image import ComputerScreenshotImage
