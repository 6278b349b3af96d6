from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._payload import ExtraFields, FieldSpec, as_object, check_strict, drop_absent_nulls
from ..errors import InvalidPayloadError

_FIELDS = (
    FieldSpec("id", (str,), required=True),
    FieldSpec("type", (str,), required=True, const="function"),
    FieldSpec("function", (dict,), required=True),
)


@_attrs_define
class RunToolCallObject(ExtraFields[Any]):
    """One function call the run asks the caller to make.

    Attributes:
        id (str): Call ID; send it back as `tool_call_id` with the output.
        type_ (Literal['function']): Always `function`.
        function (RunToolCallFunction): The function to call and its arguments.
    """

    id: str
    function: RunToolCallFunction
    type_: Literal["function"] = "function"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _absent: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON-ready data: what was read, written back unchanged."""
        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "id": self.id,
            "type": self.type_,
            "function": self.function.to_dict(),
        }
        if self._absent:
            drop_absent_nulls(field_dict, self._absent)
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any], strict: bool = False) -> Self:
        """Read a RunToolCallObject from decoded JSON.

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
            v_id = d.pop("id")
            v_type_ = d.pop("type")
            at = "function"
            v_function = RunToolCallFunction.from_dict(d.pop("function"), strict)
        except KeyError as exc:
            raise InvalidPayloadError("required field is missing", str(exc.args[0])) from None
        except (TypeError, ValueError) as exc:
            raise InvalidPayloadError.wrap(exc, at) from exc
        obj = cls(
            id=v_id,
            type_=v_type_,
            function=v_function,
        )
        obj.additional_properties = d
        return obj


from ..models.run_tool_call_function import RunToolCallFunction
