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
class MessageDeltaContentImageFileObject(ExtraFields["Any"]):
    """An image file part added while the message is written.

    Attributes:
        index (int): Which part (or tool call) this changes, counted from 0.
        type (Literal['image_file']): Always `image_file`.
        image_file (MessageDeltaContentImageFile | Unset): The image file, and how closely the model looks at it.
    """

    index: int
    type: Literal["image_file"] = "image_file"
    image_file: MessageDeltaContentImageFile | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    type_ = DeprecatedAlias[Literal["image_file"]]("type")


from ..models.message_delta_content_image_file import MessageDeltaContentImageFile

table_of(
    MessageDeltaContentImageFileObject,
    field("index", INTEGER, required=True),
    field("type", const("image_file"), required=True),
    field("image_file", model_of(MessageDeltaContentImageFile)),
    extra=ANY,
)
