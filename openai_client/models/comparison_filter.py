from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Required, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _attrs_setters

from .._fields import (  # the combinators a table is built from (the formatter drops those unused)
    BOOLEAN,
    CLOSED,
    NUMBER,
    STRING,
    enum_of,
    field,
    list_of,
    scalar,
    table_of,
    union_of,
)
from .._model import DeprecatedAlias, Model
from ..models.comparison_filter_type import ComparisonFilterType

if TYPE_CHECKING:
    from ..models.comparison_filter_type import ComparisonFilterTypeLiteral


def _convert_type_(value: ComparisonFilterType | ComparisonFilterTypeLiteral) -> ComparisonFilterType:
    return ComparisonFilter.__table__.convert("type", value)  # type: ignore[no-any-return]


def _convert_value(value: str | float | bool | Sequence[str | float]) -> bool | float | list[float | str] | str:
    return ComparisonFilter.__table__.convert("value", value)  # type: ignore[no-any-return]


@_attrs_define(eq=False, repr=False, getstate_setstate=False, on_setattr=_attrs_setters.NO_OP)
class ComparisonFilter(Model):
    """ComparisonFilter

    Attributes:
        type (ComparisonFilterType)
        key (str)
        value (bool | float | list[float | str] | str)
    """

    type: ComparisonFilterType = _attrs_field(converter=_convert_type_)
    key: str
    value: bool | float | list[float | str] | str = _attrs_field(converter=_convert_value)
    type_ = DeprecatedAlias[ComparisonFilterType]("type")


class ComparisonFilterParam(TypedDict, total=False):
    """The dict form of ComparisonFilter: what a request takes in its place (checked before sending)."""

    type: Required[ComparisonFilterType | ComparisonFilterTypeLiteral]
    key: Required[str]
    value: Required[str | float | bool | Sequence[str | float]]


table_of(
    ComparisonFilter,
    field("type", enum_of(ComparisonFilterType), required=True),
    field("key", STRING, required=True),
    field(
        "value",
        union_of(
            None,
            {},
            others=(
                STRING,
                NUMBER,
                BOOLEAN,
                list_of(scalar(str, float, int)),
            ),
        ),
        required=True,
    ),
    extra=CLOSED,
)
