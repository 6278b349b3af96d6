from __future__ import annotations

from typing import Any, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._fields import (  # the combinators a table is built from (the formatter drops those unused)
    ANY,
    STRING,
    const,
    field,
    model_of,
    table_of,
)
from .._model import DeprecatedAlias, ExtraFields


@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class RunToolCallObject(ExtraFields["Any"]):
    """One function call the run asks the caller to make.

    Attributes:
        id (str): Call ID; send it back as `tool_call_id` with the output.
        type (Literal['function']): Always `function`.
        function (RunToolCallFunction): The function to call and its arguments.
    """

    id: str
    function: RunToolCallFunction
    type: Literal["function"] = "function"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    type_ = DeprecatedAlias[Literal["function"]]("type")


from ..models.run_tool_call_function import RunToolCallFunction

table_of(
    RunToolCallObject,
    field("id", STRING, required=True),
    field("type", const("function"), required=True),
    field("function", model_of(RunToolCallFunction), required=True),
    extra=ANY,
)
