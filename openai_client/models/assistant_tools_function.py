from __future__ import annotations

from typing import TYPE_CHECKING, Any, Literal, Required, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _attrs_setters

from .._fields import (  # the combinators a table is built from (the formatter drops those unused)
    ANY,
    const,
    field,
    model_of,
    table_of,
)
from .._model import DeprecatedAlias, ExtraFields

if TYPE_CHECKING:
    from ..models.function_object import FunctionObjectParam


def _convert_function(value: FunctionObject | FunctionObjectParam) -> FunctionObject:
    return AssistantToolsFunction.__table__.convert("function", value)  # type: ignore[no-any-return]


@_attrs_define(eq=False, repr=False, getstate_setstate=False, on_setattr=_attrs_setters.NO_OP)
class AssistantToolsFunction(ExtraFields["Any"]):
    """A function tool.

    Attributes:
        type (Literal['function']): Always `function`.
        function (FunctionObject): A function the model may call.
    """

    function: FunctionObject = _attrs_field(converter=_convert_function)
    type: Literal["function"] = "function"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    type_ = DeprecatedAlias[Literal["function"]]("type")


class AssistantToolsFunctionParam(TypedDict, total=False):
    """The dict form of AssistantToolsFunction: what a request takes in its place (checked before sending)."""

    type: Required[Literal["function"]]
    function: Required[FunctionObject | FunctionObjectParam]


from ..models.function_object import FunctionObject

table_of(
    AssistantToolsFunction,
    field("type", const("function"), required=True),
    field("function", model_of(FunctionObject), required=True),
    extra=ANY,
)
