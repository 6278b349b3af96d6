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
from ..models.container_auto_param_type import ContainerAutoParamType
from ..models.container_memory_limit import ContainerMemoryLimit
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.container_auto_param_type import ContainerAutoParamTypeLiteral
    from ..models.container_memory_limit import ContainerMemoryLimitLiteral
    from ..models.container_network_policy_allowlist_param import ContainerNetworkPolicyAllowlistParamParam
    from ..models.container_network_policy_disabled_param import ContainerNetworkPolicyDisabledParamParam
    from ..models.inline_skill_param import InlineSkillParamParam
    from ..models.skill_reference_param import SkillReferenceParamParam


def _parse_type_(data: Any, strict: bool) -> ContainerAutoParamType:
    return ContainerAutoParamType.known(data) or ContainerAutoParamType.from_value(data)


def _convert_type_(value: ContainerAutoParamType | ContainerAutoParamTypeLiteral) -> ContainerAutoParamType:
    """`type` as given to the constructor (a dict, string or sequence too), as its model."""
    try:
        return _parse_type_(value, True)
    except (TypeError, ValueError) as exc:
        raise InvalidPayloadError.wrap(exc, "type") from exc


def _parse_file_ids(data: Any, strict: bool) -> list[str] | Unset:
    if data is UNSET:
        return Unset.UNSET
    return as_list(data)


def _dump_file_ids(value: Any) -> Any:
    return list(value)


def _convert_file_ids(value: Sequence[str] | Unset) -> list[str] | Unset:
    """`file_ids` as given to the constructor (a dict, string or sequence too), as its model."""
    try:
        return _parse_file_ids(value, True)
    except (TypeError, ValueError) as exc:
        raise InvalidPayloadError.wrap(exc, "file_ids") from exc


def _parse_memory_limit(data: Any, strict: bool) -> ContainerMemoryLimit | None | Unset:
    if data is UNSET:
        return Unset.UNSET
    if data is None:
        return None
    if isinstance(data, str):
        return ContainerMemoryLimit.known(data) or ContainerMemoryLimit.from_value(data)
    raise TypeError(f"expected string or null, got {type(data).__name__}")


def _dump_memory_limit(value: Any) -> Any:
    return value


def _convert_memory_limit(
    value: ContainerMemoryLimit | ContainerMemoryLimitLiteral | None | Unset,
) -> ContainerMemoryLimit | None | Unset:
    """`memory_limit` as given to the constructor (a dict, string or sequence too), as its model."""
    try:
        return _parse_memory_limit(value, True)
    except (TypeError, ValueError) as exc:
        raise InvalidPayloadError.wrap(exc, "memory_limit") from exc


def _parse_network_policy(
    data: Any, strict: bool
) -> ContainerNetworkPolicyAllowlistParam | ContainerNetworkPolicyDisabledParam | Unset:
    if data is UNSET:
        return Unset.UNSET
    if type(data) is dict:
        return ContainerNetworkPolicyDisabledParam.from_dict(data, strict)
    if isinstance(data, (ContainerNetworkPolicyDisabledParam, ContainerNetworkPolicyAllowlistParam)):
        return data
    if isinstance(data, Mapping):
        return _parse_network_policy(dict(data), strict)
    raise TypeError(f"expected object, got {type(data).__name__}")


def _dump_network_policy(value: Any) -> Any:
    if isinstance(value, (ContainerNetworkPolicyDisabledParam, ContainerNetworkPolicyAllowlistParam)):
        return value.to_dict()
    return value


def _convert_network_policy(
    value: ContainerNetworkPolicyDisabledParam
    | ContainerNetworkPolicyDisabledParamParam
    | ContainerNetworkPolicyAllowlistParam
    | ContainerNetworkPolicyAllowlistParamParam
    | Unset,
) -> ContainerNetworkPolicyAllowlistParam | ContainerNetworkPolicyDisabledParam | Unset:
    """`network_policy` as given to the constructor (a dict, string or sequence too), as its model."""
    try:
        return _parse_network_policy(value, True)
    except (TypeError, ValueError) as exc:
        raise InvalidPayloadError.wrap(exc, "network_policy") from exc


def _parse_skills_item(data: Any, strict: bool) -> InlineSkillParam | SkillReferenceParam:
    if type(data) is dict:
        return SkillReferenceParam.from_dict(data, strict)
    if isinstance(data, (SkillReferenceParam, InlineSkillParam)):
        return data
    if isinstance(data, Mapping):
        return _parse_skills_item(dict(data), strict)
    raise TypeError(f"expected object, got {type(data).__name__}")


def _dump_skills_item(value: Any) -> Any:
    if isinstance(value, (SkillReferenceParam, InlineSkillParam)):
        return value.to_dict()
    return value


def _parse_skills(data: Any, strict: bool) -> list[InlineSkillParam | SkillReferenceParam] | Unset:
    if data is UNSET:
        return Unset.UNSET
    listed = data if type(data) is list else as_list(data)
    items: list[InlineSkillParam | SkillReferenceParam] = []
    try:
        for item in listed:
            items.append(_parse_skills_item(item, strict))
    except (TypeError, ValueError) as exc:
        raise InvalidPayloadError.wrap(exc, f"[{len(items)}]") from exc
    return items


def _dump_skills(value: Any) -> Any:
    return [_dump_skills_item(item) for item in value]


def _convert_skills(
    value: Sequence[SkillReferenceParam | SkillReferenceParamParam | InlineSkillParam | InlineSkillParamParam] | Unset,
) -> list[InlineSkillParam | SkillReferenceParam] | Unset:
    """`skills` as given to the constructor (a dict, string or sequence too), as its model."""
    try:
        return _parse_skills(value, True)
    except (TypeError, ValueError) as exc:
        raise InvalidPayloadError.wrap(exc, "skills") from exc


