from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._fields import (  # the combinators a table is built from (the formatter drops those unused)
    ANY,
    STRING,
    field,
    table_of,
)
from .._model import DeprecatedAlias, ExtraFields


@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class UnknownMessageContentTextAnnotation(ExtraFields["Any"]):
    """A MessageContentTextAnnotation whose `type` this client does not know yet (known: `file_citation`, `file_path`,
    `url_citation`). All its fields are kept as received, in `additional_properties`, and sent back unchanged.

    Attributes:
        type (str): The unknown type.
    """

    is_unknown: ClassVar[bool] = True
    """Always True: this object is of a kind this client's spec does not list (as `is_unknown` of an enum value)."""
    type: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    type_ = DeprecatedAlias[str]("type")


table_of(
    UnknownMessageContentTextAnnotation,
    field("type", STRING, required=True),
    extra=ANY,
)
