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
class MessageContentTextAnnotationsUrlCitationObject(ExtraFields["Any"]):
    """Foundry: a span of the text that cites a web page (from Bing grounding, for example).

    Attributes:
        type (Literal['url_citation']): Always `url_citation`.
        text (str): The text.
        url_citation (MessageTextUrlCitationDetails): The page cited.
        start_index (int | Unset): Where the span starts in the text.
        end_index (int | Unset): Where the span ends in the text.
    """

    text: str
    url_citation: MessageTextUrlCitationDetails
    type: Literal["url_citation"] = "url_citation"
    start_index: int | Unset = UNSET
    end_index: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    type_ = DeprecatedAlias[Literal["url_citation"]]("type")


from ..models.message_text_url_citation_details import MessageTextUrlCitationDetails

table_of(
    MessageContentTextAnnotationsUrlCitationObject,
    field("type", const("url_citation"), required=True),
    field("text", STRING, required=True),
    field("url_citation", model_of(MessageTextUrlCitationDetails), required=True),
    field("start_index", INTEGER),
    field("end_index", INTEGER),
    extra=ANY,
)
