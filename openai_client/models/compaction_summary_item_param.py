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
from ..types import UNSET, Unset


@_attrs_define(eq=False, repr=False, getstate_setstate=False, on_setattr=_attrs_setters.NO_OP)
class CompactionSummaryItemParam(ExtraFields["Any"]):
    """CompactionSummaryItemParam

    Attributes:
        type (Literal['compaction'])
        encrypted_content (str)
        id (None | str | Unset)
    """

    encrypted_content: str
    type: Literal["compaction"] = "compaction"
    id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    type_ = DeprecatedAlias[Literal["compaction"]]("type")


class CompactionSummaryItemParamParam(TypedDict, total=False):
    """The dict form of CompactionSummaryItemParam: what a request takes in its place (checked before sending)."""

    type: Required[Literal["compaction"]]
    encrypted_content: Required[str]
    id: str | None


table_of(
    CompactionSummaryItemParam,
    field("type", const("compaction"), required=True),
    field("encrypted_content", STRING, required=True),
    field("id", STRING, nullable=True),
    extra=ANY,
)
