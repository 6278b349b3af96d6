from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Required, Self, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _attrs_setters

from .._model import (
    ExtraFields,
    FieldSpec,
    as_object,
    as_request_json,
    check_strict,
    dump_sent,
    read_sent,
)
from ..errors import InvalidPayloadError
from ..models.inline_skill_param_type import InlineSkillParamType

if TYPE_CHECKING:
    from ..models.inline_skill_param_type import InlineSkillParamTypeLiteral
    from ..models.inline_skill_source_param import InlineSkillSourceParamParam


def _parse_type_(data: Any, strict: bool) -> InlineSkillParamType:
    return InlineSkillParamType.known(data) or InlineSkillParamType.from_value(data)


def _convert_type_(value: InlineSkillParamType | InlineSkillParamTypeLiteral) -> InlineSkillParamType:
    """`type` as given to the constructor (a dict, string or sequence too), as its model."""
    try:
        return _parse_type_(value, True)
    except (TypeError, ValueError) as exc:
        raise InvalidPayloadError.wrap(exc, "type") from exc


def _parse_source(data: Any, strict: bool) -> InlineSkillSourceParam:
    if type(data) is dict or not isinstance(data, InlineSkillSourceParam):
        return InlineSkillSourceParam.from_dict(data, strict)
    return data


def _dump_source(value: Any) -> Any:
    return value.to_dict()


def _convert_source(value: InlineSkillSourceParam | InlineSkillSourceParamParam) -> InlineSkillSourceParam:
    """`source` as given to the constructor (a dict, string or sequence too), as its model."""
    try:
        return _parse_source(value, True)
    except (TypeError, ValueError) as exc:
        raise InvalidPayloadError.wrap(exc, "source") from exc


_FIELD_SPECS = (
    FieldSpec("type", "type_", (str,), required=True, read=_parse_type_),
    FieldSpec("name", "name", (str,), required=True),
    FieldSpec("description", "description", (str,), required=True),
    FieldSpec("source", "source", (dict,), required=True, read=_parse_source, dump=_dump_source),
)
_KNOWN = frozenset({"type", "name", "description", "source"})
_new = object.__new__


@_attrs_define(eq=False, repr=False, getstate_setstate=False, on_setattr=_attrs_setters.NO_OP)
class InlineSkillParam(ExtraFields[Any]):
    """InlineSkillParam

    Attributes:
        type_ (InlineSkillParamType):  Default: InlineSkillParamType.INLINE.
        name (str):
        description (str):
        source (InlineSkillSourceParam):
    """

    _FIELDS: ClassVar[tuple[FieldSpec, ...]] = _FIELD_SPECS
    type_: InlineSkillParamType = _attrs_field(converter=_convert_type_)
    name: str
    description: str
    source: InlineSkillSourceParam = _attrs_field(converter=_convert_source)
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON; a dict, string or sequence given for a field is read into its model first."""
        at = ""
        try:
            field_dict: dict[str, Any] = dict(self.additional_properties)
            field_dict["type"] = self.type_
            field_dict["name"] = self.name
            field_dict["description"] = self.description
            at = "source"
            field_dict["source"] = as_request_json(self.source, _parse_source)
        except AttributeError:
            field_dict = dump_sent(self, self.additional_properties)
        except (TypeError, ValueError) as exc:
            raise InvalidPayloadError.wrap(exc, at) from exc
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any], strict: bool = False) -> Self:
        """Read a InlineSkillParam from decoded JSON.

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
            obj.name = d["name"]
            obj.description = d["description"]
            at = "source"
            obj.source = _parse_source(d["source"], strict)
        except KeyError:  # a required field the server left out: the generic path keeps it absent
            return read_sent(cls, dict(d), strict, True)
        except (TypeError, ValueError) as exc:
            raise InvalidPayloadError.wrap(exc, at) from exc
        # The fields the spec does not name, kept as received; none (the common case) costs a count.
        present = 4
        obj.additional_properties = {} if len(d) == present else {k: v for k, v in d.items() if k not in _KNOWN}
        return obj


class InlineSkillParamParam(TypedDict, total=False):
    """The dict form of InlineSkillParam: what a request takes in its place (checked before sending)."""

    type: Required[InlineSkillParamType | InlineSkillParamTypeLiteral]
    name: Required[str]
    description: Required[str]
    source: Required[InlineSkillSourceParam | InlineSkillSourceParamParam]


from ..models.inline_skill_source_param import InlineSkillSourceParam
