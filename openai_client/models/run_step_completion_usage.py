from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._fields import (  # the combinators a table is built from (the formatter drops those unused)
    ANY,
    INTEGER,
    field,
    table_of,
)
from .._model import ExtraFields


@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class RunStepCompletionUsage(ExtraFields["Any"]):
    """Tokens used by a run step.

    Attributes:
        completion_tokens (int): Tokens the model produced.
        prompt_tokens (int): Tokens of the prompt.
        total_tokens (int): Sum of prompt and completion tokens.
    """

    completion_tokens: int
    prompt_tokens: int
    total_tokens: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


table_of(
    RunStepCompletionUsage,
    field("completion_tokens", INTEGER, required=True),
    field("prompt_tokens", INTEGER, required=True),
    field("total_tokens", INTEGER, required=True),
    extra=ANY,
)
