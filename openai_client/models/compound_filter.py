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
from ..models.compound_filter_type import CompoundFilterType

if TYPE_CHECKING:
    from ..models.comparison_filter import ComparisonFilterParam
    from ..models.compound_filter_type import CompoundFilterTypeLiteral


def _parse_type_(data: Any, strict: bool) -> CompoundFilterType:
    return CompoundFilterType.known(data) or CompoundFilterType.from_value(data)


def _convert_type_(value: CompoundFilterType | CompoundFilterTypeLiteral) -> CompoundFilterType:
    """`type` as given to the constructor (a dict, string or sequence too), as its model."""
    try:
        return _parse_type_(value, True)
    except (TypeError, ValueError) as exc:
        raise InvalidPayloadError.wrap(exc, "type") from exc


def _parse_filters_item(data: Any, strict: bool) -> Any | ComparisonFilter:
    if type(data) is dict:
        return ComparisonFilter.from_dict(data, strict)
    return data
    if isinstance(data, ComparisonFilter):
        return data
    if isinstance(data, Mapping):
        return _parse_filters_item(dict(data), strict)
    raise TypeError(f"expected , got {type(data).__name__}")


def _dump_filters_item(value: Any) -> Any:
    if isinstance(value, ComparisonFilter):
        return value.to_dict()
    return value


def _parse_filters(data: Any, strict: bool) -> list[Any | ComparisonFilter]:
    listed = data if type(data) is list else as_list(data)
    items: list[Any | ComparisonFilter] = []
    try:
        for item in listed:
            items.append(_parse_filters_item(item, strict))
    except (TypeError, ValueError) as exc:
        raise InvalidPayloadError.wrap(exc, f"[{len(items)}]") from exc
    return items


def _dump_filters(value: Any) -> Any:
    return [_dump_filters_item(item) for item in value]


def _convert_filters(value: Sequence[ComparisonFilter | ComparisonFilterParam | Any]) -> list[Any | ComparisonFilter]:
    """`filters` as given to the constructor (a dict, string or sequence too), as its model."""
    try:
        return _parse_filters(value, True)
    except (TypeError, ValueError) as exc:
        raise InvalidPayloadError.wrap(exc, "filters") from exc


_FIELD_SPECS = (
    FieldSpec("type", "type_", (str,), required=True, read=_parse_type_),
    FieldSpec("filters", "filters", (list,), required=True, read=_parse_filters, dump=_dump_filters),
)
_new = object.__new__


@_attrs_define(eq=False, repr=False, getstate_setstate=False, on_setattr=_attrs_setters.NO_OP)
class CompoundFilter(Model):
    """CompoundFilter

    Attributes:
        type_ (CompoundFilterType):
        filters (list[Any | ComparisonFilter]):
    """

    _FIELDS: ClassVar[tuple[FieldSpec, ...]] = _FIELD_SPECS
    type_: CompoundFilterType = _attrs_field(converter=_convert_type_)
    filters: list[Any | ComparisonFilter] = _attrs_field(converter=_convert_filters)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON; a dict, string or sequence given for a field is read into its model first."""
        at = ""
        try:
            field_dict: dict[str, Any] = {}
            field_dict["type"] = self.type_
            at = "filters"
            field_dict["filters"] = as_request_json(self.filters, _parse_filters)
        except AttributeError:
            field_dict = dump_sent(self, None)
        except (TypeError, ValueError) as exc:
            raise InvalidPayloadError.wrap(exc, at) from exc
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any], strict: bool = False) -> Self:
        """Read a CompoundFilter from decoded JSON.

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
            at = "filters"
            obj.filters = _parse_filters(d["filters"], strict)
        except KeyError:  # a required field the server left out: the generic path keeps it absent
            return read_sent(cls, dict(d), strict, False)
        except (TypeError, ValueError) as exc:
            raise InvalidPayloadError.wrap(exc, at) from exc
        return obj


class CompoundFilterParam(TypedDict, total=False):
    """The dict form of CompoundFilter: what a request takes in its place (checked before sending)."""

    type: Required[CompoundFilterType | CompoundFilterTypeLiteral]
    filters: Required[Sequence[ComparisonFilter | ComparisonFilterParam | Any]]


from ..models.comparison_filter import ComparisonFilter
