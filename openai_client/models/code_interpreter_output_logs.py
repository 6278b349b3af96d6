from __future__ import annotations

from typing import Any, Literal, Required, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _attrs_setters

from .._fields import (  # the combinators a table is built from (the formatter drops those unused)
    ANY,
    STRING,
    const,
    field,
    table_of,
)
from .._model import DeprecatedAlias, ExtraFields


@_attrs_define(eq=False, repr=False, getstate_setstate=False, on_setattr=_attrs_setters.NO_OP)
class CodeInterpreterOutputLogs(ExtraFields["Any"]):
    """CodeInterpreterOutputLogs

    Attributes:
        type (Literal['logs'])
        logs (str)
    """

    logs: str
    type: Literal["logs"] = "logs"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    type_ = DeprecatedAlias[Literal["logs"]]("type")


class CodeInterpreterOutputLogsParam(TypedDict, total=False):
    """The dict form of CodeInterpreterOutputLogs: what a request takes in its place (checked before sending)."""

    type: Required[Literal["logs"]]
    logs: Required[str]


table_of(
    CodeInterpreterOutputLogs,
    field("type", const("logs"), required=True),
    field("logs", STRING, required=True),
    extra=ANY,
)
