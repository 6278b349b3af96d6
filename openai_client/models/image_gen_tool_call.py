from __future__ import annotations

from typing import TYPE_CHECKING, Any, Literal, Required, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _attrs_setters

from .._fields import (  # the combinators a table is built from (the formatter drops those unused)
    ANY,
    STRING,
    const,
    enum_of,
    field,
    table_of,
)
from .._model import DeprecatedAlias, ExtraFields
from ..models.image_gen_tool_call_status import ImageGenToolCallStatus

if TYPE_CHECKING:
    from ..models.image_gen_tool_call_status import ImageGenToolCallStatusLiteral


def _convert_status(value: ImageGenToolCallStatus | ImageGenToolCallStatusLiteral) -> ImageGenToolCallStatus:
    return ImageGenToolCall.__table__.convert("status", value)  # type: ignore[no-any-return]


@_attrs_define(eq=False, repr=False, getstate_setstate=False, on_setattr=_attrs_setters.NO_OP)
class ImageGenToolCall(ExtraFields["Any"]):
    """ImageGenToolCall

    Attributes:
        type (Literal['image_generation_call'])
        id (str)
        status (ImageGenToolCallStatus)
        result (None | str)
    """

    id: str
    status: ImageGenToolCallStatus = _attrs_field(converter=_convert_status)
    result: None | str
    type: Literal["image_generation_call"] = "image_generation_call"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    type_ = DeprecatedAlias[Literal["image_generation_call"]]("type")


class ImageGenToolCallParam(TypedDict, total=False):
    """The dict form of ImageGenToolCall: what a request takes in its place (checked before sending)."""

    type: Required[Literal["image_generation_call"]]
    id: Required[str]
    status: Required[ImageGenToolCallStatus | ImageGenToolCallStatusLiteral]
    result: Required[str | None]


table_of(
    ImageGenToolCall,
    field("type", const("image_generation_call"), required=True),
    field("id", STRING, required=True),
    field("status", enum_of(ImageGenToolCallStatus), required=True),
    field("result", STRING, required=True, nullable=True),
    extra=ANY,
)
