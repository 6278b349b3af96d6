from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, Literal, Required, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _attrs_setters

from .._fields import (  # the combinators a table is built from (the formatter drops those unused)
    ANY,
    const,
    field,
    list_of,
    model_of,
    table_of,
)
from .._model import DeprecatedAlias, ExtraFields
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.local_skill_param import LocalSkillParamParam


def _convert_skills(value: Sequence[LocalSkillParam | LocalSkillParamParam] | Unset) -> list[LocalSkillParam] | Unset:
    return LocalEnvironmentParam.__table__.convert("skills", value)  # type: ignore[no-any-return]


@_attrs_define(eq=False, repr=False, getstate_setstate=False, on_setattr=_attrs_setters.NO_OP)
class LocalEnvironmentParam(ExtraFields["Any"]):
    """LocalEnvironmentParam

    Attributes:
        type (Literal['local'])
        skills (list[LocalSkillParam] | Unset)
    """

    type: Literal["local"] = "local"
    skills: list[LocalSkillParam] | Unset = _attrs_field(default=UNSET, converter=_convert_skills)
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    type_ = DeprecatedAlias[Literal["local"]]("type")


class LocalEnvironmentParamParam(TypedDict, total=False):
    """The dict form of LocalEnvironmentParam: what a request takes in its place (checked before sending)."""

    type: Required[Literal["local"]]
    skills: Sequence[LocalSkillParam | LocalSkillParamParam]


from ..models.local_skill_param import LocalSkillParam

table_of(
    LocalEnvironmentParam,
    field("type", const("local"), required=True),
    field("skills", list_of(model_of(LocalSkillParam))),
    extra=ANY,
)
