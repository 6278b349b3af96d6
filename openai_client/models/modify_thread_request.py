from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, TypedDict

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

if TYPE_CHECKING:
    from ..models.thread_object_tool_resources import ThreadObjectToolResourcesParam


def _convert_tool_resources(
    value: ThreadObjectToolResources | ThreadObjectToolResourcesParam | None | Unset,
) -> None | ThreadObjectToolResources | Unset:
    return ModifyThreadRequest.__table__.convert("tool_resources", value)  # type: ignore[no-any-return]


def _convert_metadata(value: Metadata | Mapping[str, str] | None | Unset) -> Metadata | None | Unset:
    return ModifyThreadRequest.__table__.convert("metadata", value)  # type: ignore[no-any-return]


@_attrs_define(eq=False, repr=False, getstate_setstate=False, on_setattr=_attrs_setters.NO_OP)
class ModifyThreadRequest(Model):
    """The fields of a thread to change; those left out keep their value.

    Attributes:
        tool_resources (None | ThreadObjectToolResources | Unset): Files for the code interpreter, and the vector store for file search.
        metadata (Metadata | None | Unset): Metadata, or `null`.
    """

    tool_resources: None | ThreadObjectToolResources | Unset = _attrs_field(
        default=UNSET, converter=_convert_tool_resources
    )
    metadata: Metadata | None | Unset = _attrs_field(default=UNSET, converter=_convert_metadata)


class ModifyThreadRequestParam(TypedDict, total=False):
    """The dict form of ModifyThreadRequest: what a request takes in its place (checked before sending)."""

    tool_resources: ThreadObjectToolResources | ThreadObjectToolResourcesParam | None
    metadata: Metadata | Mapping[str, str] | None


from ..models.metadata import Metadata
from ..models.thread_object_tool_resources import ThreadObjectToolResources

table_of(
    ModifyThreadRequest,
    field("tool_resources", model_of(ThreadObjectToolResources), nullable=True),
    field("metadata", model_of(Metadata), nullable=True),
    extra=CLOSED,
)
