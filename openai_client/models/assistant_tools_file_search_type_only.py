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
class AssistantToolsFileSearchTypeOnly(ExtraFields["Any"]):
    """The file search tool, without settings.

    Attributes:
        type (Literal['file_search']): Always `file_search`.
    """

    type: Literal["file_search"] = "file_search"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    type_ = DeprecatedAlias[Literal["file_search"]]("type")


class AssistantToolsFileSearchTypeOnlyParam(TypedDict, total=False):
    """The dict form of AssistantToolsFileSearchTypeOnly: what a request takes in its place (checked before sending)."""

    type: Required[Literal["file_search"]]


table_of(
    AssistantToolsFileSearchTypeOnly,
    field("type", const("file_search"), required=True),
    extra=ANY,
)
