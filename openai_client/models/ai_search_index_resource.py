from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Self, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _attrs_setters

from .._model import (
    ExtraFields,
    FieldSpec,
    as_object,
    check_strict,
    dump_sent,
    read_sent,
)
from ..errors import InvalidPayloadError
from ..models.azure_ai_search_query_type import AzureAISearchQueryType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.azure_ai_search_query_type import AzureAISearchQueryTypeLiteral


def _parse_query_type(data: Any, strict: bool) -> AzureAISearchQueryType | Unset:
    if data is UNSET:
        return Unset.UNSET
    return AzureAISearchQueryType.known(data) or AzureAISearchQueryType.from_value(data)


def _convert_query_type(
    value: AzureAISearchQueryType | AzureAISearchQueryTypeLiteral | Unset,
) -> AzureAISearchQueryType | Unset:
    """`query_type` as given to the constructor (a dict, string or sequence too), as its model."""
    try:
        return _parse_query_type(value, True)
    except (TypeError, ValueError) as exc:
        raise InvalidPayloadError.wrap(exc, "query_type") from exc


_FIELD_SPECS = (
    FieldSpec("index_connection_id", "index_connection_id", (str,)),
    FieldSpec("index_name", "index_name", (str,)),
    FieldSpec("query_type", "query_type", (str,), read=_parse_query_type),
    FieldSpec("top_k", "top_k", (int,)),
    FieldSpec("filter", "filter_", (str,)),
    FieldSpec("index_asset_id", "index_asset_id", (str,)),
)
_KNOWN = frozenset({"index_connection_id", "index_name", "query_type", "top_k", "filter", "index_asset_id"})
_new = object.__new__


@_attrs_define(eq=False, repr=False, getstate_setstate=False, on_setattr=_attrs_setters.NO_OP)
class AISearchIndexResource(ExtraFields[Any]):
    """An Azure AI Search index, and how to query it.

    Attributes:
        index_connection_id (str | Unset): The project connection to the search service.
        index_name (str | Unset): The index's name.
        query_type (AzureAISearchQueryType | Unset): How the index is queried.
        top_k (int | Unset): How many documents to give the model.
        filter_ (str | Unset): A filter expression for the search.
        index_asset_id (str | Unset): The index's asset ID, instead of a connection and name.
    """

    _FIELDS: ClassVar[tuple[FieldSpec, ...]] = _FIELD_SPECS
    index_connection_id: str | Unset = UNSET
    index_name: str | Unset = UNSET
    query_type: AzureAISearchQueryType | Unset = _attrs_field(default=UNSET, converter=_convert_query_type)
    top_k: int | Unset = UNSET
    filter_: str | Unset = UNSET
    index_asset_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON; a dict, string or sequence given for a field is read into its model first."""
        at = ""
        try:
            field_dict: dict[str, Any] = dict(self.additional_properties)
            if (index_connection_id := self.index_connection_id) is not UNSET:
                field_dict["index_connection_id"] = index_connection_id
            if (index_name := self.index_name) is not UNSET:
                field_dict["index_name"] = index_name
            if (query_type := self.query_type) is not UNSET:
                field_dict["query_type"] = query_type
            if (top_k := self.top_k) is not UNSET:
                field_dict["top_k"] = top_k
            if (filter_ := self.filter_) is not UNSET:
                field_dict["filter"] = filter_
            if (index_asset_id := self.index_asset_id) is not UNSET:
                field_dict["index_asset_id"] = index_asset_id
        except AttributeError:
            field_dict = dump_sent(self, self.additional_properties)
        except (TypeError, ValueError) as exc:
            raise InvalidPayloadError.wrap(exc, at) from exc
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any], strict: bool = False) -> Self:
        """Read a AISearchIndexResource from decoded JSON.

        Without `strict`, what the server sent is read as it is: a field it left out stays
        absent (see `is_sent`). With `strict`, a value of the wrong JSON type, a null where
        none is allowed, or a missing required field raises, at any depth.

        Raises:
            InvalidPayloadError: `src_dict` is not an object of this shape; its `path` names
                the field at fault.
        """
        d = src_dict if type(src_dict) is dict else as_object(src_dict)
        if strict:
            check_strict(d, _FIELD_SPECS, None)
        obj = _new(cls)
        at = ""
        try:
            obj.index_connection_id = d.get("index_connection_id", UNSET)
            obj.index_name = d.get("index_name", UNSET)
            at = "query_type"
            obj.query_type = _parse_query_type(d.get("query_type", UNSET), strict)
            obj.top_k = d.get("top_k", UNSET)
            obj.filter_ = d.get("filter", UNSET)
            obj.index_asset_id = d.get("index_asset_id", UNSET)
        except KeyError:  # a required field the server left out: the generic path keeps it absent
            return read_sent(cls, dict(d), strict, True)
        except (TypeError, ValueError) as exc:
            raise InvalidPayloadError.wrap(exc, at) from exc
        # The fields the spec does not name, kept as received; none (the common case) costs one subset test.
        obj.additional_properties = {} if _KNOWN.issuperset(d) else {k: v for k, v in d.items() if k not in _KNOWN}
        return obj


class AISearchIndexResourceParam(TypedDict, total=False):
    """The dict form of AISearchIndexResource: what a request takes in its place (checked before sending)."""

    index_connection_id: str
    index_name: str
    query_type: AzureAISearchQueryType | AzureAISearchQueryTypeLiteral
    top_k: int
    filter: str
    index_asset_id: str
