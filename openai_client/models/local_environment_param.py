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
from ..models.local_environment_param_type import LocalEnvironmentParamType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.local_environment_param_type import LocalEnvironmentParamTypeLiteral
    from ..models.local_skill_param import LocalSkillParamParam


def _parse_type_(data: Any, strict: bool) -> LocalEnvironmentParamType:
    return LocalEnvironmentParamType.known(data) or LocalEnvironmentParamType.from_value(data)


def _convert_type_(value: LocalEnvironmentParamType | LocalEnvironmentParamTypeLiteral) -> LocalEnvironmentParamType:
    """`type` as given to the constructor (a dict, string or sequence too), as its model."""
    try:
        return _parse_type_(value, True)
    except (TypeError, ValueError) as exc:
        raise InvalidPayloadError.wrap(exc, "type") from exc


def _parse_skills(data: Any, strict: bool) -> list[LocalSkillParam] | Unset:
    if data is UNSET:
        return Unset.UNSET
    listed = data if type(data) is list else as_list(data)
    items: list[LocalSkillParam] = []
    try:
        for item in listed:
            items.append(item if isinstance(item, LocalSkillParam) else LocalSkillParam.from_dict(item, strict))
    except (TypeError, ValueError) as exc:
        raise InvalidPayloadError.wrap(exc, f"[{len(items)}]") from exc
    return items


def _dump_skills(value: Any) -> Any:
    return [item.to_dict() for item in value]


def _convert_skills(value: Sequence[LocalSkillParam | LocalSkillParamParam] | Unset) -> list[LocalSkillParam] | Unset:
    """`skills` as given to the constructor (a dict, string or sequence too), as its model."""
    try:
        return _parse_skills(value, True)
    except (TypeError, ValueError) as exc:
        raise InvalidPayloadError.wrap(exc, "skills") from exc


_FIELD_SPECS = (
    FieldSpec("type", "type_", (str,), required=True, read=_parse_type_),
    FieldSpec("skills", "skills", (list,), read=_parse_skills, dump=_dump_skills),
)
_KNOWN = frozenset({"type", "skills"})
_new = object.__new__


@_attrs_define(eq=False, repr=False, getstate_setstate=False, on_setattr=_attrs_setters.NO_OP)
class LocalEnvironmentParam(ExtraFields[Any]):
    """LocalEnvironmentParam

    Attributes:
        type_ (LocalEnvironmentParamType):  Default: LocalEnvironmentParamType.LOCAL.
        skills (list[LocalSkillParam] | Unset):
    """

    _FIELDS: ClassVar[tuple[FieldSpec, ...]] = _FIELD_SPECS
    type_: LocalEnvironmentParamType = _attrs_field(converter=_convert_type_)
    skills: list[LocalSkillParam] | Unset = _attrs_field(default=UNSET, converter=_convert_skills)
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON; a dict, string or sequence given for a field is read into its model first."""
        at = ""
        try:
            field_dict: dict[str, Any] = dict(self.additional_properties)
            field_dict["type"] = self.type_
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
        """Read a LocalEnvironmentParam from decoded JSON.

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
            at = "skills"
            obj.skills = _parse_skills(d.get("skills", UNSET), strict)
        except KeyError:  # a required field the server left out: the generic path keeps it absent
            return read_sent(cls, dict(d), strict, True)
        except (TypeError, ValueError) as exc:
            raise InvalidPayloadError.wrap(exc, at) from exc
        # The fields the spec does not name, kept as received; none (the common case) costs a count.
        present = 1 + (obj.skills is not UNSET)
        obj.additional_properties = {} if len(d) == present else {k: v for k, v in d.items() if k not in _KNOWN}
        return obj


class LocalEnvironmentParamParam(TypedDict, total=False):
    """The dict form of LocalEnvironmentParam: what a request takes in its place (checked before sending)."""

    type: Required[LocalEnvironmentParamType | LocalEnvironmentParamTypeLiteral]
    skills: Sequence[LocalSkillParam | LocalSkillParamParam]


from ..models.local_skill_param import LocalSkillParam
