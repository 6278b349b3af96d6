from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._payload import ExtraFields, FieldSpec, as_object, check_strict, drop_absent_nulls
from ..errors import InvalidPayloadError
from ..models.assistants_named_tool_choice_type import AssistantsNamedToolChoiceType
from ..types import UNSET, Unset

_FIELDS = (
    FieldSpec("type", (str,), required=True),
    FieldSpec("function", (dict,)),
)


def _parse_function(data: Any, strict: bool) -> AssistantsNamedToolChoiceFunction | Unset:
    if isinstance(data, Unset):
        return data
    return AssistantsNamedToolChoiceFunction.from_dict(data, strict)


@_attrs_define
class AssistantsNamedToolChoice(ExtraFields[Any]):
    """A specific tool the model must call.

    Attributes:
        type_ (AssistantsNamedToolChoiceType): Kind of the tool to call.
        function (AssistantsNamedToolChoiceFunction | Unset): The function to call.
    """

    type_: AssistantsNamedToolChoiceType
    function: AssistantsNamedToolChoiceFunction | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _absent: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON-ready data: what was read, written back unchanged."""
        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "type": self.type_.value,
        }
        if not isinstance(function := self.function, Unset):
            field_dict["function"] = function.to_dict()
        if self._absent:
            drop_absent_nulls(field_dict, self._absent)
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any], strict: bool = False) -> Self:
        """Read a AssistantsNamedToolChoice from decoded JSON.

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
            at = "type"
            v_type_ = AssistantsNamedToolChoiceType.from_value(d.pop("type"))
            at = "function"
            v_function = _parse_function(d.pop("function", UNSET), strict)
        except KeyError as exc:
            raise InvalidPayloadError("required field is missing", str(exc.args[0])) from None
        except (TypeError, ValueError) as exc:
            raise InvalidPayloadError.wrap(exc, at) from exc
        obj = cls(
            type_=v_type_,
            function=v_function,
        )
        obj.additional_properties = d
        return obj


from ..models.assistants_named_tool_choice_function import AssistantsNamedToolChoiceFunction
