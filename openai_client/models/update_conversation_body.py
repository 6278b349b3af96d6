from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Required, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _attrs_setters

from .._fields import (  # the combinators a table is built from (the formatter drops those unused)
    ANY,
    field,
    model_of,
    table_of,
)
from .._model import ExtraFields


def _convert_metadata(value: Metadata | Mapping[str, str] | None) -> Metadata | None:
    return UpdateConversationBody.__table__.convert("metadata", value)  # type: ignore[no-any-return]


@_attrs_define(eq=False, repr=False, getstate_setstate=False, on_setattr=_attrs_setters.NO_OP)
class UpdateConversationBody(ExtraFields["Any"]):
    """UpdateConversationBody

    Attributes:
        metadata (Metadata | None): Metadata, or `null`.
    """

    metadata: Metadata | None = _attrs_field(converter=_convert_metadata)
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


class UpdateConversationBodyParam(TypedDict, total=False):
    """The dict form of UpdateConversationBody: what a request takes in its place (checked before sending)."""

    metadata: Required[Metadata | Mapping[str, str] | None]


from ..models.metadata import Metadata

table_of(
    UpdateConversationBody,
    field("metadata", model_of(Metadata), required=True, nullable=True),
    extra=ANY,
)
