from __future__ import annotations

from typing import TYPE_CHECKING, Any, Literal, Required, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _attrs_setters

from .._fields import (  # the combinators a table is built from (the formatter drops those unused)
    ANY,
    INTEGER,
    const,
    enum_of,
    field,
    table_of,
)
from .._model import DeprecatedAlias, ExtraFields
from ..models.computer_environment import ComputerEnvironment

if TYPE_CHECKING:
    from ..models.computer_environment import ComputerEnvironmentLiteral


def _convert_environment(value: ComputerEnvironment | ComputerEnvironmentLiteral) -> ComputerEnvironment:
    return ComputerUsePreviewTool.__table__.convert("environment", value)  # type: ignore[no-any-return]


@_attrs_define(eq=False, repr=False, getstate_setstate=False, on_setattr=_attrs_setters.NO_OP)
class ComputerUsePreviewTool(ExtraFields["Any"]):
    """ComputerUsePreviewTool

    Attributes:
        type (Literal['computer_use_preview'])
        environment (ComputerEnvironment)
        display_width (int)
        display_height (int)
    """

    environment: ComputerEnvironment = _attrs_field(converter=_convert_environment)
    display_width: int
    display_height: int
    type: Literal["computer_use_preview"] = "computer_use_preview"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    type_ = DeprecatedAlias[Literal["computer_use_preview"]]("type")


class ComputerUsePreviewToolParam(TypedDict, total=False):
    """The dict form of ComputerUsePreviewTool: what a request takes in its place (checked before sending)."""

    type: Required[Literal["computer_use_preview"]]
    environment: Required[ComputerEnvironment | ComputerEnvironmentLiteral]
    display_width: Required[int]
    display_height: Required[int]


table_of(
    ComputerUsePreviewTool,
    field("type", const("computer_use_preview"), required=True),
    field("environment", enum_of(ComputerEnvironment), required=True),
    field("display_width", INTEGER, required=True),
    field("display_height", INTEGER, required=True),
    extra=ANY,
)
