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
class MessageContentTextAnnotationsFileCitationObject(ExtraFields["Any"]):
    """A span of the text that quotes a file that file search found.

    Attributes:
        type (Literal['file_citation']): Always `file_citation`.
        text (str): The text.
        file_citation (MessageContentTextAnnotationsFileCitation): The file quoted.
        start_index (int): Where the span starts in the text.
        end_index (int): Where the span ends in the text.
    """

    text: str
    file_citation: MessageContentTextAnnotationsFileCitation
    start_index: int
    end_index: int
    type: Literal["file_citation"] = "file_citation"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    type_ = DeprecatedAlias[Literal["file_citation"]]("type")


from ..models.message_content_text_annotations_file_citation import MessageContentTextAnnotationsFileCitation

table_of(
    MessageContentTextAnnotationsFileCitationObject,
    field("type", const("file_citation"), required=True),
    field("text", STRING, required=True),
    field("file_citation", model_of(MessageContentTextAnnotationsFileCitation), required=True),
    field("start_index", INTEGER, required=True),
    field("end_index", INTEGER, required=True),
    extra=ANY,
)
