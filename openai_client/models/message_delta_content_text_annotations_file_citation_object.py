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
from ..types import UNSET, Unset


@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class MessageDeltaContentTextAnnotationsFileCitationObject(ExtraFields["Any"]):
    """A file citation added while the text is written.

    Attributes:
        index (int): Which part (or tool call) this changes, counted from 0.
        type (Literal['file_citation']): Always `file_citation`.
        text (str | Unset): The text.
        file_citation (MessageDeltaContentTextAnnotationsFileCitation | Unset): The file quoted, and the words quoted.
        start_index (int | Unset): Where the span starts in the text.
        end_index (int | Unset): Where the span ends in the text.
    """

    index: int
    type: Literal["file_citation"] = "file_citation"
    text: str | Unset = UNSET
    file_citation: MessageDeltaContentTextAnnotationsFileCitation | Unset = UNSET
    start_index: int | Unset = UNSET
    end_index: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    type_ = DeprecatedAlias[Literal["file_citation"]]("type")


from ..models.message_delta_content_text_annotations_file_citation import MessageDeltaContentTextAnnotationsFileCitation

table_of(
    MessageDeltaContentTextAnnotationsFileCitationObject,
    field("index", INTEGER, required=True),
    field("type", const("file_citation"), required=True),
    field("text", STRING),
    field("file_citation", model_of(MessageDeltaContentTextAnnotationsFileCitation)),
    field("start_index", INTEGER),
    field("end_index", INTEGER),
    extra=ANY,
)
