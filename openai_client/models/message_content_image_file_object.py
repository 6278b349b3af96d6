from __future__ import annotations

from typing import TYPE_CHECKING, Any, Literal, Required, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _attrs_setters

from .._fields import (  # the combinators a table is built from (the formatter drops those unused)
    ANY,
    const,
    field,
    model_of,
    table_of,
)
from .._model import DeprecatedAlias, ExtraFields

if TYPE_CHECKING:
    from ..models.message_content_image_file import MessageContentImageFileParam


def _convert_image_file(value: MessageContentImageFile | MessageContentImageFileParam) -> MessageContentImageFile:
    return MessageContentImageFileObject.__table__.convert("image_file", value)  # type: ignore[no-any-return]


@_attrs_define(eq=False, repr=False, getstate_setstate=False, on_setattr=_attrs_setters.NO_OP)
class MessageContentImageFileObject(ExtraFields["Any"]):
    """An image from an uploaded file.

    Attributes:
        type (Literal['image_file']): Always `image_file`.
        image_file (MessageContentImageFile): The file and the detail to see it at.
    """

    image_file: MessageContentImageFile = _attrs_field(converter=_convert_image_file)
    type: Literal["image_file"] = "image_file"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    type_ = DeprecatedAlias[Literal["image_file"]]("type")


class MessageContentImageFileObjectParam(TypedDict, total=False):
    """The dict form of MessageContentImageFileObject: what a request takes in its place (checked before sending)."""

    type: Required[Literal["image_file"]]
    image_file: Required[MessageContentImageFile | MessageContentImageFileParam]


from ..models.message_content_image_file import MessageContentImageFile

table_of(
    MessageContentImageFileObject,
    field("type", const("image_file"), required=True),
    field("image_file", model_of(MessageContentImageFile), required=True),
    extra=ANY,
)
