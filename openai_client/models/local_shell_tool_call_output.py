from __future__ import annotations

from typing import TYPE_CHECKING, Any, Literal, Required, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _attrs_setters

from .._fields import (  # the combinators a table is built from (the formatter drops those unused)
    ANY,
    STRING,
    const,
    enum_of,
    field,
    table_of,
)
from .._model import DeprecatedAlias, ExtraFields
from ..models.local_shell_tool_call_output_status import LocalShellToolCallOutputStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.local_shell_tool_call_output_status import LocalShellToolCallOutputStatusLiteral


def _convert_status(
    value: LocalShellToolCallOutputStatus | LocalShellToolCallOutputStatusLiteral | None | Unset,
) -> LocalShellToolCallOutputStatus | None | Unset:
    return LocalShellToolCallOutput.__table__.convert("status", value)  # type: ignore[no-any-return]


@_attrs_define(eq=False, repr=False, getstate_setstate=False, on_setattr=_attrs_setters.NO_OP)
class LocalShellToolCallOutput(ExtraFields["Any"]):
    """LocalShellToolCallOutput

    Attributes:
        type (Literal['local_shell_call_output'])
        id (str)
        output (str)
        status (LocalShellToolCallOutputStatus | None | Unset)
    """

    id: str
    output: str
    type: Literal["local_shell_call_output"] = "local_shell_call_output"
    status: LocalShellToolCallOutputStatus | None | Unset = _attrs_field(default=UNSET, converter=_convert_status)
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    type_ = DeprecatedAlias[Literal["local_shell_call_output"]]("type")


class LocalShellToolCallOutputParam(TypedDict, total=False):
    """The dict form of LocalShellToolCallOutput: what a request takes in its place (checked before sending)."""

    type: Required[Literal["local_shell_call_output"]]
    id: Required[str]
    output: Required[str]
    status: LocalShellToolCallOutputStatus | LocalShellToolCallOutputStatusLiteral | None


table_of(
    LocalShellToolCallOutput,
    field("type", const("local_shell_call_output"), required=True),
    field("id", STRING, required=True),
    field("output", STRING, required=True),
    field("status", enum_of(LocalShellToolCallOutputStatus), nullable=True),
    extra=ANY,
)
