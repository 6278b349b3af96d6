from __future__ import annotations

from typing import TYPE_CHECKING, Any, Required, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _attrs_setters

from .._fields import (  # the combinators a table is built from (the formatter drops those unused)
    ANY,
    enum_of,
    field,
    model_of,
    table_of,
)
from .._model import DeprecatedAlias, ExtraFields
from ..models.assistants_named_tool_choice_type import AssistantsNamedToolChoiceType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.assistants_named_tool_choice_function import AssistantsNamedToolChoiceFunctionParam
    from ..models.assistants_named_tool_choice_type import AssistantsNamedToolChoiceTypeLiteral


def _convert_type_(
    value: AssistantsNamedToolChoiceType | AssistantsNamedToolChoiceTypeLiteral,
) -> AssistantsNamedToolChoiceType:
    return AssistantsNamedToolChoice.__table__.convert("type", value)  # type: ignore[no-any-return]


def _convert_function(
    value: AssistantsNamedToolChoiceFunction | AssistantsNamedToolChoiceFunctionParam | Unset,
) -> AssistantsNamedToolChoiceFunction | Unset:
    return AssistantsNamedToolChoice.__table__.convert("function", value)  # type: ignore[no-any-return]


@_attrs_define(eq=False, repr=False, getstate_setstate=False, on_setattr=_attrs_setters.NO_OP)
class AssistantsNamedToolChoice(ExtraFields["Any"]):
    """A specific tool the model must call.

    Attributes:
        type (AssistantsNamedToolChoiceType): Kind of the tool to call.
        function (AssistantsNamedToolChoiceFunction | Unset): The function to call.
    """

    type: AssistantsNamedToolChoiceType = _attrs_field(converter=_convert_type_)
    function: AssistantsNamedToolChoiceFunction | Unset = _attrs_field(default=UNSET, converter=_convert_function)
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    type_ = DeprecatedAlias[AssistantsNamedToolChoiceType]("type")


class AssistantsNamedToolChoiceParam(TypedDict, total=False):
    """The dict form of AssistantsNamedToolChoice: what a request takes in its place (checked before sending)."""

    type: Required[AssistantsNamedToolChoiceType | AssistantsNamedToolChoiceTypeLiteral]
    function: AssistantsNamedToolChoiceFunction | AssistantsNamedToolChoiceFunctionParam


from ..models.assistants_named_tool_choice_function import AssistantsNamedToolChoiceFunction

table_of(
    AssistantsNamedToolChoice,
    field("type", enum_of(AssistantsNamedToolChoiceType), required=True),
    field("function", model_of(AssistantsNamedToolChoiceFunction)),
    extra=ANY,
)
