from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._fields import (  # the combinators a table is built from (the formatter drops those unused)
    ANY,
    field,
    model_of,
    table_of,
)
from .._model import ExtraFields


@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class ErrorResponse(ExtraFields["Any"]):
    """The body of an error response.

    Attributes:
        error (Error): What went wrong with a request.
    """

    error: Error
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


from ..models.error import Error

table_of(
    ErrorResponse,
    field("error", model_of(Error), required=True),
    extra=ANY,
)
