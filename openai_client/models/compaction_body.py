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
from ..types import UNSET, Unset


@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class CompactionBody(ExtraFields["Any"]):
    """CompactionBody

    Attributes:
        type (Literal['compaction'])
        id (str)
        encrypted_content (str)
        created_by (str | Unset)
    """

    id: str
    encrypted_content: str
    type: Literal["compaction"] = "compaction"
    created_by: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    type_ = DeprecatedAlias[Literal["compaction"]]("type")


table_of(
    CompactionBody,
    field("type", const("compaction"), required=True),
    field("id", STRING, required=True),
    field("encrypted_content", STRING, required=True),
    field("created_by", STRING),
    extra=ANY,
)
