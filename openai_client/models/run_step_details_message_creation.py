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
from .._model import ExtraFields


@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class RunStepDetailsMessageCreation(ExtraFields["Any"]):
    """The message that was created.

    Attributes:
        message_id (str): Message ID.
    """

    message_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


table_of(
    RunStepDetailsMessageCreation,
    field("message_id", STRING, required=True),
    extra=ANY,
)
