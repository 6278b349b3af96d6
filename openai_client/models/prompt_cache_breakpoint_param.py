from __future__ import annotations

from typing import Any, Literal, Required, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _attrs_setters

from .._fields import (  # the combinators a table is built from (the formatter drops those unused)
    ANY,
    const,
    field,
    table_of,
)
from .._model import ExtraFields


@_attrs_define(eq=False, repr=False, getstate_setstate=False, on_setattr=_attrs_setters.NO_OP)
class PromptCacheBreakpointParam(ExtraFields["Any"]):
    """PromptCacheBreakpointParam

    Attributes:
        mode (Literal['explicit'])
    """

    mode: Literal["explicit"] = "explicit"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


class PromptCacheBreakpointParamParam(TypedDict, total=False):
    """The dict form of PromptCacheBreakpointParam: what a request takes in its place (checked before sending)."""

    mode: Required[Literal["explicit"]]


table_of(
    PromptCacheBreakpointParam,
    field("mode", const("explicit"), required=True),
    extra=ANY,
)
