from __future__ import annotations

from typing import TYPE_CHECKING, Any, Required, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _attrs_setters

from .._fields import (  # the combinators a table is built from (the formatter drops those unused)
    ANY,
    STRING,
    enum_of,
    field,
    table_of,
)
from .._model import ExtraFields
from ..models.image_detail import ImageDetail
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.image_detail import ImageDetailLiteral


def _convert_detail(value: ImageDetail | ImageDetailLiteral | Unset) -> ImageDetail | Unset:
    return MessageContentImageFile.__table__.convert("detail", value)  # type: ignore[no-any-return]


@_attrs_define(eq=False, repr=False, getstate_setstate=False, on_setattr=_attrs_setters.NO_OP)
class MessageContentImageFile(ExtraFields["Any"]):
    """The file and the detail to see it at.

    Attributes:
        file_id (str): File ID.
        detail (ImageDetail | Unset): Detail level to see an image at.
    """

    file_id: str
    detail: ImageDetail | Unset = _attrs_field(default=UNSET, converter=_convert_detail)
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


class MessageContentImageFileParam(TypedDict, total=False):
    """The dict form of MessageContentImageFile: what a request takes in its place (checked before sending)."""

    file_id: Required[str]
    detail: ImageDetail | ImageDetailLiteral


table_of(
    MessageContentImageFile,
    field("file_id", STRING, required=True),
    field("detail", enum_of(ImageDetail)),
    extra=ANY,
)