_FIELD_SPECS = (
    FieldSpec("type", "type_", (str,), required=True, read=_parse_type_),
    FieldSpec("file_ids", "file_ids", (list,), items=(str,), read=_parse_file_ids, dump=_dump_file_ids),
    FieldSpec("memory_limit", "memory_limit", (str,), nullable=True, read=_parse_memory_limit, dump=_dump_memory_limit),
    FieldSpec("network_policy", "network_policy", (dict,), read=_parse_network_policy, dump=_dump_network_policy),
    FieldSpec("skills", "skills", (list,), read=_parse_skills, dump=_dump_skills),
)
_KNOWN = frozenset({"type", "file_ids", "memory_limit", "network_policy", "skills"})
_new = object.__new__


@_attrs_define(eq=False, repr=False, getstate_setstate=False, on_setattr=_attrs_setters.NO_OP)
class ContainerAutoParam(ExtraFields[Any]):
    """ContainerAutoParam

    Attributes:
        type_ (ContainerAutoParamType):  Default: ContainerAutoParamType.CONTAINER_AUTO.
        file_ids (list[str] | Unset):
        memory_limit (ContainerMemoryLimit | None | Unset):
        network_policy (ContainerNetworkPolicyAllowlistParam | ContainerNetworkPolicyDisabledParam | Unset):
        skills (list[InlineSkillParam | SkillReferenceParam] | Unset):
    """

    _FIELDS: ClassVar[tuple[FieldSpec, ...]] = _FIELD_SPECS
    type_: ContainerAutoParamType = _attrs_field(converter=_convert_type_)
    file_ids: list[str] | Unset = _attrs_field(default=UNSET, converter=_convert_file_ids)
    memory_limit: ContainerMemoryLimit | None | Unset = _attrs_field(default=UNSET, converter=_convert_memory_limit)
    network_policy: ContainerNetworkPolicyAllowlistParam | ContainerNetworkPolicyDisabledParam | Unset = _attrs_field(
        default=UNSET, converter=_convert_network_policy
    )
    skills: list[InlineSkillParam | SkillReferenceParam] | Unset = _attrs_field(
        default=UNSET, converter=_convert_skills
    )
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON; a dict, string or sequence given for a field is read into its model first."""
        at = ""
        try:
            field_dict: dict[str, Any] = dict(self.additional_properties)
            field_dict["type"] = self.type_
            at = "file_ids"
            if (file_ids := self.file_ids) is not UNSET:
                field_dict["file_ids"] = as_request_json(file_ids, _parse_file_ids)
            at = "memory_limit"
            if (memory_limit := self.memory_limit) is not UNSET:
                field_dict["memory_limit"] = as_request_json(memory_limit, _parse_memory_limit)
            at = "network_policy"
            if (network_policy := self.network_policy) is not UNSET:
                field_dict["network_policy"] = as_request_json(network_policy, _parse_network_policy)
            at = "skills"
            if (skills := self.skills) is not UNSET:
                field_dict["skills"] = as_request_json(skills, _parse_skills)
        except AttributeError:
            field_dict = dump_sent(self, self.additional_properties)
        except (TypeError, ValueError) as exc:
            raise InvalidPayloadError.wrap(exc, at) from exc
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any], strict: bool = False) -> Self:
        """Read a ContainerAutoParam from decoded JSON.

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
            at = "file_ids"
            obj.file_ids = _parse_file_ids(d.get("file_ids", UNSET), strict)
            at = "memory_limit"
            obj.memory_limit = _parse_memory_limit(d.get("memory_limit", UNSET), strict)
            at = "network_policy"
            obj.network_policy = _parse_network_policy(d.get("network_policy", UNSET), strict)
            at = "skills"
            obj.skills = _parse_skills(d.get("skills", UNSET), strict)
        except KeyError:  # a required field the server left out: the generic path keeps it absent
            return read_sent(cls, dict(d), strict, True)
        except (TypeError, ValueError) as exc:
            raise InvalidPayloadError.wrap(exc, at) from exc
        # The fields the spec does not name, kept as received; none (the common case) costs a count.
        present = (
            1
            + (obj.file_ids is not UNSET)
            + (obj.memory_limit is not UNSET)
            + (obj.network_policy is not UNSET)
            + (obj.skills is not UNSET)
        )
        obj.additional_properties = {} if len(d) == present else {k: v for k, v in d.items() if k not in _KNOWN}
        return obj


class ContainerAutoParamParam(TypedDict, total=False):
    """The dict form of ContainerAutoParam: what a request takes in its place (checked before sending)."""

    type: Required[ContainerAutoParamType | ContainerAutoParamTypeLiteral]
    file_ids: Sequence[str]
    memory_limit: ContainerMemoryLimit | ContainerMemoryLimitLiteral | None
    network_policy: (
        ContainerNetworkPolicyDisabledParam
        | ContainerNetworkPolicyDisabledParamParam
        | ContainerNetworkPolicyAllowlistParam
        | ContainerNetworkPolicyAllowlistParamParam
    )
    skills: Sequence[SkillReferenceParam | SkillReferenceParamParam | InlineSkillParam | InlineSkillParamParam]


from ..models.container_network_policy_allowlist_param import ContainerNetworkPolicyAllowlistParam
from ..models.container_network_policy_disabled_param import ContainerNetworkPolicyDisabledParam
from ..models.inline_skill_param import InlineSkillParam
from ..models.skill_reference_param import SkillReferenceParam
