from __future__ import annotations

from typing import TYPE_CHECKING, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _attrs_setters

from .._fields import (  # the combinators a table is built from (the formatter drops those unused)
    CLOSED,
    field,
    model_of,
    table_of,
)
from .._model import Model
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.mcp_tool_filter import MCPToolFilterParam


def _convert_always(value: MCPToolFilter | MCPToolFilterParam | Unset) -> MCPToolFilter | Unset:
    return MCPToolRequireApproval.__table__.convert("always", value)  # type: ignore[no-any-return]


def _convert_never(value: MCPToolFilter | MCPToolFilterParam | Unset) -> MCPToolFilter | Unset:
    return MCPToolRequireApproval.__table__.convert("never", value)  # type: ignore[no-any-return]


@_attrs_define(eq=False, repr=False, getstate_setstate=False, on_setattr=_attrs_setters.NO_OP)
class MCPToolRequireApproval(Model):
    """MCPToolRequireApproval

    Attributes:
        always (MCPToolFilter | Unset)
        never (MCPToolFilter | Unset)
    """

    always: MCPToolFilter | Unset = _attrs_field(default=UNSET, converter=_convert_always)
    never: MCPToolFilter | Unset = _attrs_field(default=UNSET, converter=_convert_never)


class MCPToolRequireApprovalParam(TypedDict, total=False):
    """The dict form of MCPToolRequireApproval: what a request takes in its place (checked before sending)."""

    always: MCPToolFilter | MCPToolFilterParam
    never: MCPToolFilter | MCPToolFilterParam


from ..models.mcp_tool_filter import MCPToolFilter

table_of(
    MCPToolRequireApproval,
    field("always", model_of(MCPToolFilter)),
    field("never", model_of(MCPToolFilter)),
    extra=CLOSED,
)
