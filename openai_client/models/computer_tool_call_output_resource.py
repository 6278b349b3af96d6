from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    ExtraFields,
    FieldSpec,
    as_list,
    as_object,
    check_strict,
    dump_sent,
    read_sent,
)
from ..errors import InvalidPayloadError
from ..models.computer_call_output_status import ComputerCallOutputStatus
from ..models.computer_tool_call_output_resource_type import ComputerToolCallOutputResourceType
from ..types import UNSET, Unset


def _parse_type_(data: Any, strict: bool) -> ComputerToolCallOutputResourceType:
    return ComputerToolCallOutputResourceType.known(data) or ComputerToolCallOutputResourceType.from_value(data)


def _parse_output(data: Any, strict: bool) -> ComputerScreenshotImage:
    if type(data) is dict or not isinstance(data, ComputerScreenshotImage):
        return ComputerScreenshotImage.from_dict(data, strict)
    return data


def _dump_output(value: Any) -> Any:
    return value.to_dict()


def _parse_status(data: Any, strict: bool) -> ComputerCallOutputStatus:
    return ComputerCallOutputStatus.known(data) or ComputerCallOutputStatus.from_value(data)


def _parse_acknowledged_safety_checks(data: Any, strict: bool) -> list[ComputerCallSafetyCheckParam] | Unset:
    if data is UNSET:
        return Unset.UNSET
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


def _dump_acknowledged_safety_checks(value: Any) -> Any:
    return [item.to_dict() for item in value]


_FIELD_SPECS = (
    FieldSpec("type", "type_", (str,), required=True, read=_parse_type_),
    FieldSpec("id", "id", (str,), required=True),
    FieldSpec("call_id", "call_id", (str,), required=True),
    FieldSpec("output", "output", (dict,), required=True, read=_parse_output, dump=_dump_output),
    FieldSpec("status", "status", (str,), required=True, read=_parse_status),
    FieldSpec(
        "acknowledged_safety_checks",
        "acknowledged_safety_checks",
        (list,),
        read=_parse_acknowledged_safety_checks,
        dump=_dump_acknowledged_safety_checks,
    ),
    FieldSpec("created_by", "created_by", (str,)),
)
_KNOWN = frozenset({"type", "id", "call_id", "output", "status", "acknowledged_safety_checks", "created_by"})
_new = object.__new__


@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class ComputerToolCallOutputResource(ExtraFields[Any]):
    """ComputerToolCallOutputResource

    Attributes:
        type_ (ComputerToolCallOutputResourceType):  Default: ComputerToolCallOutputResourceType.COMPUTER_CALL_OUTPUT.
        id (str):
        call_id (str):
        output (ComputerScreenshotImage):
        status (ComputerCallOutputStatus):
        acknowledged_safety_checks (list[ComputerCallSafetyCheckParam] | Unset):
        created_by (str | Unset):
    """

    _FIELDS: ClassVar[tuple[FieldSpec, ...]] = _FIELD_SPECS
    type_: ComputerToolCallOutputResourceType
    id: str
    call_id: str
    output: ComputerScreenshotImage
    status: ComputerCallOutputStatus
    acknowledged_safety_checks: list[ComputerCallSafetyCheckParam] | Unset = UNSET
    created_by: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON-ready data: what was read, written back unchanged."""
        try:
            field_dict: dict[str, Any] = {
                **self.additional_properties,
                "type": self.type_,
                "id": self.id,
                "call_id": self.call_id,
                "output": self.output.to_dict(),
                "status": self.status,
            }
        except AttributeError:  # a field the server did not send: write those it did
            return dump_sent(self, self.additional_properties)
        if (acknowledged_safety_checks := self.acknowledged_safety_checks) is not UNSET:
            field_dict["acknowledged_safety_checks"] = [item.to_dict() for item in acknowledged_safety_checks]
        if (created_by := self.created_by) is not UNSET:
            field_dict["created_by"] = created_by
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any], strict: bool = False) -> Self:
        """Read a ComputerToolCallOutputResource from decoded JSON.

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
            value = d["type"]
            obj.type_ = ComputerToolCallOutputResourceType.known(
                value
            ) or ComputerToolCallOutputResourceType.from_value(value)
            obj.id = d["id"]
            obj.call_id = d["call_id"]
            at = "output"
            value = d["output"]
            obj.output = (
                ComputerScreenshotImage.from_dict(value, strict)
                if type(value) is dict
                else _parse_output(value, strict)
            )
            at = "status"
            value = d["status"]
            obj.status = ComputerCallOutputStatus.known(value) or ComputerCallOutputStatus.from_value(value)
            at = "acknowledged_safety_checks"
            obj.acknowledged_safety_checks = _parse_acknowledged_safety_checks(
                d.get("acknowledged_safety_checks", UNSET), strict
            )
            obj.created_by = d.get("created_by", UNSET)
        except KeyError:  # a required field the server left out: the generic path keeps it absent
            return read_sent(cls, dict(d), strict, True)
        except (TypeError, ValueError) as exc:
            raise InvalidPayloadError.wrap(exc, at) from exc
        # The fields the spec does not name, kept as received; none (the common case) costs a count.
        present = 5 + (obj.acknowledged_safety_checks is not UNSET) + (obj.created_by is not UNSET)
        obj.additional_properties = {} if len(d) == present else {k: v for k, v in d.items() if k not in _KNOWN}
        return obj


from ..models.computer_call_safety_check_param import ComputerCallSafetyCheckParam
from ..models.computer_screenshot_image import ComputerScreenshotImage
