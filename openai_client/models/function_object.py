from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._payload import ExtraFields, FieldSpec, as_object, check_strict, drop_absent_nulls
from ..errors import InvalidPayloadError
from ..types import UNSET, Unset

_FIELDS = (
    FieldSpec("name", (str,), required=True),
    FieldSpec("description", (str,)),
    FieldSpec("parameters", (dict,)),
    FieldSpec("strict", (bool,), nullable=True),
)


def _parse_parameters(data: Any, strict: bool) -> FunctionParameters | Unset:
    if isinstance(data, Unset):
        return data
    return FunctionParameters.from_dict(data, strict)


@_attrs_define
class FunctionObject(ExtraFields[Any]):
    """A function the model may call.

    Attributes:
        name (str): Function name (letters, digits, `_` and `-`; at most 64).
        description (str | Unset): What the function does, for the model.
        parameters (FunctionParameters | Unset): The function's arguments as a JSON Schema object.
        strict (bool | None | Unset): Whether the model must follow `parameters` exactly.
    """

    name: str
    description: str | Unset = UNSET
    parameters: FunctionParameters | Unset = UNSET
    strict: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _absent: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON-ready data: what was read, written back unchanged."""
        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "name": self.name,
        }
        if not isinstance(description := self.description, Unset):
            field_dict["description"] = description
        if not isinstance(parameters := self.parameters, Unset):
            field_dict["parameters"] = parameters.to_dict()
        if not isinstance(strict := self.strict, Unset):
            field_dict["strict"] = strict
        if self._absent:
            drop_absent_nulls(field_dict, self._absent)
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any], strict: bool = False) -> Self:
        """Read a FunctionObject from decoded JSON.

        With `strict`, a value of the wrong JSON type, a null where none is allowed, or a
        missing required field raises, at any depth; without it, only what cannot be read.

        Raises:
            InvalidPayloadError: `src_dict` is not an object of this shape; its `path` names
                the field at fault.
        """
        d = src_dict.copy() if type(src_dict) is dict else as_object(src_dict)
        if strict:
            check_strict(d, _FIELDS, None)
        at = ""
        try:
            v_name = d.pop("name")
            v_description = d.pop("description", UNSET)
            at = "parameters"
            v_parameters = _parse_parameters(d.pop("parameters", UNSET), strict)
            v_strict = d.pop("strict", UNSET)
        except KeyError as exc:
            raise InvalidPayloadError("required field is missing", str(exc.args[0])) from None
        except (TypeError, ValueError) as exc:
            raise InvalidPayloadError.wrap(exc, at) from exc
        obj = cls(
            name=v_name,
            description=v_description,
            parameters=v_parameters,
            strict=v_strict,
        )
        obj.additional_properties = d
        return obj


from ..models.function_parameters import FunctionParameters
