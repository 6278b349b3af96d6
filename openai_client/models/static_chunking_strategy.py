from __future__ import annotations

from typing import TYPE_CHECKING, Literal, Required, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _attrs_setters

from .._fields import (  # the combinators a table is built from (the formatter drops those unused)
    CLOSED,
    const,
    field,
    model_of,
    table_of,
)
from .._model import DeprecatedAlias, Model

if TYPE_CHECKING:
    from ..models.static_chunking_options import StaticChunkingOptionsParam


def _convert_static(value: StaticChunkingOptions | StaticChunkingOptionsParam) -> StaticChunkingOptions:
    return StaticChunkingStrategy.__table__.convert("static", value)  # type: ignore[no-any-return]


@_attrs_define(eq=False, repr=False, getstate_setstate=False, on_setattr=_attrs_setters.NO_OP)
class StaticChunkingStrategy(Model):
    """Fixed chunk size and overlap.

    Attributes:
        type (Literal['static']): Always `static`.
        static (StaticChunkingOptions): Chunk size and overlap, in tokens.
    """

    static: StaticChunkingOptions = _attrs_field(converter=_convert_static)
    type: Literal["static"] = "static"
    type_ = DeprecatedAlias[Literal["static"]]("type")


class StaticChunkingStrategyParam(TypedDict, total=False):
    """The dict form of StaticChunkingStrategy: what a request takes in its place (checked before sending)."""

    type: Required[Literal["static"]]
    static: Required[StaticChunkingOptions | StaticChunkingOptionsParam]


from ..models.static_chunking_options import StaticChunkingOptions

table_of(
    StaticChunkingStrategy,
    field("type", const("static"), required=True),
    field("static", model_of(StaticChunkingOptions), required=True),
    extra=CLOSED,
)
