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
from ..models.click_button_type import ClickButtonType
from ..models.click_param_type import ClickParamType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.click_button_type import ClickButtonTypeLiteral
    from ..models.click_param_type import ClickParamTypeLiteral


def _parse_type_(data: Any, strict: bool) -> ClickParamType:
    return ClickParamType.known(data) or ClickParamType.from_value(data)


def _convert_type_(value: ClickParamType | ClickParamTypeLiteral) -> ClickParamType:
    """`type` as given to the constructor (a dict, string or sequence too), as its model."""
    try:
        return _parse_type_(value, True)
    except (TypeError, ValueError) as exc:
        raise InvalidPayloadError.wrap(exc, "type") from exc


def _parse_button(data: Any, strict: bool) -> ClickButtonType:
    return ClickButtonType.known(data) or ClickButtonType.from_value(data)


def _convert_button(value: ClickButtonType | ClickButtonTypeLiteral) -> ClickButtonType:
    """`button` as given to the constructor (a dict, string or sequence too), as its model."""
    try:
        return _parse_button(value, True)
    except (TypeError, ValueError) as exc:
        raise InvalidPayloadError.wrap(exc, "button") from exc


def _parse_keys_type_0(data: Any, strict: bool) -> list[str]:
    return as_list(data)


def _dump_keys_type_0(value: Any) -> Any:
    return list(value)


def _parse_keys(data: Any, strict: bool) -> list[str] | None | Unset:
    if data is UNSET:
        return Unset.UNSET
    if data is None:
        return None
    if type(data) is list or isinstance(data, tuple):
        return _parse_keys_type_0(data, strict)
    raise TypeError(f"expected array or null, got {type(data).__name__}")


def _dump_keys(value: Any) -> Any:
    if isinstance(value, list):
        return list(value)
    return value


def _convert_keys(value: Sequence[str] | None | Unset) -> list[str] | None | Unset:
    """`keys` as given to the constructor (a dict, string or sequence too), as its model."""
    try:
        return _parse_keys(value, True)
    except (TypeError, ValueError) as exc:
        raise InvalidPayloadError.wrap(exc, "keys") from exc


_FIELD_SPECS = (
    FieldSpec("type", "type_", (str,), required=True, read=_parse_type_),
    FieldSpec("button", "button", (str,), required=True, read=_parse_button),
    FieldSpec("x", "x", (int,), required=True),
    FieldSpec("y", "y", (int,), required=True),
    FieldSpec("keys", "keys", (list,), nullable=True, read=_parse_keys, dump=_dump_keys),
)
_KNOWN = frozenset({"type", "button", "x", "y", "keys"})
_new = object.__new__


@_attrs_define(eq=False, repr=False, getstate_setstate=False, on_setattr=_attrs_setters.NO_OP)
class ClickParam(ExtraFields[Any]):
    """ClickParam

    Attributes:
        type_ (ClickParamType):  Default: ClickParamType.CLICK.
        button (ClickButtonType):
        x (int):
        y (int):
        keys (list[str] | None | Unset):
    """

    _FIELDS: ClassVar[tuple[FieldSpec, ...]] = _FIELD_SPECS
    type_: ClickParamType = _attrs_field(converter=_convert_type_)
    button: ClickButtonType = _attrs_field(converter=_convert_button)
    x: int
    y: int
    keys: list[str] | None | Unset = _attrs_field(default=UNSET, converter=_convert_keys)
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON; a dict, string or sequence given for a field is read into its model first."""
        at = ""
        try:
            field_dict: dict[str, Any] = dict(self.additional_properties)
            field_dict["type"] = self.type_
            field_dict["button"] = self.button
            field_dict["x"] = self.x
            field_dict["y"] = self.y
            at = "keys"
            if (keys := self.keys) is not UNSET:
                field_dict["keys"] = as_request_json(keys, _parse_keys)
        except AttributeError:
            field_dict = dump_sent(self, self.additional_properties)
        except (TypeError, ValueError) as exc:
            raise InvalidPayloadError.wrap(exc, at) from exc
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any], strict: bool = False) -> Self:
        """Read a ClickParam from decoded JSON.

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
            at = "button"
            obj.button = _parse_button(d["button"], strict)
            obj.x = d["x"]
            obj.y = d["y"]
            at = "keys"
            obj.keys = _parse_keys(d.get("keys", UNSET), strict)
        except KeyError:  # a required field the server left out: the generic path keeps it absent
            return read_sent(cls, dict(d), strict, True)
        except (TypeError, ValueError) as exc:
            raise InvalidPayloadError.wrap(exc, at) from exc
        # The fields the spec does not name, kept as received; none (the common case) costs a count.
        present = 4 + (obj.keys is not UNSET)
        obj.additional_properties = {} if len(d) == present else {k: v for k, v in d.items() if k not in _KNOWN}
        return obj


class ClickParamParam(TypedDict, total=False):
    """The dict form of ClickParam: what a request takes in its place (checked before sending)."""

    type: Required[ClickParamType | ClickParamTypeLiteral]
    button: Required[ClickButtonType | ClickButtonTypeLiteral]
    x: Required[int]
    y: Required[int]
    keys: Sequence[str] | None
