from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._fields import (  # the combinators a table is built from (the formatter drops those unused)
    ANY,
    STRING,
    field,
    table_of,
)
from .._model import DeprecatedAlias, ExtraFields
from ..types import UNSET, Unset


@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class RunStepActivityFunctionArgument(ExtraFields["Any"]):
    """One argument of an MCP server's tool.

    Attributes:
        type (str): The argument's JSON type, such as `string` or `number`.
        description (str | Unset): What the argument is for.
    """

    type: str
    description: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    type_ = DeprecatedAlias[str]("type")


table_of(
    RunStepActivityFunctionArgument,
    field("type", STRING, required=True),
    field("description", STRING),
    extra=ANY,
)
