from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, TypedDict

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
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.ai_search_index_resource import AISearchIndexResourceParam


def _convert_indexes(
    value: Sequence[AISearchIndexResource | AISearchIndexResourceParam] | Unset,
) -> list[AISearchIndexResource] | Unset:
    return AzureAISearchToolResource.__table__.convert("indexes", value)  # type: ignore[no-any-return]


@_attrs_define(eq=False, repr=False, getstate_setstate=False, on_setattr=_attrs_setters.NO_OP)
class AzureAISearchToolResource(ExtraFields["Any"]):
    """Foundry: the index the `azure_ai_search` tool searches.

    Attributes:
        indexes (list[AISearchIndexResource] | Unset): At most one index.
    """

    indexes: list[AISearchIndexResource] | Unset = _attrs_field(default=UNSET, converter=_convert_indexes)
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


class AzureAISearchToolResourceParam(TypedDict, total=False):
    """The dict form of AzureAISearchToolResource: what a request takes in its place (checked before sending)."""

    indexes: Sequence[AISearchIndexResource | AISearchIndexResourceParam]


from ..models.ai_search_index_resource import AISearchIndexResource

table_of(
    AzureAISearchToolResource,
    field("indexes", list_of(model_of(AISearchIndexResource))),
    extra=ANY,
)
