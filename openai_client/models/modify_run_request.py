from __future__ import annotations

from collections.abc import Mapping
from typing import TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _attrs_setters

from .._fields import (  # the combinators a table is built from (the formatter drops those unused)
    CLOSED,
    field,
    model_of,
    table_of,
)
from .._model import Model
from ..types import UNSET, Unset


def _convert_metadata(value: Metadata | Mapping[str, str] | None | Unset) -> Metadata | None | Unset:
    return ModifyRunRequest.__table__.convert("metadata", value)  # type: ignore[no-any-return]


@_attrs_define(eq=False, repr=False, getstate_setstate=False, on_setattr=_attrs_setters.NO_OP)
class ModifyRunRequest(Model):
    """What to change on a run.

    Attributes:
        metadata (Metadata | None | Unset): Metadata, or `null`.
    """

    metadata: Metadata | None | Unset = _attrs_field(default=UNSET, converter=_convert_metadata)


class ModifyRunRequestParam(TypedDict, total=False):
    """The dict form of ModifyRunRequest: what a request takes in its place (checked before sending)."""

    metadata: Metadata | Mapping[str, str] | None


from ..models.metadata import Metadata

table_of(
    ModifyRunRequest,
    field("metadata", model_of(Metadata), nullable=True),
    extra=CLOSED,
)
