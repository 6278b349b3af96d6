from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._fields import (  # the combinators a table is built from (the formatter drops those unused)
    ANY,
    STRING,
    field,
    list_of,
    table_of,
    union_of,
)
from .._model import ExtraFields


@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class MessageContentText(ExtraFields["Any"]):
    """The text and the annotations that point into it.

    Attributes:
        value (str): The text itself.
        annotations (list[MessageContentTextAnnotationsFileCitationObject | MessageContentTextAnnotationsFilePathObject | MessageContentTextAnnotationsUrlCitationObject | UnknownMessageContentTextAnnotation]): Spans of the text that cite or name files.
    """

    value: str
    annotations: list[
        MessageContentTextAnnotationsFileCitationObject
        | MessageContentTextAnnotationsFilePathObject
        | MessageContentTextAnnotationsUrlCitationObject
        | UnknownMessageContentTextAnnotation
    ]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


from ..models.message_content_text_annotations_file_citation_object import (
    MessageContentTextAnnotationsFileCitationObject,
)
from ..models.message_content_text_annotations_file_path_object import MessageContentTextAnnotationsFilePathObject
from ..models.message_content_text_annotations_url_citation_object import MessageContentTextAnnotationsUrlCitationObject
from ..models.unknown_message_content_text_annotation import UnknownMessageContentTextAnnotation

table_of(
    MessageContentText,
    field("value", STRING, required=True),
    field(
        "annotations",
        list_of(
            union_of(
                "type",
                {
                    "file_citation": MessageContentTextAnnotationsFileCitationObject,
                    "file_path": MessageContentTextAnnotationsFilePathObject,
                    "url_citation": MessageContentTextAnnotationsUrlCitationObject,
                },
                fallback=UnknownMessageContentTextAnnotation,
            )
        ),
        required=True,
    ),
    extra=ANY,
)
