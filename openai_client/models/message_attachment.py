from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, Required, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _attrs_setters

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

if TYPE_CHECKING:
    from ..models.assistant_tools_code import AssistantToolsCodeParam
    from ..models.assistant_tools_file_search_type_only import AssistantToolsFileSearchTypeOnlyParam
    from ..models.vector_store_data_source import VectorStoreDataSourceParam


def _convert_tools(
    value: Sequence[
        AssistantToolsCode
        | AssistantToolsCodeParam
        | AssistantToolsFileSearchTypeOnly
        | AssistantToolsFileSearchTypeOnlyParam
        | UnknownMessageAttachmentTool
    ],
) -> list[AssistantToolsCode | AssistantToolsFileSearchTypeOnly | UnknownMessageAttachmentTool]:
    return MessageAttachment.__table__.convert("tools", value)  # type: ignore[no-any-return]


def _convert_data_source(
    value: VectorStoreDataSource | VectorStoreDataSourceParam | Unset,
) -> VectorStoreDataSource | Unset:
    return MessageAttachment.__table__.convert("data_source", value)  # type: ignore[no-any-return]


@_attrs_define(eq=False, repr=False, getstate_setstate=False, on_setattr=_attrs_setters.NO_OP)
class MessageAttachment(ExtraFields["Any"]):
    """A file attached to a message.

    Attributes:
        file_id (str): File ID.
        tools (list[AssistantToolsCode | AssistantToolsFileSearchTypeOnly | UnknownMessageAttachmentTool]): Tools that may read the file.
        data_source (VectorStoreDataSource | Unset): Foundry: an Azure data asset a tool reads (a file by URI, or a data asset by ID).
    """

    file_id: str
    tools: list[AssistantToolsCode | AssistantToolsFileSearchTypeOnly | UnknownMessageAttachmentTool] = _attrs_field(
        converter=_convert_tools
    )
    data_source: VectorStoreDataSource | Unset = _attrs_field(default=UNSET, converter=_convert_data_source)
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


class MessageAttachmentParam(TypedDict, total=False):
    """The dict form of MessageAttachment: what a request takes in its place (checked before sending)."""

    file_id: Required[str]
    tools: Required[
        Sequence[
            AssistantToolsCode
            | AssistantToolsCodeParam
            | AssistantToolsFileSearchTypeOnly
            | AssistantToolsFileSearchTypeOnlyParam
            | UnknownMessageAttachmentTool
        ]
    ]
    data_source: VectorStoreDataSource | VectorStoreDataSourceParam


from ..models.assistant_tools_code import AssistantToolsCode
from ..models.assistant_tools_file_search_type_only import AssistantToolsFileSearchTypeOnly
from ..models.unknown_message_attachment_tool import UnknownMessageAttachmentTool
from ..models.vector_store_data_source import VectorStoreDataSource

table_of(
    MessageAttachment,
    field("file_id", STRING, required=True),
    field(
        "tools",
        list_of(
            union_of(
                "type",
                {"code_interpreter": AssistantToolsCode, "file_search": AssistantToolsFileSearchTypeOnly},
                fallback=UnknownMessageAttachmentTool,
            )
        ),
        required=True,
    ),
    field("data_source", model_of(VectorStoreDataSource)),
    extra=ANY,
)
