from __future__ import annotations

from typing import TYPE_CHECKING, Any, Required, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _attrs_setters

from .._fields import (  # the combinators a table is built from (the formatter drops those unused)
    ANY,
    INTEGER,
    enum_of,
    field,
    table_of,
)
from .._model import DeprecatedAlias, ExtraFields
from ..models.truncation_type import TruncationType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.truncation_type import TruncationTypeLiteral


def _convert_type_(value: TruncationType | TruncationTypeLiteral) -> TruncationType:
    return TruncationObject.__table__.convert("type", value)  # type: ignore[no-any-return]


@_attrs_define(eq=False, repr=False, getstate_setstate=False, on_setattr=_attrs_setters.NO_OP)
class TruncationObject(ExtraFields["Any"]):
    """How a thread is cut down to fit the context before a run.

    Attributes:
        type (TruncationType): `auto` drops messages from the middle of the thread; `last_messages` keeps only the most recent `last_messages`
            messages.
        last_messages (int | None | Unset): With `last_messages`, how many recent messages are kept.
    """

    type: TruncationType = _attrs_field(converter=_convert_type_)
    last_messages: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    type_ = DeprecatedAlias[TruncationType]("type")


class TruncationObjectParam(TypedDict, total=False):
    """The dict form of TruncationObject: what a request takes in its place (checked before sending)."""

    type: Required[TruncationType | TruncationTypeLiteral]
    last_messages: int | None


table_of(
    TruncationObject,
    field("type", enum_of(TruncationType), required=True),
    field("last_messages", INTEGER, nullable=True),
    extra=ANY,
)
