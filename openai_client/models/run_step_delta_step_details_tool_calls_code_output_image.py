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
from ..types import UNSET, Unset


@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class RunStepDeltaStepDetailsToolCallsCodeOutputImage(ExtraFields["Any"]):
    """The image file.

    Attributes:
        file_id (str | Unset): The file's ID.
    """

    file_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


table_of(
    RunStepDeltaStepDetailsToolCallsCodeOutputImage,
    field("file_id", STRING),
    extra=ANY,
)
