from __future__ import annotations

from typing import Literal, Required, TypedDict

from attrs import define as _attrs_define
from attrs import setters as _attrs_setters

from .._fields import (  # the combinators a table is built from (the formatter drops those unused)
    CLOSED,
    const,
    field,
    table_of,
)
from .._model import DeprecatedAlias, Model


@_attrs_define(eq=False, repr=False, getstate_setstate=False, on_setattr=_attrs_setters.NO_OP)
class AutoChunkingStrategy(Model):
    """Let the server choose chunk size and overlap.

    Attributes:
        type (Literal['auto']): Always `auto`.
    """

    type: Literal["auto"] = "auto"
    type_ = DeprecatedAlias[Literal["auto"]]("type")


class AutoChunkingStrategyParam(TypedDict, total=False):
    """The dict form of AutoChunkingStrategy: what a request takes in its place (checked before sending)."""

    type: Required[Literal["auto"]]


table_of(
    AutoChunkingStrategy,
    field("type", const("auto"), required=True),
    extra=CLOSED,
)
