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
    as_request_json,
    check_strict,
    dump_sent,
    read_sent,
)
from ..errors import InvalidPayloadError
from ..models.local_shell_tool_call_output_status_type_0 import LocalShellToolCallOutputStatusType0
from ..models.local_shell_tool_call_output_type import LocalShellToolCallOutputType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.local_shell_tool_call_output_status_type_0 import LocalShellToolCallOutputStatusType0Literal
    from ..models.local_shell_tool_call_output_type import LocalShellToolCallOutputTypeLiteral


def _parse_type_(data: Any, strict: bool) -> LocalShellToolCallOutputType:
    return LocalShellToolCallOutputType.known(data) or LocalShellToolCallOutputType.from_value(data)


def _convert_type_(
    value: LocalShellToolCallOutputType | LocalShellToolCallOutputTypeLiteral,
) -> LocalShellToolCallOutputType:
    """`type` as given to the constructor (a dict, string or sequence too), as its model."""
    try:
        return _parse_type_(value, True)
    except (TypeError, ValueError) as exc:
        raise InvalidPayloadError.wrap(exc, "type") from exc


def _parse_status(data: Any, strict: bool) -> LocalShellToolCallOutputStatusType0 | None | Unset:
    if data is UNSET:
        return Unset.UNSET
    if data is None:
        return None
    if isinstance(data, str):
        return LocalShellToolCallOutputStatusType0.known(data) or LocalShellToolCallOutputStatusType0.from_value(data)
    raise TypeError(f"expected string or null, got {type(data).__name__}")


def _dump_status(value: Any) -> Any:
    return value


def _convert_status(
    value: LocalShellToolCallOutputStatusType0 | LocalShellToolCallOutputStatusType0Literal | None | Unset,
) -> LocalShellToolCallOutputStatusType0 | None | Unset:
    """`status` as given to the constructor (a dict, string or sequence too), as its model."""
    try:
        return _parse_status(value, True)
    except (TypeError, ValueError) as exc:
        raise InvalidPayloadError.wrap(exc, "status") from exc


_FIELD_SPECS = (
    FieldSpec("type", "type_", (str,), required=True, read=_parse_type_),
    FieldSpec("id", "id", (str,), required=True),
    FieldSpec("output", "output", (str,), required=True),
    FieldSpec("status", "status", (str,), nullable=True, read=_parse_status, dump=_dump_status),
)
_KNOWN = frozenset({"type", "id", "output", "status"})
_new = object.__new__


@_attrs_define(eq=False, repr=False, getstate_setstate=False, on_setattr=_attrs_setters.NO_OP)
class LocalShellToolCallOutput(ExtraFields[Any]):
    """LocalShellToolCallOutput

    Attributes:
        type_ (LocalShellToolCallOutputType):
        id (str):
        output (str):
        status (LocalShellToolCallOutputStatusType0 | None | Unset):
    """

    _FIELDS: ClassVar[tuple[FieldSpec, ...]] = _FIELD_SPECS
    type_: LocalShellToolCallOutputType = _attrs_field(converter=_convert_type_)
    id: str
    output: str
    status: LocalShellToolCallOutputStatusType0 | None | Unset = _attrs_field(default=UNSET, converter=_convert_status)
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON; a dict, string or sequence given for a field is read into its model first."""
        at = ""
        try:
            field_dict: dict[str, Any] = dict(self.additional_properties)
            field_dict["type"] = self.type_
            field_dict["id"] = self.id
            field_dict["output"] = self.output
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
        """Read a LocalShellToolCallOutput from decoded JSON.

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
            obj.output = d["output"]
            at = "status"
            obj.status = _parse_status(d.get("status", UNSET), strict)
        except KeyError:  # a required field the server left out: the generic path keeps it absent
            return read_sent(cls, dict(d), strict, True)
        except (TypeError, ValueError) as exc:
            raise InvalidPayloadError.wrap(exc, at) from exc
        # The fields the spec does not name, kept as received; none (the common case) costs a count.
        present = 3 + (obj.status is not UNSET)
        obj.additional_properties = {} if len(d) == present else {k: v for k, v in d.items() if k not in _KNOWN}
        return obj


class LocalShellToolCallOutputParam(TypedDict, total=False):
    """The dict form of LocalShellToolCallOutput: what a request takes in its place (checked before sending)."""

    type: Required[LocalShellToolCallOutputType | LocalShellToolCallOutputTypeLiteral]
    id: Required[str]
    output: Required[str]
    status: LocalShellToolCallOutputStatusType0 | LocalShellToolCallOutputStatusType0Literal | None
