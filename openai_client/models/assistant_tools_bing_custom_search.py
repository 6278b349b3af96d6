from __future__ import annotations

from typing import TYPE_CHECKING, Any, Literal, Required, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _attrs_setters

from .._fields import (  # the combinators a table is built from (the formatter drops those unused)
    ANY,
    const,
    field,
    model_of,
    table_of,
)
from .._model import DeprecatedAlias, ExtraFields

if TYPE_CHECKING:
    from ..models.bing_custom_search_tool_parameters import BingCustomSearchToolParametersParam


def _convert_bing_custom_search(
    value: BingCustomSearchToolParameters | BingCustomSearchToolParametersParam,
) -> BingCustomSearchToolParameters:
    return AssistantToolsBingCustomSearch.__table__.convert("bing_custom_search", value)  # type: ignore[no-any-return]


@_attrs_define(eq=False, repr=False, getstate_setstate=False, on_setattr=_attrs_setters.NO_OP)
class AssistantToolsBingCustomSearch(ExtraFields["Any"]):
    """Foundry (2025-05-15-preview): searches a Bing Custom Search instance.

    Attributes:
        type (Literal['bing_custom_search']): Always `bing_custom_search`.
        bing_custom_search (BingCustomSearchToolParameters): The Bing Custom Search configuration of the tool.
    """

    bing_custom_search: BingCustomSearchToolParameters = _attrs_field(converter=_convert_bing_custom_search)
    type: Literal["bing_custom_search"] = "bing_custom_search"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    type_ = DeprecatedAlias[Literal["bing_custom_search"]]("type")


class AssistantToolsBingCustomSearchParam(TypedDict, total=False):
    """The dict form of AssistantToolsBingCustomSearch: what a request takes in its place (checked before sending)."""

    type: Required[Literal["bing_custom_search"]]
    bing_custom_search: Required[BingCustomSearchToolParameters | BingCustomSearchToolParametersParam]


from ..models.bing_custom_search_tool_parameters import BingCustomSearchToolParameters

table_of(
    AssistantToolsBingCustomSearch,
    field("type", const("bing_custom_search"), required=True),
    field("bing_custom_search", model_of(BingCustomSearchToolParameters), required=True),
    extra=ANY,
)
