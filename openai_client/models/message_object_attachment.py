from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._fields import (  # the combinators a table is built from (the formatter drops those unused)
    ANY,
    STRING,
    field,
    list_of,
    model_of,
    table_of,
    union_of,
)
from .._model import ExtraFields
from ..types import UNSET, Unset


@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class MessageObjectAttachment(ExtraFields["Any"]):
    """A file attached to a message as the API returns it; unlike a request's attachment, either field may be left out.

    Attributes:
        file_id (str | Unset): File ID.
        data_source (VectorStoreDataSource | Unset): Foundry: an Azure data asset a tool reads (a file by URI, or a data asset by ID).
        tools (list[AssistantToolsCode | AssistantToolsFileSearchTypeOnly | UnknownMessageAttachmentTool] | Unset): Tools that may read the file.
    """

    file_id: str | Unset = UNSET
    data_source: VectorStoreDataSource | Unset = UNSET
    tools: list[AssistantToolsCode | AssistantToolsFileSearchTypeOnly | UnknownMessageAttachmentTool] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


from ..models.assistant_tools_code import AssistantToolsCode
from ..models.assistant_tools_file_search_type_only import AssistantToolsFileSearchTypeOnly
from ..models.unknown_message_attachment_tool import UnknownMessageAttachmentTool
from ..models.vector_store_data_source import VectorStoreDataSource

table_of(
    MessageObjectAttachment,
    field("file_id", STRING),
    field("data_source", model_of(VectorStoreDataSource)),
    field(
        "tools",
        list_of(
            union_of(
                "type",
                {"code_interpreter": AssistantToolsCode, "file_search": AssistantToolsFileSearchTypeOnly},
                fallback=UnknownMessageAttachmentTool,
            )
        ),
    ),
    extra=ANY,
)
