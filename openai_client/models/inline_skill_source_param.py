from __future__ import annotations

from typing import Any, Literal, Required, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _attrs_setters

from .._fields import (  # the combinators a table is built from (the formatter drops those unused)
    ANY,
    STRING,
    const,
    field,
    table_of,
)
from .._model import DeprecatedAlias, ExtraFields


@_attrs_define(eq=False, repr=False, getstate_setstate=False, on_setattr=_attrs_setters.NO_OP)
class InlineSkillSourceParam(ExtraFields["Any"]):
    """InlineSkillSourceParam

    Attributes:
        type (Literal['base64'])
        media_type (Literal['application/zip'])
        data (str)
    """

    data: str
    type: Literal["base64"] = "base64"
    media_type: Literal["application/zip"] = "application/zip"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    type_ = DeprecatedAlias[Literal["base64"]]("type")


class InlineSkillSourceParamParam(TypedDict, total=False):
    """The dict form of InlineSkillSourceParam: what a request takes in its place (checked before sending)."""

    type: Required[Literal["base64"]]
    media_type: Required[Literal["application/zip"]]
    data: Required[str]


table_of(
    InlineSkillSourceParam,
    field("type", const("base64"), required=True),
    field("media_type", const("application/zip"), required=True),
    field("data", STRING, required=True),
    extra=ANY,
)
