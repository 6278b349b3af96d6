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


def _convert_file_ids(value: Sequence[str] | Unset) -> list[str] | Unset:
    return AutoCodeInterpreterToolParam.__table__.convert("file_ids", value)  # type: ignore[no-any-return]


def _convert_memory_limit(
    value: ContainerMemoryLimit | ContainerMemoryLimitLiteral | None | Unset,
) -> ContainerMemoryLimit | None | Unset:
    return AutoCodeInterpreterToolParam.__table__.convert("memory_limit", value)  # type: ignore[no-any-return]


def _convert_network_policy(
    value: ContainerNetworkPolicyDisabledParam
    | ContainerNetworkPolicyDisabledParamParam
    | ContainerNetworkPolicyAllowlistParam
    | ContainerNetworkPolicyAllowlistParamParam
    | UnknownAutoCodeInterpreterToolParamNetworkPolicy
    | Unset,
) -> (
    ContainerNetworkPolicyAllowlistParam
    | ContainerNetworkPolicyDisabledParam
    | UnknownAutoCodeInterpreterToolParamNetworkPolicy
    | Unset
):
    return AutoCodeInterpreterToolParam.__table__.convert("network_policy", value)  # type: ignore[no-any-return]


@_attrs_define(eq=False, repr=False, getstate_setstate=False, on_setattr=_attrs_setters.NO_OP)
class AutoCodeInterpreterToolParam(ExtraFields["Any"]):
    """AutoCodeInterpreterToolParam

    Attributes:
        type (Literal['auto'])
        file_ids (list[str] | Unset)
        memory_limit (ContainerMemoryLimit | None | Unset)
        network_policy (ContainerNetworkPolicyAllowlistParam | ContainerNetworkPolicyDisabledParam | UnknownAutoCodeInterpreterToolParamNetworkPolicy | Unset)
    """

    type: Literal["auto"] = "auto"
    file_ids: list[str] | Unset = _attrs_field(default=UNSET, converter=_convert_file_ids)
    memory_limit: ContainerMemoryLimit | None | Unset = _attrs_field(default=UNSET, converter=_convert_memory_limit)
    network_policy: (
        ContainerNetworkPolicyAllowlistParam
        | ContainerNetworkPolicyDisabledParam
        | UnknownAutoCodeInterpreterToolParamNetworkPolicy
        | Unset
    ) = _attrs_field(default=UNSET, converter=_convert_network_policy)
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    type_ = DeprecatedAlias[Literal["auto"]]("type")


class AutoCodeInterpreterToolParamParam(TypedDict, total=False):
    """The dict form of AutoCodeInterpreterToolParam: what a request takes in its place (checked before sending)."""

    type: Required[Literal["auto"]]
    file_ids: Sequence[str]
    memory_limit: ContainerMemoryLimit | ContainerMemoryLimitLiteral | None
    network_policy: (
        ContainerNetworkPolicyDisabledParam
        | ContainerNetworkPolicyDisabledParamParam
        | ContainerNetworkPolicyAllowlistParam
        | ContainerNetworkPolicyAllowlistParamParam
        | UnknownAutoCodeInterpreterToolParamNetworkPolicy
    )


from ..models.container_network_policy_allowlist_param import ContainerNetworkPolicyAllowlistParam
from ..models.container_network_policy_disabled_param import ContainerNetworkPolicyDisabledParam
from ..models.unknown_auto_code_interpreter_tool_param_network_policy import (
    UnknownAutoCodeInterpreterToolParamNetworkPolicy,
)

table_of(
    AutoCodeInterpreterToolParam,
    field("type", const("auto"), required=True),
    field("file_ids", list_of(STRING)),
    field("memory_limit", enum_of(ContainerMemoryLimit), nullable=True),
    field(
        "network_policy",
        union_of(
            "type",
            {"disabled": ContainerNetworkPolicyDisabledParam, "allowlist": ContainerNetworkPolicyAllowlistParam},
            fallback=UnknownAutoCodeInterpreterToolParamNetworkPolicy,
        ),
    ),
    extra=ANY,
)
