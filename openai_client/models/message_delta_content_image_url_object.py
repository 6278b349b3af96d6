from __future__ import annotations

from typing import Any, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._fields import (  # the combinators a table is built from (the formatter drops those unused)
    ANY,
    INTEGER,
    const,
    field,
    model_of,
    table_of,
)
from .._model import DeprecatedAlias, ExtraFields
from ..types import UNSET, Unset


@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class MessageDeltaContentImageUrlObject(ExtraFields["Any"]):
    """An image URL part added while the message is written.

    Attributes:
        index (int): Which part (or tool call) this changes, counted from 0.
        type (Literal['image_url']): Always `image_url`.
        image_url (MessageDeltaContentImageUrl | Unset): The image URL, and how closely the model looks at it.
    """

    index: int
    type: Literal["image_url"] = "image_url"
    image_url: MessageDeltaContentImageUrl | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    type_ = DeprecatedAlias[Literal["image_url"]]("type")


from ..models.message_delta_content_image_url import MessageDeltaContentImageUrl

table_of(
    MessageDeltaContentImageUrlObject,
    field("index", INTEGER, required=True),
    field("type", const("image_url"), required=True),
    field("image_url", model_of(MessageDeltaContentImageUrl)),
    extra=ANY,
)
