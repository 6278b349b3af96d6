from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._fields import (  # the combinators a table is built from (the formatter drops those unused)
    ANY,
    STRING,
    enum_of,
    field,
    table_of,
)
from .._model import ExtraFields
from ..models.message_delta_content_image_url_detail import MessageDeltaContentImageUrlDetail
from ..types import UNSET, Unset


@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class MessageDeltaContentImageUrl(ExtraFields["Any"]):
    """The image URL, and how closely the model looks at it.

    Attributes:
        url (str | Unset): The image's URL.
        detail (MessageDeltaContentImageUrlDetail | Unset): How closely the model looks at the image.
    """

    url: str | Unset = UNSET
    detail: MessageDeltaContentImageUrlDetail | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


table_of(
    MessageDeltaContentImageUrl,
    field("url", STRING),
    field("detail", enum_of(MessageDeltaContentImageUrlDetail)),
    extra=ANY,
)
