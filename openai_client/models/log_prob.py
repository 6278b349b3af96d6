from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, Required, TypedDict

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
    model_of,
    table_of,
)
from .._model import ExtraFields

if TYPE_CHECKING:
    from ..models.top_log_prob import TopLogProbParam


def _convert_bytes_(value: Sequence[int]) -> list[int]:
    return LogProb.__table__.convert("bytes", value)  # type: ignore[no-any-return]


def _convert_top_logprobs(value: Sequence[TopLogProb | TopLogProbParam]) -> list[TopLogProb]:
    return LogProb.__table__.convert("top_logprobs", value)  # type: ignore[no-any-return]


@_attrs_define(eq=False, repr=False, getstate_setstate=False, on_setattr=_attrs_setters.NO_OP)
class LogProb(ExtraFields["Any"]):
    """LogProb

    Attributes:
        token (str)
        logprob (float)
        bytes_ (list[int])
        top_logprobs (list[TopLogProb])
    """

    token: str
    logprob: float
    bytes_: list[int] = _attrs_field(converter=_convert_bytes_)
    top_logprobs: list[TopLogProb] = _attrs_field(converter=_convert_top_logprobs)
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


class LogProbParam(TypedDict, total=False):
    """The dict form of LogProb: what a request takes in its place (checked before sending)."""

    token: Required[str]
    logprob: Required[float]
    bytes: Required[Sequence[int]]
    top_logprobs: Required[Sequence[TopLogProb | TopLogProbParam]]


from ..models.top_log_prob import TopLogProb

table_of(
    LogProb,
    field("token", STRING, required=True),
    field("logprob", NUMBER, required=True),
    field("bytes", list_of(INTEGER), attr="bytes_", required=True),
    field("top_logprobs", list_of(model_of(TopLogProb)), required=True),
    extra=ANY,
)
