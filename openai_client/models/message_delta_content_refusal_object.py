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
class MessageDeltaContentRefusalObject(ExtraFields["Any"]):
    """More of a refusal, while it is written.

    Attributes:
        index (int): Which part (or tool call) this changes, counted from 0.
        type (Literal['refusal']): Always `refusal`.
        refusal (str | Unset): The model's explanation of why it does not answer.
    """

    index: int
    type: Literal["refusal"] = "refusal"
    refusal: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    type_ = DeprecatedAlias[Literal["refusal"]]("type")


table_of(
    MessageDeltaContentRefusalObject,
    field("index", INTEGER, required=True),
    field("type", const("refusal"), required=True),
    field("refusal", STRING),
    extra=ANY,
)
