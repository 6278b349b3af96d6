from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._payload import ExtraFields, FieldSpec, as_object, check_strict, drop_absent_nulls
from ..errors import InvalidPayloadError
from ..types import UNSET, Unset

_FIELDS = (
    FieldSpec("index", (int,), required=True),
    FieldSpec("type", (str,), required=True, const="function"),
    FieldSpec("id", (str,)),
    FieldSpec("function", (dict,)),
)


def _parse_function(data: Any, strict: bool) -> RunStepDeltaStepDetailsToolCallsFunction | Unset:
    if isinstance(data, Unset):
        return data
    return RunStepDeltaStepDetailsToolCallsFunction.from_dict(data, strict)


@_attrs_define
class RunStepDeltaStepDetailsToolCallsFunctionObject(ExtraFields[Any]):
    """More of a function call: its arguments as they are written, and later its output.

    Attributes:
        index (int): Which part (or tool call) this changes, counted from 0.
        type_ (Literal['function']): Always `function`.
        id (str | Unset): The identifier.
        function (RunStepDeltaStepDetailsToolCallsFunction | Unset): The function's name, arguments so far, and output.
    """

    index: int
    type_: Literal["function"] = "function"
    id: str | Unset = UNSET
    function: RunStepDeltaStepDetailsToolCallsFunction | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _absent: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON-ready data: what was read, written back unchanged."""
        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "index": self.index,
            "type": self.type_,
        }
        if not isinstance(id := self.id, Unset):
            field_dict["id"] = id
        if not isinstance(function := self.function, Unset):
            field_dict["function"] = function.to_dict()
        if self._absent:
            drop_absent_nulls(field_dict, self._absent)
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any], strict: bool = False) -> Self:
        """Read a RunStepDeltaStepDetailsToolCallsFunctionObject from decoded JSON.

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
            v_index = d.pop("index")
            v_type_ = d.pop("type")
            v_id = d.pop("id", UNSET)
            at = "function"
            v_function = _parse_function(d.pop("function", UNSET), strict)
        except KeyError as exc:
            raise InvalidPayloadError("required field is missing", str(exc.args[0])) from None
        except (TypeError, ValueError) as exc:
            raise InvalidPayloadError.wrap(exc, at) from exc
        obj = cls(
            index=v_index,
            type_=v_type_,
            id=v_id,
            function=v_function,
        )
        obj.additional_properties = d
        return obj


from ..models.run_step_delta_step_details_tool_calls_function import RunStepDeltaStepDetailsToolCallsFunction
