from __future__ import annotations

from typing import Any, Literal, Required, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _attrs_setters

from .._fields import (  # the combinators a table is built from (the formatter drops those unused)
    ANY,
    STRING,
    const,
    field,
    table_of,
)
from .._model import DeprecatedAlias, ExtraFields
from ..types import UNSET, Unset


@_attrs_define(eq=False, repr=False, getstate_setstate=False, on_setattr=_attrs_setters.NO_OP)
class ComputerScreenshotImage(ExtraFields["Any"]):
    """ComputerScreenshotImage

    Attributes:
        type (Literal['computer_screenshot'])
        image_url (str | Unset)
        file_id (str | Unset)
    """

    type: Literal["computer_screenshot"] = "computer_screenshot"
    image_url: str | Unset = UNSET
    file_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    type_ = DeprecatedAlias[Literal["computer_screenshot"]]("type")


class ComputerScreenshotImageParam(TypedDict, total=False):
    """The dict form of ComputerScreenshotImage: what a request takes in its place (checked before sending)."""

    type: Required[Literal["computer_screenshot"]]
    image_url: str
    file_id: str


table_of(
    ComputerScreenshotImage,
    field("type", const("computer_screenshot"), required=True),
    field("image_url", STRING),
    field("file_id", STRING),
    extra=ANY,
)
