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
from ..models.run_incomplete_reason import RunIncompleteReason
from ..types import UNSET, Unset


@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class RunIncompleteDetails(ExtraFields["Any"]):
    """Why a run ended incomplete.

    Attributes:
        reason (RunIncompleteReason | Unset): The token limit that was reached.
    """

    reason: RunIncompleteReason | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


table_of(
    RunIncompleteDetails,
    field("reason", enum_of(RunIncompleteReason)),
    extra=ANY,
)
