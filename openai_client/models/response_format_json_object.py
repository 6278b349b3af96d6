from __future__ import annotations

from typing import Any, Literal, Required, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _attrs_setters

from .._fields import (  # the combinators a table is built from (the formatter drops those unused)
    ANY,
    const,
    field,
    table_of,
)
from .._model import DeprecatedAlias, ExtraFields


@_attrs_define(eq=False, repr=False, getstate_setstate=False, on_setattr=_attrs_setters.NO_OP)
class ResponseFormatJsonObject(ExtraFields["Any"]):
    """Answer with any valid JSON object.

    Attributes:
        type (Literal['json_object']): Always `json_object`.
    """

    type: Literal["json_object"] = "json_object"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    type_ = DeprecatedAlias[Literal["json_object"]]("type")


class ResponseFormatJsonObjectParam(TypedDict, total=False):
    """The dict form of ResponseFormatJsonObject: what a request takes in its place (checked before sending)."""

    type: Required[Literal["json_object"]]


table_of(
    ResponseFormatJsonObject,
    field("type", const("json_object"), required=True),
    extra=ANY,
)
