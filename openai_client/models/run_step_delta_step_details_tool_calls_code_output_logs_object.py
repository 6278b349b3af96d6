from __future__ import annotations

from typing import Any, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._fields import (  # the combinators a table is built from (the formatter drops those unused)
    ANY,
    INTEGER,
    STRING,
    const,
    field,
    table_of,
)
from .._model import DeprecatedAlias, ExtraFields
from ..types import UNSET, Unset


@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class RunStepDeltaStepDetailsToolCallsCodeOutputLogsObject(ExtraFields["Any"]):
    """Text the code printed.

    Attributes:
        index (int): Which part (or tool call) this changes, counted from 0.
        type (Literal['logs']): Always `logs`.
        logs (str | Unset): The printed text.
    """

    index: int
    type: Literal["logs"] = "logs"
    logs: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    type_ = DeprecatedAlias[Literal["logs"]]("type")


table_of(
    RunStepDeltaStepDetailsToolCallsCodeOutputLogsObject,
    field("index", INTEGER, required=True),
    field("type", const("logs"), required=True),
    field("logs", STRING),
    extra=ANY,
)
