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
from ..types import UNSET, Unset


@_attrs_define(eq=False, repr=False, getstate_setstate=False, on_setattr=_attrs_setters.NO_OP)
class SkillReferenceParam(ExtraFields["Any"]):
    """SkillReferenceParam

    Attributes:
        type (Literal['skill_reference'])
        skill_id (str)
        version (str | Unset)
    """

    skill_id: str
    type: Literal["skill_reference"] = "skill_reference"
    version: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    type_ = DeprecatedAlias[Literal["skill_reference"]]("type")


class SkillReferenceParamParam(TypedDict, total=False):
    """The dict form of SkillReferenceParam: what a request takes in its place (checked before sending)."""

    type: Required[Literal["skill_reference"]]
    skill_id: Required[str]
    version: str


table_of(
    SkillReferenceParam,
    field("type", const("skill_reference"), required=True),
    field("skill_id", STRING, required=True),
    field("version", STRING),
    extra=ANY,
)
