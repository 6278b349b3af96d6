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
class MessageContentTextAnnotationsFilePathObject(ExtraFields["Any"]):
    """A span of the text that names a file the code interpreter wrote.

    Attributes:
        type (Literal['file_path']): Always `file_path`.
        text (str): The text.
        file_path (MessageContentTextAnnotationsFilePath): The file written.
        start_index (int): Where the span starts in the text.
        end_index (int): Where the span ends in the text.
    """

    text: str
    file_path: MessageContentTextAnnotationsFilePath
    start_index: int
    end_index: int
    type: Literal["file_path"] = "file_path"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    type_ = DeprecatedAlias[Literal["file_path"]]("type")


from ..models.message_content_text_annotations_file_path import MessageContentTextAnnotationsFilePath

table_of(
    MessageContentTextAnnotationsFilePathObject,
    field("type", const("file_path"), required=True),
    field("text", STRING, required=True),
    field("file_path", model_of(MessageContentTextAnnotationsFilePath), required=True),
    field("start_index", INTEGER, required=True),
    field("end_index", INTEGER, required=True),
    extra=ANY,
)
