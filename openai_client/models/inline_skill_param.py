from __future__ import annotations

from typing import TYPE_CHECKING, Any, Literal, Required, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _attrs_setters

from .._fields import (  # the combinators a table is built from (the formatter drops those unused)
    ANY,
    STRING,
    const,
    field,
    model_of,
    table_of,
)
from .._model import DeprecatedAlias, ExtraFields

if TYPE_CHECKING:
    from ..models.inline_skill_source_param import InlineSkillSourceParamParam


def _convert_source(value: InlineSkillSourceParam | InlineSkillSourceParamParam) -> InlineSkillSourceParam:
    return InlineSkillParam.__table__.convert("source", value)  # type: ignore[no-any-return]


@_attrs_define(eq=False, repr=False, getstate_setstate=False, on_setattr=_attrs_setters.NO_OP)
class InlineSkillParam(ExtraFields["Any"]):
    """InlineSkillParam

    Attributes:
        type (Literal['inline'])
        name (str)
        description (str)
        source (InlineSkillSourceParam)
    """

    name: str
    description: str
    source: InlineSkillSourceParam = _attrs_field(converter=_convert_source)
    type: Literal["inline"] = "inline"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    type_ = DeprecatedAlias[Literal["inline"]]("type")


class InlineSkillParamParam(TypedDict, total=False):
    """The dict form of InlineSkillParam: what a request takes in its place (checked before sending)."""

    type: Required[Literal["inline"]]
    name: Required[str]
    description: Required[str]
    source: Required[InlineSkillSourceParam | InlineSkillSourceParamParam]


from ..models.inline_skill_source_param import InlineSkillSourceParam

table_of(
    InlineSkillParam,
    field("type", const("inline"), required=True),
    field("name", STRING, required=True),
    field("description", STRING, required=True),
    field("source", model_of(InlineSkillSourceParam), required=True),
    extra=ANY,
)
