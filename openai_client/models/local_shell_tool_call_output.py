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
from ..models.local_shell_tool_call_output_status_type_0 import LocalShellToolCallOutputStatusType0
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.local_shell_tool_call_output_status_type_0 import LocalShellToolCallOutputStatusType0Literal


def _convert_status(
    value: LocalShellToolCallOutputStatusType0 | LocalShellToolCallOutputStatusType0Literal | None | Unset,
) -> LocalShellToolCallOutputStatusType0 | None | Unset:
    return LocalShellToolCallOutput.__table__.convert("status", value)  # type: ignore[no-any-return]


@_attrs_define(eq=False, repr=False, getstate_setstate=False, on_setattr=_attrs_setters.NO_OP)
class LocalShellToolCallOutput(ExtraFields["Any"]):
    """LocalShellToolCallOutput

    Attributes:
        type (Literal['local_shell_call_output'])
        id (str)
        output (str)
        status (LocalShellToolCallOutputStatusType0 | None | Unset)
    """

    id: str
    output: str
    type: Literal["local_shell_call_output"] = "local_shell_call_output"
    status: LocalShellToolCallOutputStatusType0 | None | Unset = _attrs_field(default=UNSET, converter=_convert_status)
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    type_ = DeprecatedAlias[Literal["local_shell_call_output"]]("type")


class LocalShellToolCallOutputParam(TypedDict, total=False):
    """The dict form of LocalShellToolCallOutput: what a request takes in its place (checked before sending)."""

    type: Required[Literal["local_shell_call_output"]]
    id: Required[str]
    output: Required[str]
    status: LocalShellToolCallOutputStatusType0 | LocalShellToolCallOutputStatusType0Literal | None


table_of(
    LocalShellToolCallOutput,
    field("type", const("local_shell_call_output"), required=True),
    field("id", STRING, required=True),
    field("output", STRING, required=True),
    field("status", enum_of(LocalShellToolCallOutputStatusType0), nullable=True),
    extra=ANY,
)
