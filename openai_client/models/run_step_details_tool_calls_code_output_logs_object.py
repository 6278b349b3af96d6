from __future__ import annotations

from typing import Any, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._fields import (  # the combinators a table is built from (the formatter drops those unused)
    ANY,
    STRING,
    const,
    field,
    table_of,
)
from .._model import DeprecatedAlias, ExtraFields


@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class RunStepDetailsToolCallsCodeOutputLogsObject(ExtraFields["Any"]):
    """Text the code printed.

    Attributes:
        type (Literal['logs']): Always `logs`.
        logs (str): The text.
    """

    logs: str
    type: Literal["logs"] = "logs"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    type_ = DeprecatedAlias[Literal["logs"]]("type")


table_of(
    RunStepDetailsToolCallsCodeOutputLogsObject,
    field("type", const("logs"), required=True),
    field("logs", STRING, required=True),
    extra=ANY,
)
