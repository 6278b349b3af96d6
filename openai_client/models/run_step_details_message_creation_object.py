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


@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class RunStepDetailsMessageCreationObject(ExtraFields["Any"]):
    """The step created a message.

    Attributes:
        type (Literal['message_creation']): Always `message_creation`.
        message_creation (RunStepDetailsMessageCreation): The message that was created.
    """

    message_creation: RunStepDetailsMessageCreation
    type: Literal["message_creation"] = "message_creation"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    type_ = DeprecatedAlias[Literal["message_creation"]]("type")


from ..models.run_step_details_message_creation import RunStepDetailsMessageCreation

table_of(
    RunStepDetailsMessageCreationObject,
    field("type", const("message_creation"), required=True),
    field("message_creation", model_of(RunStepDetailsMessageCreation), required=True),
    extra=ANY,
)
