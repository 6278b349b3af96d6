from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _attrs_setters

from .._fields import (  # the combinators a table is built from (the formatter drops those unused)
    CLOSED,
    field,
    list_of,
    model_of,
    table_of,
)
from .._model import Model
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.create_message_request import CreateMessageRequestParam
    from ..models.thread_tool_resources import ThreadToolResourcesParam


def _convert_messages(
    value: Sequence[CreateMessageRequest | CreateMessageRequestParam] | Unset,
) -> list[CreateMessageRequest] | Unset:
    return CreateThreadRequest.__table__.convert("messages", value)  # type: ignore[no-any-return]


def _convert_tool_resources(
    value: ThreadToolResources | ThreadToolResourcesParam | None | Unset,
) -> None | ThreadToolResources | Unset:
    return CreateThreadRequest.__table__.convert("tool_resources", value)  # type: ignore[no-any-return]


def _convert_metadata(value: Metadata | Mapping[str, str] | None | Unset) -> Metadata | None | Unset:
    return CreateThreadRequest.__table__.convert("metadata", value)  # type: ignore[no-any-return]


@_attrs_define(eq=False, repr=False, getstate_setstate=False, on_setattr=_attrs_setters.NO_OP)
class CreateThreadRequest(Model):
    """A thread to create.

    Attributes:
        messages (list[CreateMessageRequest] | Unset): Messages to start the thread with.
        tool_resources (None | ThreadToolResources | Unset): Files and vector stores for the thread's tools.
        metadata (Metadata | None | Unset): Metadata, or `null`.
    """

    messages: list[CreateMessageRequest] | Unset = _attrs_field(default=UNSET, converter=_convert_messages)
    tool_resources: None | ThreadToolResources | Unset = _attrs_field(default=UNSET, converter=_convert_tool_resources)
    metadata: Metadata | None | Unset = _attrs_field(default=UNSET, converter=_convert_metadata)


class CreateThreadRequestParam(TypedDict, total=False):
    """The dict form of CreateThreadRequest: what a request takes in its place (checked before sending)."""

    messages: Sequence[CreateMessageRequest | CreateMessageRequestParam]
    tool_resources: ThreadToolResources | ThreadToolResourcesParam | None
    metadata: Metadata | Mapping[str, str] | None


from ..models.create_message_request import CreateMessageRequest
from ..models.metadata import Metadata
from ..models.thread_tool_resources import ThreadToolResources

table_of(
    CreateThreadRequest,
    field("messages", list_of(model_of(CreateMessageRequest))),
    field("tool_resources", model_of(ThreadToolResources), nullable=True),
    field("metadata", model_of(Metadata), nullable=True),
    extra=CLOSED,
)
