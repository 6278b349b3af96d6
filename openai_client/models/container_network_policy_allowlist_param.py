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
    from ..models.container_network_policy_domain_secret_param import ContainerNetworkPolicyDomainSecretParamParam


def _convert_allowed_domains(value: Sequence[str]) -> list[str]:
    return ContainerNetworkPolicyAllowlistParam.__table__.convert("allowed_domains", value)  # type: ignore[no-any-return]


def _convert_domain_secrets(
    value: Sequence[ContainerNetworkPolicyDomainSecretParam | ContainerNetworkPolicyDomainSecretParamParam] | Unset,
) -> list[ContainerNetworkPolicyDomainSecretParam] | Unset:
    return ContainerNetworkPolicyAllowlistParam.__table__.convert("domain_secrets", value)  # type: ignore[no-any-return]


@_attrs_define(eq=False, repr=False, getstate_setstate=False, on_setattr=_attrs_setters.NO_OP)
class ContainerNetworkPolicyAllowlistParam(ExtraFields["Any"]):
    """ContainerNetworkPolicyAllowlistParam

    Attributes:
        type (Literal['allowlist'])
        allowed_domains (list[str])
        domain_secrets (list[ContainerNetworkPolicyDomainSecretParam] | Unset)
    """

    allowed_domains: list[str] = _attrs_field(converter=_convert_allowed_domains)
    type: Literal["allowlist"] = "allowlist"
    domain_secrets: list[ContainerNetworkPolicyDomainSecretParam] | Unset = _attrs_field(
        default=UNSET, converter=_convert_domain_secrets
    )
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    type_ = DeprecatedAlias[Literal["allowlist"]]("type")


class ContainerNetworkPolicyAllowlistParamParam(TypedDict, total=False):
    """The dict form of ContainerNetworkPolicyAllowlistParam: what a request takes in its place (checked before sending)."""

    type: Required[Literal["allowlist"]]
    allowed_domains: Required[Sequence[str]]
    domain_secrets: Sequence[ContainerNetworkPolicyDomainSecretParam | ContainerNetworkPolicyDomainSecretParamParam]


from ..models.container_network_policy_domain_secret_param import ContainerNetworkPolicyDomainSecretParam

table_of(
    ContainerNetworkPolicyAllowlistParam,
    field("type", const("allowlist"), required=True),
    field("allowed_domains", list_of(STRING), required=True),
    field("domain_secrets", list_of(model_of(ContainerNetworkPolicyDomainSecretParam))),
    extra=ANY,
)
