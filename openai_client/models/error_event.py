from __future__ import annotations

from typing import Any, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._fields import (  # the combinators a table is built from (the formatter drops those unused)
    ANY,
    const,
    field,
    model_of,
    table_of,
)
from .._model import ExtraFields


@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class ErrorEvent(ExtraFields["Any"]):
    """The stream failed on the server's side (an internal error or a timeout); `data` is the error.

    Attributes:
        event (Literal['error']): The event name: always `error`.
        data (Error): What went wrong with a request.
    """

    data: Error
    event: Literal["error"] = "error"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


from ..models.error import Error

table_of(
    ErrorEvent,
    field("event", const("error"), required=True),
    field("data", model_of(Error), required=True),
    extra=ANY,
)
