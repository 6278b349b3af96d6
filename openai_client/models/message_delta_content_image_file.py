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
from ..models.message_delta_content_image_file_detail import MessageDeltaContentImageFileDetail
from ..types import UNSET, Unset


@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class MessageDeltaContentImageFile(ExtraFields["Any"]):
    """The image file, and how closely the model looks at it.

    Attributes:
        file_id (str | Unset): The file's ID.
        detail (MessageDeltaContentImageFileDetail | Unset): How closely the model looks at the image.
    """

    file_id: str | Unset = UNSET
    detail: MessageDeltaContentImageFileDetail | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


table_of(
    MessageDeltaContentImageFile,
    field("file_id", STRING),
    field("detail", enum_of(MessageDeltaContentImageFileDetail)),
    extra=ANY,
)
