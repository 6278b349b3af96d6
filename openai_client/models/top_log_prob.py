from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Required, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _attrs_setters

from .._fields import (  # the combinators a table is built from (the formatter drops those unused)
    ANY,
    INTEGER,
    NUMBER,
    STRING,
    field,
    list_of,
    table_of,
)
from .._model import ExtraFields


def _convert_bytes_(value: Sequence[int]) -> list[int]:
    return TopLogProb.__table__.convert("bytes", value)  # type: ignore[no-any-return]


@_attrs_define(eq=False, repr=False, getstate_setstate=False, on_setattr=_attrs_setters.NO_OP)
class TopLogProb(ExtraFields["Any"]):
    """TopLogProb

    Attributes:
        token (str)
        logprob (float)
        bytes_ (list[int])
    """

    token: str
    logprob: float
    bytes_: list[int] = _attrs_field(converter=_convert_bytes_)
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


class TopLogProbParam(TypedDict, total=False):
    """The dict form of TopLogProb: what a request takes in its place (checked before sending)."""

    token: Required[str]
    logprob: Required[float]
    bytes: Required[Sequence[int]]


table_of(
    TopLogProb,
    field("token", STRING, required=True),
    field("logprob", NUMBER, required=True),
    field("bytes", list_of(INTEGER), attr="bytes_", required=True),
    extra=ANY,
)
