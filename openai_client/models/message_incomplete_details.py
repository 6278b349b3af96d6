from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._fields import (  # the combinators a table is built from (the formatter drops those unused)
    ANY,
    enum_of,
    field,
    table_of,
)
from .._model import ExtraFields
from ..models.message_incomplete_reason import MessageIncompleteReason


@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class MessageIncompleteDetails(ExtraFields["Any"]):
    """Why the message ended `incomplete`.

    Attributes:
        reason (MessageIncompleteReason): Why a message was cut short.
    """

    reason: MessageIncompleteReason
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


table_of(
    MessageIncompleteDetails,
    field("reason", enum_of(MessageIncompleteReason), required=True),
    extra=ANY,
)
