from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, Literal, Required, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _attrs_setters

from .._fields import (  # the combinators a table is built from (the formatter drops those unused)
    ANY,
    STRING,
    const,
    field,
    list_of,
    model_of,
    table_of,
)
from .._model import DeprecatedAlias, ExtraFields
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.coord_param import CoordParamParam


def _convert_path(value: Sequence[CoordParam | CoordParamParam]) -> list[CoordParam]:
    return DragParam.__table__.convert("path", value)  # type: ignore[no-any-return]


def _convert_keys(value: Sequence[str] | None | Unset) -> list[str] | None | Unset:
    return DragParam.__table__.convert("keys", value)  # type: ignore[no-any-return]


@_attrs_define(eq=False, repr=False, getstate_setstate=False, on_setattr=_attrs_setters.NO_OP)
class DragParam(ExtraFields["Any"]):
    """DragParam

    Attributes:
        type (Literal['drag'])
        path (list[CoordParam])
        keys (list[str] | None | Unset)
    """

    path: list[CoordParam] = _attrs_field(converter=_convert_path)
    type: Literal["drag"] = "drag"
    keys: list[str] | None | Unset = _attrs_field(default=UNSET, converter=_convert_keys)
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    type_ = DeprecatedAlias[Literal["drag"]]("type")


class DragParamParam(TypedDict, total=False):
    """The dict form of DragParam: what a request takes in its place (checked before sending)."""

    type: Required[Literal["drag"]]
    path: Required[Sequence[CoordParam | CoordParamParam]]
    keys: Sequence[str] | None


from ..models.coord_param import CoordParam

table_of(
    DragParam,
    field("type", const("drag"), required=True),
    field("path", list_of(model_of(CoordParam)), required=True),
    field("keys", list_of(STRING), nullable=True),
    extra=ANY,
)
