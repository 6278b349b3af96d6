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
    enum_of,
    field,
    list_of,
    table_of,
    union_of,
)
from .._model import DeprecatedAlias, ExtraFields
from ..models.container_memory_limit import ContainerMemoryLimit
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.container_memory_limit import ContainerMemoryLimitLiteral
    from ..models.container_network_policy_allowlist_param import ContainerNetworkPolicyAllowlistParamParam
    from ..models.container_network_policy_disabled_param import ContainerNetworkPolicyDisabledParamParam
    from ..models.inline_skill_param import InlineSkillParamParam
    from ..models.skill_reference_param import SkillReferenceParamParam


def _convert_file_ids(value: Sequence[str] | Unset) -> list[str] | Unset:
    return ContainerAutoParam.__table__.convert("file_ids", value)  # type: ignore[no-any-return]


def _convert_memory_limit(
    value: ContainerMemoryLimit | ContainerMemoryLimitLiteral | None | Unset,
) -> ContainerMemoryLimit | None | Unset:
    return ContainerAutoParam.__table__.convert("memory_limit", value)  # type: ignore[no-any-return]


def _convert_network_policy(
    value: ContainerNetworkPolicyDisabledParam
    | ContainerNetworkPolicyDisabledParamParam
    | ContainerNetworkPolicyAllowlistParam
    | ContainerNetworkPolicyAllowlistParamParam
    | UnknownContainerAutoParamNetworkPolicy
    | Unset,
) -> (
    ContainerNetworkPolicyAllowlistParam
    | ContainerNetworkPolicyDisabledParam
    | UnknownContainerAutoParamNetworkPolicy
    | Unset
):
    return ContainerAutoParam.__table__.convert("network_policy", value)  # type: ignore[no-any-return]


def _convert_skills(
    value: Sequence[
        SkillReferenceParam
        | SkillReferenceParamParam
        | InlineSkillParam
        | InlineSkillParamParam
        | UnknownContainerAutoParamSkills
    ]
    | Unset,
) -> list[InlineSkillParam | SkillReferenceParam | UnknownContainerAutoParamSkills] | Unset:
    return ContainerAutoParam.__table__.convert("skills", value)  # type: ignore[no-any-return]


@_attrs_define(eq=False, repr=False, getstate_setstate=False, on_setattr=_attrs_setters.NO_OP)
class ContainerAutoParam(ExtraFields["Any"]):
    """ContainerAutoParam

    Attributes:
        type (Literal['container_auto'])
        file_ids (list[str] | Unset)
        memory_limit (ContainerMemoryLimit | None | Unset)
        network_policy (ContainerNetworkPolicyAllowlistParam | ContainerNetworkPolicyDisabledParam | UnknownContainerAutoParamNetworkPolicy | Unset)
        skills (list[InlineSkillParam | SkillReferenceParam | UnknownContainerAutoParamSkills] | Unset)
    """

    type: Literal["container_auto"] = "container_auto"
    file_ids: list[str] | Unset = _attrs_field(default=UNSET, converter=_convert_file_ids)
    memory_limit: ContainerMemoryLimit | None | Unset = _attrs_field(default=UNSET, converter=_convert_memory_limit)
    network_policy: (
        ContainerNetworkPolicyAllowlistParam
        | ContainerNetworkPolicyDisabledParam
        | UnknownContainerAutoParamNetworkPolicy
        | Unset
    ) = _attrs_field(default=UNSET, converter=_convert_network_policy)
    skills: list[InlineSkillParam | SkillReferenceParam | UnknownContainerAutoParamSkills] | Unset = _attrs_field(
        default=UNSET, converter=_convert_skills
    )
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    type_ = DeprecatedAlias[Literal["container_auto"]]("type")


class ContainerAutoParamParam(TypedDict, total=False):
    """The dict form of ContainerAutoParam: what a request takes in its place (checked before sending)."""

    type: Required[Literal["container_auto"]]
    file_ids: Sequence[str]
    memory_limit: ContainerMemoryLimit | ContainerMemoryLimitLiteral | None
    network_policy: (
        ContainerNetworkPolicyDisabledParam
        | ContainerNetworkPolicyDisabledParamParam
        | ContainerNetworkPolicyAllowlistParam
        | ContainerNetworkPolicyAllowlistParamParam
        | UnknownContainerAutoParamNetworkPolicy
    )
    skills: Sequence[
        SkillReferenceParam
        | SkillReferenceParamParam
        | InlineSkillParam
        | InlineSkillParamParam
        | UnknownContainerAutoParamSkills
    ]


from ..models.container_network_policy_allowlist_param import ContainerNetworkPolicyAllowlistParam
from ..models.container_network_policy_disabled_param import ContainerNetworkPolicyDisabledParam
from ..models.inline_skill_param import InlineSkillParam
from ..models.skill_reference_param import SkillReferenceParam
from ..models.unknown_container_auto_param_network_policy import UnknownContainerAutoParamNetworkPolicy
from ..models.unknown_container_auto_param_skills import UnknownContainerAutoParamSkills

table_of(
    ContainerAutoParam,
    field("type", const("container_auto"), required=True),
    field("file_ids", list_of(STRING)),
    field("memory_limit", enum_of(ContainerMemoryLimit), nullable=True),
    field(
        "network_policy",
        union_of(
            "type",
            {"disabled": ContainerNetworkPolicyDisabledParam, "allowlist": ContainerNetworkPolicyAllowlistParam},
            fallback=UnknownContainerAutoParamNetworkPolicy,
        ),
    ),
    field(
        "skills",
        list_of(
            union_of(
                "type",
                {"skill_reference": SkillReferenceParam, "inline": InlineSkillParam},
                fallback=UnknownContainerAutoParamSkills,
            )
        ),
    ),
    extra=ANY,
)
