from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._payload import ExtraFields, FieldSpec, as_object, check_strict, drop_absent_nulls, missing_keys
from ..errors import InvalidPayloadError

_FIELDS = (
    FieldSpec("name", (str,), required=True),
    FieldSpec("arguments", (str,), required=True),
    FieldSpec("output", (str,), required=True, nullable=True),
)
_ABSENT_IF_NULL = frozenset({"output"})


@_attrs_define
class RunStepDetailsToolCallsFunction(ExtraFields[Any]):
    """The function called, its arguments and output.

    Attributes:
        name (str): Function name.
        arguments (str): Arguments, a JSON text.
        output (None | str): The output once submitted; `null` until then.
    """

    name: str
    arguments: str
    output: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _absent: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON-ready data: what was read, written back unchanged."""
        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "name": self.name,
            "arguments": self.arguments,
            "output": self.output,
        }
        if self._absent:
            drop_absent_nulls(field_dict, self._absent)
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any], strict: bool = False) -> Self:
        """Read a RunStepDetailsToolCallsFunction from decoded JSON.

        With `strict`, a value of the wrong JSON type, a null where none is allowed, or a
        missing required field raises, at any depth; without it, only what cannot be read.

        Raises:
            InvalidPayloadError: `src_dict` is not an object of this shape; its `path` names
                the field at fault.
        """
        d = src_dict.copy() if type(src_dict) is dict else as_object(src_dict)
        if strict:
            check_strict(d, _FIELDS, None)
        absent = () if d.keys() >= _ABSENT_IF_NULL else missing_keys(d, _ABSENT_IF_NULL)
        at = ""
        try:
            v_name = d.pop("name")
            v_arguments = d.pop("arguments")
            v_output = d.pop("output", None)
        except KeyError as exc:
            raise InvalidPayloadError("required field is missing", str(exc.args[0])) from None
        except (TypeError, ValueError) as exc:
            raise InvalidPayloadError.wrap(exc, at) from exc
        obj = cls(
            name=v_name,
            arguments=v_arguments,
            output=v_output,
        )
        obj.additional_properties = d
        if absent:
            obj._absent = absent
        return obj
