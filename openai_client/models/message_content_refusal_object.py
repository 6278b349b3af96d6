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
class MessageContentRefusalObject(ExtraFields["Any"]):
    """A part in which the model declines to answer.

    Attributes:
        type (Literal['refusal']): Always `refusal`.
        refusal (str): The model's explanation of why it does not answer.
    """

    refusal: str
    type: Literal["refusal"] = "refusal"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    type_ = DeprecatedAlias[Literal["refusal"]]("type")


table_of(
    MessageContentRefusalObject,
    field("type", const("refusal"), required=True),
    field("refusal", STRING, required=True),
    extra=ANY,
)
