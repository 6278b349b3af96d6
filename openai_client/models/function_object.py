from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Required, Self, TypedDict

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
from ..types import UNSET, Unset


def _parse_parameters(data: Any, strict: bool) -> FunctionParameters | Unset:
    if data is UNSET:
        return Unset.UNSET
    if type(data) is dict or not isinstance(data, FunctionParameters):
        return FunctionParameters.from_dict(data, strict)
    return data


def _dump_parameters(value: Any) -> Any:
    return value.to_dict()


def _convert_parameters(value: FunctionParameters | Mapping[str, Any] | Unset) -> FunctionParameters | Unset:
    """`parameters` as given to the constructor (a dict, string or sequence too), as its model."""
    try:
        return _parse_parameters(value, True)
    except (TypeError, ValueError) as exc:
        raise InvalidPayloadError.wrap(exc, "parameters") from exc


_FIELD_SPECS = (
    FieldSpec("name", "name", (str,), required=True),
    FieldSpec("description", "description", (str,)),
    FieldSpec("parameters", "parameters", (dict,), read=_parse_parameters, dump=_dump_parameters),
    FieldSpec("strict", "strict", (bool,), nullable=True),
)
_KNOWN = frozenset({"name", "description", "parameters", "strict"})
_new = object.__new__


@_attrs_define(eq=False, repr=False, getstate_setstate=False, on_setattr=_attrs_setters.NO_OP)
class FunctionObject(ExtraFields[Any]):
    """A function the model may call.

    Attributes:
        name (str): Function name (letters, digits, `_` and `-`; at most 64).
        description (str | Unset): What the function does, for the model.
        parameters (FunctionParameters | Unset): The function's arguments as a JSON Schema object.
        strict (bool | None | Unset): Whether the model must follow `parameters` exactly.
    """

    _FIELDS: ClassVar[tuple[FieldSpec, ...]] = _FIELD_SPECS
    name: str
    description: str | Unset = UNSET
    parameters: FunctionParameters | Unset = _attrs_field(default=UNSET, converter=_convert_parameters)
    strict: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON; a dict, string or sequence given for a field is read into its model first."""
        at = ""
        try:
            field_dict: dict[str, Any] = dict(self.additional_properties)
            field_dict["name"] = self.name
            if (description := self.description) is not UNSET:
                field_dict["description"] = description
            at = "parameters"
            if (parameters := self.parameters) is not UNSET:
                field_dict["parameters"] = as_request_json(parameters, _parse_parameters)
            if (strict := self.strict) is not UNSET:
                field_dict["strict"] = strict
        except AttributeError:
            field_dict = dump_sent(self, self.additional_properties)
        except (TypeError, ValueError) as exc:
            raise InvalidPayloadError.wrap(exc, at) from exc
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any], strict: bool = False) -> Self:
        """Read a FunctionObject from decoded JSON.

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
            obj.name = d["name"]
            obj.description = d.get("description", UNSET)
            at = "parameters"
            obj.parameters = _parse_parameters(d.get("parameters", UNSET), strict)
            obj.strict = d.get("strict", UNSET)
        except KeyError:  # a required field the server left out: the generic path keeps it absent
            return read_sent(cls, dict(d), strict, True)
        except (TypeError, ValueError) as exc:
            raise InvalidPayloadError.wrap(exc, at) from exc
        # The fields the spec does not name, kept as received; none (the common case) costs a count.
        present = 1 + (obj.description is not UNSET) + (obj.parameters is not UNSET) + (obj.strict is not UNSET)
        obj.additional_properties = {} if len(d) == present else {k: v for k, v in d.items() if k not in _KNOWN}
        return obj


class FunctionObjectParam(TypedDict, total=False):
    """The dict form of FunctionObject: what a request takes in its place (checked before sending)."""

    name: Required[str]
    description: str
    parameters: FunctionParameters | Mapping[str, Any]
    strict: bool | None


from ..models.function_parameters import FunctionParameters
