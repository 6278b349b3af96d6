from __future__ import annotations

from typing import Any, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._fields import (  # the combinators a table is built from (the formatter drops those unused)
    ANY,
    const,
    field,
    model_of,
    table_of,
)
from .._model import DeprecatedAlias, ExtraFields
from ..types import UNSET, Unset


@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class RunStepDeltaStepDetailsMessageCreationObject(ExtraFields["Any"]):
    """The message a message-creation step writes.

    Attributes:
        type (Literal['message_creation']): Always `message_creation`.
        message_creation (RunStepDeltaStepDetailsMessageCreation | Unset): Which message.
    """

    type: Literal["message_creation"] = "message_creation"
    message_creation: RunStepDeltaStepDetailsMessageCreation | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    type_ = DeprecatedAlias[Literal["message_creation"]]("type")


from ..models.run_step_delta_step_details_message_creation import RunStepDeltaStepDetailsMessageCreation

table_of(
    RunStepDeltaStepDetailsMessageCreationObject,
    field("type", const("message_creation"), required=True),
    field("message_creation", model_of(RunStepDeltaStepDetailsMessageCreation)),
    extra=ANY,
)
