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
from .._model import DeprecatedAlias, ExtraFields


@_attrs_define(eq=False, repr=False, getstate_setstate=False, on_setattr=_attrs_setters.NO_OP)
class AssistantToolsCode(ExtraFields["Any"]):
    """The code interpreter tool.

    Attributes:
        type (Literal['code_interpreter']): Always `code_interpreter`.
    """

    type: Literal["code_interpreter"] = "code_interpreter"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    type_ = DeprecatedAlias[Literal["code_interpreter"]]("type")


class AssistantToolsCodeParam(TypedDict, total=False):
    """The dict form of AssistantToolsCode: what a request takes in its place (checked before sending)."""

    type: Required[Literal["code_interpreter"]]


table_of(
    AssistantToolsCode,
    field("type", const("code_interpreter"), required=True),
    extra=ANY,
)
