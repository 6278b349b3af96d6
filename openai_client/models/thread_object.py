from __future__ import annotations

from typing import Any, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._fields import (  # the combinators a table is built from (the formatter drops those unused)
    ANY,
    INTEGER,
    STRING,
    const,
    field,
    model_of,
    table_of,
)
from .._model import DeprecatedAlias, ExtraFields


@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class ThreadObject(ExtraFields["Any"]):
    """A thread: the conversation that runs work on.

    Attributes:
        id (str): The identifier.
        object (Literal['thread']): The object type: always `thread`.
        created_at (int): When it was created, in Unix seconds.
        tool_resources (None | ThreadObjectToolResources): Files and vector stores the thread's tools may use; `null` when none.
        metadata (Metadata | None): Metadata, or `null`.
    """

    id: str
    created_at: int
    tool_resources: None | ThreadObjectToolResources
    metadata: Metadata | None
    object: Literal["thread"] = "thread"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    object_ = DeprecatedAlias[Literal["thread"]]("object")


from ..models.metadata import Metadata
from ..models.thread_object_tool_resources import ThreadObjectToolResources

table_of(
    ThreadObject,
    field("id", STRING, required=True),
    field("object", const("thread", fixes_kind=True), required=True),
    field("created_at", INTEGER, required=True),
    field("tool_resources", model_of(ThreadObjectToolResources), required=True, nullable=True),
    field("metadata", model_of(Metadata), required=True, nullable=True),
    extra=ANY,
)
