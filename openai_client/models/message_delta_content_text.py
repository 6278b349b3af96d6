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
from ..types import UNSET, Unset


@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class MessageDeltaContentText(ExtraFields["Any"]):
    """The text added, and annotations for it.

    Attributes:
        value (str | Unset): The text itself.
        annotations (list[MessageDeltaContentTextAnnotationsFileCitationObject | MessageDeltaContentTextAnnotationsFilePathObject | MessageDeltaContentTextAnnotationsUrlCitationObject | UnknownMessageDeltaContentTextAnnotation] | Unset): Spans of the text that cite or name files.
    """

    value: str | Unset = UNSET
    annotations: (
        list[
            MessageDeltaContentTextAnnotationsFileCitationObject
            | MessageDeltaContentTextAnnotationsFilePathObject
            | MessageDeltaContentTextAnnotationsUrlCitationObject
            | UnknownMessageDeltaContentTextAnnotation
        ]
        | Unset
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


from ..models.message_delta_content_text_annotations_file_citation_object import (
    MessageDeltaContentTextAnnotationsFileCitationObject,
)
from ..models.message_delta_content_text_annotations_file_path_object import (
    MessageDeltaContentTextAnnotationsFilePathObject,
)
from ..models.message_delta_content_text_annotations_url_citation_object import (
    MessageDeltaContentTextAnnotationsUrlCitationObject,
)
from ..models.unknown_message_delta_content_text_annotation import UnknownMessageDeltaContentTextAnnotation

table_of(
    MessageDeltaContentText,
    field("value", STRING),
    field(
        "annotations",
        list_of(
            union_of(
                "type",
                {
                    "file_citation": MessageDeltaContentTextAnnotationsFileCitationObject,
                    "file_path": MessageDeltaContentTextAnnotationsFilePathObject,
                    "url_citation": MessageDeltaContentTextAnnotationsUrlCitationObject,
                },
                fallback=UnknownMessageDeltaContentTextAnnotation,
            )
        ),
    ),
    extra=ANY,
)
