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
from ..models.key_press_action_type import KeyPressActionType

if TYPE_CHECKING:
    from ..models.key_press_action_type import KeyPressActionTypeLiteral


def _parse_type_(data: Any, strict: bool) -> KeyPressActionType:
    return KeyPressActionType.known(data) or KeyPressActionType.from_value(data)


def _convert_type_(value: KeyPressActionType | KeyPressActionTypeLiteral) -> KeyPressActionType:
    """`type` as given to the constructor (a dict, string or sequence too), as its model."""
    try:
        return _parse_type_(value, True)
    except (TypeError, ValueError) as exc:
        raise InvalidPayloadError.wrap(exc, "type") from exc


def _parse_keys(data: Any, strict: bool) -> list[str]:
    return as_list(data)


def _dump_keys(value: Any) -> Any:
    return list(value)


def _convert_keys(value: Sequence[str]) -> list[str]:
    """`keys` as given to the constructor (a dict, string or sequence too), as its model."""
    try:
        return _parse_keys(value, True)
    except (TypeError, ValueError) as exc:
        raise InvalidPayloadError.wrap(exc, "keys") from exc


_FIELD_SPECS = (
    FieldSpec("type", "type_", (str,), required=True, read=_parse_type_),
    FieldSpec("keys", "keys", (list,), required=True, items=(str,), read=_parse_keys, dump=_dump_keys),
)
_KNOWN = frozenset({"type", "keys"})
_new = object.__new__


@_attrs_define(eq=False, repr=False, getstate_setstate=False, on_setattr=_attrs_setters.NO_OP)
class KeyPressAction(ExtraFields[Any]):
    """KeyPressAction

    Attributes:
        type_ (KeyPressActionType):  Default: KeyPressActionType.KEYPRESS.
        keys (list[str]):
    """

    _FIELDS: ClassVar[tuple[FieldSpec, ...]] = _FIELD_SPECS
    type_: KeyPressActionType = _attrs_field(converter=_convert_type_)
    keys: list[str] = _attrs_field(converter=_convert_keys)
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON; a dict, string or sequence given for a field is read into its model first."""
        at = ""
        try:
            field_dict: dict[str, Any] = dict(self.additional_properties)
            field_dict["type"] = self.type_
            at = "keys"
            field_dict["keys"] = as_request_json(self.keys, _parse_keys)
        except AttributeError:
            field_dict = dump_sent(self, self.additional_properties)
        except (TypeError, ValueError) as exc:
            raise InvalidPayloadError.wrap(exc, at) from exc
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any], strict: bool = False) -> Self:
        """Read a KeyPressAction from decoded JSON.

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
            at = "keys"
            obj.keys = _parse_keys(d["keys"], strict)
        except KeyError:  # a required field the server left out: the generic path keeps it absent
            return read_sent(cls, dict(d), strict, True)
        except (TypeError, ValueError) as exc:
            raise InvalidPayloadError.wrap(exc, at) from exc
        # The fields the spec does not name, kept as received; none (the common case) costs a count.
        present = 2
        obj.additional_properties = {} if len(d) == present else {k: v for k, v in d.items() if k not in _KNOWN}
        return obj


class KeyPressActionParam(TypedDict, total=False):
    """The dict form of KeyPressAction: what a request takes in its place (checked before sending)."""

    type: Required[KeyPressActionType | KeyPressActionTypeLiteral]
    keys: Required[Sequence[str]]
