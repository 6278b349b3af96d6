from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, Required, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _attrs_setters

from .._fields import (  # the combinators a table is built from (the formatter drops those unused)
    ANY,
    field,
    list_of,
    model_of,
    table_of,
)
from .._model import ExtraFields

if TYPE_CHECKING:
    from ..models.bing_custom_search_configuration import BingCustomSearchConfigurationParam


def _convert_search_configurations(
    value: Sequence[BingCustomSearchConfiguration | BingCustomSearchConfigurationParam],
) -> list[BingCustomSearchConfiguration]:
    return BingCustomSearchToolParameters.__table__.convert("search_configurations", value)  # type: ignore[no-any-return]


@_attrs_define(eq=False, repr=False, getstate_setstate=False, on_setattr=_attrs_setters.NO_OP)
class BingCustomSearchToolParameters(ExtraFields["Any"]):
    """The Bing Custom Search configuration of the tool.

    Attributes:
        search_configurations (list[BingCustomSearchConfiguration]): At most one search configuration.
    """

    search_configurations: list[BingCustomSearchConfiguration] = _attrs_field(converter=_convert_search_configurations)
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


class BingCustomSearchToolParametersParam(TypedDict, total=False):
    """The dict form of BingCustomSearchToolParameters: what a request takes in its place (checked before sending)."""

    search_configurations: Required[Sequence[BingCustomSearchConfiguration | BingCustomSearchConfigurationParam]]


from ..models.bing_custom_search_configuration import BingCustomSearchConfiguration

table_of(
    BingCustomSearchToolParameters,
    field("search_configurations", list_of(model_of(BingCustomSearchConfiguration)), required=True),
    extra=ANY,
)
