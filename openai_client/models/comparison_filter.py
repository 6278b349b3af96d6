from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, ClassVar, Required, Self, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _attrs_setters

from .._model import (
    FieldSpec,
    Model,
    as_list,
    as_object,
    as_request_json,
    check_strict,
    dump_sent,
    read_sent,
)
from ..errors import InvalidPayloadError
from ..models.comparison_filter_type import ComparisonFilterType

if TYPE_CHECKING:
    from ..models.comparison_filter_type import ComparisonFilterTypeLiteral


def _parse_type_(data: Any, strict: bool) -> ComparisonFilterType:
    return ComparisonFilterType.known(data) or ComparisonFilterType.from_value(data)


def _convert_type_(value: ComparisonFilterType | ComparisonFilterTypeLiteral) -> ComparisonFilterType:
    """`type` as given to the constructor (a dict, string or sequence too), as its model."""
    try:
        return _parse_type_(value, True)
    except (TypeError, ValueError) as exc:
        raise InvalidPayloadError.wrap(exc, "type") from exc


def _parse_value_type_3(data: Any, strict: bool) -> list[float | str]:
    return as_list(data)


def _dump_value_type_3(value: Any) -> Any:
    return list(value)


def _parse_value(data: Any, strict: bool) -> bool | float | list[float | str] | str:
    if isinstance(data, str):
        return data
    if type(data) is float or type(data) is int:
        return data
    if type(data) is bool:
        return data
    if type(data) is list or isinstance(data, tuple):
        return _parse_value_type_3(data, strict)
    raise TypeError(f"expected string or number or boolean or array, got {type(data).__name__}")


def _dump_value(value: Any) -> Any:
    if isinstance(value, list):
        return list(value)
    return value


def _convert_value(value: str | float | bool | Sequence[str | float]) -> bool | float | list[float | str] | str:
    """`value` as given to the constructor (a dict, string or sequence too), as its model."""
    try:
        return _parse_value(value, True)
    except (TypeError, ValueError) as exc:
        raise InvalidPayloadError.wrap(exc, "value") from exc


_FIELD_SPECS = (
    FieldSpec("type", "type_", (str,), required=True, read=_parse_type_),
    FieldSpec("key", "key", (str,), required=True),
    FieldSpec("value", "value", (str, float, int, bool, list), required=True, read=_parse_value, dump=_dump_value),
)
_new = object.__new__


@_attrs_define(eq=False, repr=False, getstate_setstate=False, on_setattr=_attrs_setters.NO_OP)
class ComparisonFilter(Model):
    """ComparisonFilter

    Attributes:
        type_ (ComparisonFilterType):  Default: ComparisonFilterType.EQ.
        key (str):
        value (bool | float | list[float | str] | str):
    """

    _FIELDS: ClassVar[tuple[FieldSpec, ...]] = _FIELD_SPECS
    type_: ComparisonFilterType = _attrs_field(converter=_convert_type_)
    key: str
    value: bool | float | list[float | str] | str = _attrs_field(converter=_convert_value)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON; a dict, string or sequence given for a field is read into its model first."""
        at = ""
        try:
            field_dict: dict[str, Any] = {}
            field_dict["type"] = self.type_
            field_dict["key"] = self.key
            at = "value"
            field_dict["value"] = as_request_json(self.value, _parse_value)
        except AttributeError:
            field_dict = dump_sent(self, None)
        except (TypeError, ValueError) as exc:
            raise InvalidPayloadError.wrap(exc, at) from exc
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any], strict: bool = False) -> Self:
        """Read a ComparisonFilter from decoded JSON.

        Without `strict`, what the server sent is read as it is: a field it left out stays
        absent (see `is_sent`). With `strict`, a value of the wrong JSON type, a null where
        none is allowed, or a missing required field raises, at any depth.

        Raises:
            InvalidPayloadError: `src_dict` is not an object of this shape; its `path` names
                the field at fault.
        """
        d = src_dict if type(src_dict) is dict else as_object(src_dict)
        if strict:
            check_strict(d, _FIELD_SPECS, closed=True)
        obj = _new(cls)
        at = ""
        try:
            at = "type"
            obj.type_ = _parse_type_(d["type"], strict)
            obj.key = d["key"]
            at = "value"
            obj.value = _parse_value(d["value"], strict)
        except KeyError:  # a required field the server left out: the generic path keeps it absent
            return read_sent(cls, dict(d), strict, False)
        except (TypeError, ValueError) as exc:
            raise InvalidPayloadError.wrap(exc, at) from exc
        return obj


class ComparisonFilterParam(TypedDict, total=False):
    """The dict form of ComparisonFilter: what a request takes in its place (checked before sending)."""

    type: Required[ComparisonFilterType | ComparisonFilterTypeLiteral]
    key: Required[str]
    value: Required[str | float | bool | Sequence[str | float]]
