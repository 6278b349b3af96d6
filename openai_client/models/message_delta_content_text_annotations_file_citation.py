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
class MessageDeltaContentTextAnnotationsFileCitation(ExtraFields["Any"]):
    """The file quoted, and the words quoted.

    Attributes:
        file_id (str | Unset): The file's ID.
        quote (str | Unset): The words quoted from the file.
    """

    file_id: str | Unset = UNSET
    quote: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


table_of(
    MessageDeltaContentTextAnnotationsFileCitation,
    field("file_id", STRING),
    field("quote", STRING),
    extra=ANY,
)
