from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, Literal, Required, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _attrs_setters

from .._fields import (  # the combinators a table is built from (the formatter drops those unused)
    ANY,
    const,
    enum_of,
    field,
    list_of,
    table_of,
)
from .._model import DeprecatedAlias, ExtraFields
from ..models.callable_tool_allowed_caller import CallableToolAllowedCaller
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.callable_tool_allowed_caller import CallableToolAllowedCallerLiteral


def _convert_allowed_callers(
    value: Sequence[CallableToolAllowedCaller | CallableToolAllowedCallerLiteral] | None | Unset,
) -> list[CallableToolAllowedCaller] | None | Unset:
    return ApplyPatchToolParam.__table__.convert("allowed_callers", value)  # type: ignore[no-any-return]


@_attrs_define(eq=False, repr=False, getstate_setstate=False, on_setattr=_attrs_setters.NO_OP)
class ApplyPatchToolParam(ExtraFields["Any"]):
    """ApplyPatchToolParam

    Attributes:
        type (Literal['apply_patch'])
        allowed_callers (list[CallableToolAllowedCaller] | None | Unset)
    """

    type: Literal["apply_patch"] = "apply_patch"
    allowed_callers: list[CallableToolAllowedCaller] | None | Unset = _attrs_field(
        default=UNSET, converter=_convert_allowed_callers
    )
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    type_ = DeprecatedAlias[Literal["apply_patch"]]("type")


class ApplyPatchToolParamParam(TypedDict, total=False):
    """The dict form of ApplyPatchToolParam: what a request takes in its place (checked before sending)."""

    type: Required[Literal["apply_patch"]]
    allowed_callers: Sequence[CallableToolAllowedCaller | CallableToolAllowedCallerLiteral] | None


table_of(
    ApplyPatchToolParam,
    field("type", const("apply_patch"), required=True),
    field("allowed_callers", list_of(enum_of(CallableToolAllowedCaller)), nullable=True),
    extra=ANY,
)
