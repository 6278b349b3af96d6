from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._fields import (  # the combinators a table is built from (the formatter drops those unused)
    ANY,
    STRING,
    field,
    table_of,
)
from .._model import ExtraFields
from ..types import UNSET, Unset


@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class MessageTextUrlCitationDetails(ExtraFields["Any"]):
    """The page cited.

    Attributes:
        url (str): Its URL.
        title (str | Unset): Its title.
    """

    url: str
    title: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


table_of(
    MessageTextUrlCitationDetails,
    field("url", STRING, required=True),
    field("title", STRING),
    extra=ANY,
)
