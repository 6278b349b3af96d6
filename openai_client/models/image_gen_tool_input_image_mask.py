from __future__ import annotations

from typing import TypedDict

from attrs import define as _attrs_define
from attrs import setters as _attrs_setters

from .._fields import (  # the combinators a table is built from (the formatter drops those unused)
    CLOSED,
    STRING,
    field,
    table_of,
)
from .._model import Model
from ..types import UNSET, Unset


@_attrs_define(eq=False, repr=False, getstate_setstate=False, on_setattr=_attrs_setters.NO_OP)
class ImageGenToolInputImageMask(Model):
    """ImageGenToolInputImageMask

    Attributes:
        image_url (str | Unset)
        file_id (str | Unset)
    """

    image_url: str | Unset = UNSET
    file_id: str | Unset = UNSET


class ImageGenToolInputImageMaskParam(TypedDict, total=False):
    """The dict form of ImageGenToolInputImageMask: what a request takes in its place (checked before sending)."""

    image_url: str
    file_id: str


table_of(
    ImageGenToolInputImageMask,
    field("image_url", STRING),
    field("file_id", STRING),
    extra=CLOSED,
)
