from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Required, Self, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _attrs_setters

from .._model import (
    ExtraFields,
    FieldSpec,
    as_object,
    check_strict,
    dump_sent,
    read_sent,
)
from ..errors import InvalidPayloadError
from ..models.program_output_item_param_type import ProgramOutputItemParamType
from ..models.program_output_item_status import ProgramOutputItemStatus

if TYPE_CHECKING:
    from ..models.program_output_item_param_type import ProgramOutputItemParamTypeLiteral
    from ..models.program_output_item_status import ProgramOutputItemStatusLiteral


def _parse_type_(data: Any, strict: bool) -> ProgramOutputItemParamType:
    return ProgramOutputItemParamType.known(data) or ProgramOutputItemParamType.from_value(data)


def _convert_type_(value: ProgramOutputItemParamType | ProgramOutputItemParamTypeLiteral) -> ProgramOutputItemParamType:
    """`type` as given to the constructor (a dict, string or sequence too), as its model."""
    try:
        return _parse_type_(value, True)
    except (TypeError, ValueError) as exc:
        raise InvalidPayloadError.wrap(exc, "type") from exc


def _parse_status(data: Any, strict: bool) -> ProgramOutputItemStatus:
    return ProgramOutputItemStatus.known(data) or ProgramOutputItemStatus.from_value(data)


def _convert_status(value: ProgramOutputItemStatus | ProgramOutputItemStatusLiteral) -> ProgramOutputItemStatus:
    """`status` as given to the constructor (a dict, string or sequence too), as its model."""
    try:
        return _parse_status(value, True)
    except (TypeError, ValueError) as exc:
        raise InvalidPayloadError.wrap(exc, "status") from exc


_FIELD_SPECS = (
    FieldSpec("id", "id", (str,), required=True),
    FieldSpec("type", "type_", (str,), required=True, read=_parse_type_),
    FieldSpec("call_id", "call_id", (str,), required=True),
    FieldSpec("result", "result", (str,), required=True),
    FieldSpec("status", "status", (str,), required=True, read=_parse_status),
)
_KNOWN = frozenset({"id", "type", "call_id", "result", "status"})
_new = object.__new__


@_attrs_define(eq=False, repr=False, getstate_setstate=False, on_setattr=_attrs_setters.NO_OP)
class ProgramOutputItemParam(ExtraFields[Any]):
    """ProgramOutputItemParam

    Attributes:
        id (str):
        type_ (ProgramOutputItemParamType):  Default: ProgramOutputItemParamType.PROGRAM_OUTPUT.
        call_id (str):
        result (str):
        status (ProgramOutputItemStatus):
    """

    _FIELDS: ClassVar[tuple[FieldSpec, ...]] = _FIELD_SPECS
    id: str
    type_: ProgramOutputItemParamType = _attrs_field(converter=_convert_type_)
    call_id: str
    result: str
    status: ProgramOutputItemStatus = _attrs_field(converter=_convert_status)
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON; a dict, string or sequence given for a field is read into its model first."""
        at = ""
        try:
            field_dict: dict[str, Any] = dict(self.additional_properties)
            field_dict["id"] = self.id
            field_dict["type"] = self.type_
            field_dict["call_id"] = self.call_id
            field_dict["result"] = self.result
            field_dict["status"] = self.status
        except AttributeError:
            field_dict = dump_sent(self, self.additional_properties)
        except (TypeError, ValueError) as exc:
            raise InvalidPayloadError.wrap(exc, at) from exc
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any], strict: bool = False) -> Self:
        """Read a ProgramOutputItemParam from decoded JSON.

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
            obj.id = d["id"]
            at = "type"
            obj.type_ = _parse_type_(d["type"], strict)
            obj.call_id = d["call_id"]
            obj.result = d["result"]
            at = "status"
            obj.status = _parse_status(d["status"], strict)
        except KeyError:  # a required field the server left out: the generic path keeps it absent
            return read_sent(cls, dict(d), strict, True)
        except (TypeError, ValueError) as exc:
            raise InvalidPayloadError.wrap(exc, at) from exc
        # The fields the spec does not name, kept as received; none (the common case) costs a count.
        present = 5
        obj.additional_properties = {} if len(d) == present else {k: v for k, v in d.items() if k not in _KNOWN}
        return obj


class ProgramOutputItemParamParam(TypedDict, total=False):
    """The dict form of ProgramOutputItemParam: what a request takes in its place (checked before sending)."""

    id: Required[str]
    type: Required[ProgramOutputItemParamType | ProgramOutputItemParamTypeLiteral]
    call_id: Required[str]
    result: Required[str]
    status: Required[ProgramOutputItemStatus | ProgramOutputItemStatusLiteral]
