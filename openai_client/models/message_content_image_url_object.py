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
    from ..models.message_content_image_url import MessageContentImageUrlParam


def _convert_image_url(value: MessageContentImageUrl | MessageContentImageUrlParam) -> MessageContentImageUrl:
    return MessageContentImageUrlObject.__table__.convert("image_url", value)  # type: ignore[no-any-return]


@_attrs_define(eq=False, repr=False, getstate_setstate=False, on_setattr=_attrs_setters.NO_OP)
class MessageContentImageUrlObject(ExtraFields["Any"]):
    """An image from a URL.

    Attributes:
        type (Literal['image_url']): Always `image_url`.
        image_url (MessageContentImageUrl): The URL and the detail to see it at.
    """

    image_url: MessageContentImageUrl = _attrs_field(converter=_convert_image_url)
    type: Literal["image_url"] = "image_url"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    type_ = DeprecatedAlias[Literal["image_url"]]("type")


class MessageContentImageUrlObjectParam(TypedDict, total=False):
    """The dict form of MessageContentImageUrlObject: what a request takes in its place (checked before sending)."""

    type: Required[Literal["image_url"]]
    image_url: Required[MessageContentImageUrl | MessageContentImageUrlParam]


from ..models.message_content_image_url import MessageContentImageUrl

table_of(
    MessageContentImageUrlObject,
    field("type", const("image_url"), required=True),
    field("image_url", model_of(MessageContentImageUrl), required=True),
    extra=ANY,
)
