from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, ClassVar, Required, Self, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _attrs_setters

from .._model import (
    ExtraFields,
    FieldSpec,
    as_list,
    as_object,
    as_request_json,
    check_strict,
    dump_sent,
    read_sent,
)
from ..errors import InvalidPayloadError
from ..models.container_network_policy_allowlist_param_type import ContainerNetworkPolicyAllowlistParamType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.container_network_policy_allowlist_param_type import ContainerNetworkPolicyAllowlistParamTypeLiteral
    from ..models.container_network_policy_domain_secret_param import ContainerNetworkPolicyDomainSecretParamParam


def _parse_type_(data: Any, strict: bool) -> ContainerNetworkPolicyAllowlistParamType:
    return ContainerNetworkPolicyAllowlistParamType.known(data) or ContainerNetworkPolicyAllowlistParamType.from_value(
        data
    )


def _convert_type_(
    value: ContainerNetworkPolicyAllowlistParamType | ContainerNetworkPolicyAllowlistParamTypeLiteral,
) -> ContainerNetworkPolicyAllowlistParamType:
    """`type` as given to the constructor (a dict, string or sequence too), as its model."""
    try:
        return _parse_type_(value, True)
    except (TypeError, ValueError) as exc:
        raise InvalidPayloadError.wrap(exc, "type") from exc


def _parse_allowed_domains(data: Any, strict: bool) -> list[str]:
    return as_list(data)


def _dump_allowed_domains(value: Any) -> Any:
    return list(value)


def _convert_allowed_domains(value: Sequence[str]) -> list[str]:
    """`allowed_domains` as given to the constructor (a dict, string or sequence too), as its model."""
    try:
        return _parse_allowed_domains(value, True)
    except (TypeError, ValueError) as exc:
        raise InvalidPayloadError.wrap(exc, "allowed_domains") from exc


def _parse_domain_secrets(data: Any, strict: bool) -> list[ContainerNetworkPolicyDomainSecretParam] | Unset:
    if data is UNSET:
        return Unset.UNSET
    listed = data if type(data) is list else as_list(data)
    items: list[ContainerNetworkPolicyDomainSecretParam] = []
    try:
        for item in listed:
            items.append(
                item
                if isinstance(item, ContainerNetworkPolicyDomainSecretParam)
                else ContainerNetworkPolicyDomainSecretParam.from_dict(item, strict)
            )
    except (TypeError, ValueError) as exc:
        raise InvalidPayloadError.wrap(exc, f"[{len(items)}]") from exc
    return items


def _dump_domain_secrets(value: Any) -> Any:
    return [item.to_dict() for item in value]


def _convert_domain_secrets(
    value: Sequence[ContainerNetworkPolicyDomainSecretParam | ContainerNetworkPolicyDomainSecretParamParam] | Unset,
) -> list[ContainerNetworkPolicyDomainSecretParam] | Unset:
    """`domain_secrets` as given to the constructor (a dict, string or sequence too), as its model."""
    try:
        return _parse_domain_secrets(value, True)
    except (TypeError, ValueError) as exc:
        raise InvalidPayloadError.wrap(exc, "domain_secrets") from exc


_FIELD_SPECS = (
    FieldSpec("type", "type_", (str,), required=True, read=_parse_type_),
    FieldSpec(
        "allowed_domains",
        "allowed_domains",
        (list,),
        required=True,
        items=(str,),
        read=_parse_allowed_domains,
        dump=_dump_allowed_domains,
    ),
    FieldSpec("domain_secrets", "domain_secrets", (list,), read=_parse_domain_secrets, dump=_dump_domain_secrets),
)
_KNOWN = frozenset({"type", "allowed_domains", "domain_secrets"})
_new = object.__new__


@_attrs_define(eq=False, repr=False, getstate_setstate=False, on_setattr=_attrs_setters.NO_OP)
class ContainerNetworkPolicyAllowlistParam(ExtraFields[Any]):
    """ContainerNetworkPolicyAllowlistParam

    Attributes:
        type_ (ContainerNetworkPolicyAllowlistParamType):  Default: ContainerNetworkPolicyAllowlistParamType.ALLOWLIST.
        allowed_domains (list[str]):
        domain_secrets (list[ContainerNetworkPolicyDomainSecretParam] | Unset):
    """

    _FIELDS: ClassVar[tuple[FieldSpec, ...]] = _FIELD_SPECS
    type_: ContainerNetworkPolicyAllowlistParamType = _attrs_field(converter=_convert_type_)
    allowed_domains: list[str] = _attrs_field(converter=_convert_allowed_domains)
    domain_secrets: list[ContainerNetworkPolicyDomainSecretParam] | Unset = _attrs_field(
        default=UNSET, converter=_convert_domain_secrets
    )
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON; a dict, string or sequence given for a field is read into its model first."""
        at = ""
        try:
            field_dict: dict[str, Any] = dict(self.additional_properties)
            field_dict["type"] = self.type_
            at = "allowed_domains"
            field_dict["allowed_domains"] = as_request_json(self.allowed_domains, _parse_allowed_domains)
            at = "domain_secrets"
            if (domain_secrets := self.domain_secrets) is not UNSET:
                field_dict["domain_secrets"] = as_request_json(domain_secrets, _parse_domain_secrets)
        except AttributeError:
            field_dict = dump_sent(self, self.additional_properties)
        except (TypeError, ValueError) as exc:
            raise InvalidPayloadError.wrap(exc, at) from exc
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any], strict: bool = False) -> Self:
        """Read a ContainerNetworkPolicyAllowlistParam from decoded JSON.

        Without `strict`, what the server sent is read as it is: a field it left out stays
        absent (see `is_sent`). With `strict`, a value of the wrong JSON type, a null where
        none is allowed, or a missing required field raises, at any depth.

        Raises:
            InvalidPayloadError: `src_dict` is not an object of this shape; its `path` names
                the field at fault.
        """
        d = src_dict if type(src_dict) is dict else as_object(src_dict)
        if strict:
            check_strict(d, _FIELD_SPECS, None)
        obj = _new(cls)
        at = ""
        try:
            at = "type"
            obj.type_ = _parse_type_(d["type"], strict)
            at = "allowed_domains"
            obj.allowed_domains = _parse_allowed_domains(d["allowed_domains"], strict)
            at = "domain_secrets"
            obj.domain_secrets = _parse_domain_secrets(d.get("domain_secrets", UNSET), strict)
        except KeyError:  # a required field the server left out: the generic path keeps it absent
            return read_sent(cls, dict(d), strict, True)
        except (TypeError, ValueError) as exc:
            raise InvalidPayloadError.wrap(exc, at) from exc
        # The fields the spec does not name, kept as received; none (the common case) costs a count.
        present = 2 + (obj.domain_secrets is not UNSET)
        obj.additional_properties = {} if len(d) == present else {k: v for k, v in d.items() if k not in _KNOWN}
        return obj


class ContainerNetworkPolicyAllowlistParamParam(TypedDict, total=False):
    """The dict form of ContainerNetworkPolicyAllowlistParam: what a request takes in its place (checked before sending)."""

    type: Required[ContainerNetworkPolicyAllowlistParamType | ContainerNetworkPolicyAllowlistParamTypeLiteral]
    allowed_domains: Required[Sequence[str]]
    domain_secrets: Sequence[ContainerNetworkPolicyDomainSecretParam | ContainerNetworkPolicyDomainSecretParamParam]


from ..models.container_network_policy_domain_secret_param import ContainerNetworkPolicyDomainSecretParam
