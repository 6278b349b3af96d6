from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, ClassVar, Required, Self, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _attrs_setters

from .._model import (
    ExtraFields,
    FieldSpec,
    as_list,
    as_object,
    as_request_json,
    check_strict,
    dump_sent,
    read_sent,
)
from ..errors import InvalidPayloadError
from ..models.web_search_action_search_type import WebSearchActionSearchType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.web_search_action_search_sources_item import WebSearchActionSearchSourcesItemParam
    from ..models.web_search_action_search_type import WebSearchActionSearchTypeLiteral


def _parse_type_(data: Any, strict: bool) -> WebSearchActionSearchType:
    return WebSearchActionSearchType.known(data) or WebSearchActionSearchType.from_value(data)


def _convert_type_(value: WebSearchActionSearchType | WebSearchActionSearchTypeLiteral) -> WebSearchActionSearchType:
    """`type` as given to the constructor (a dict, string or sequence too), as its model."""
    try:
        return _parse_type_(value, True)
    except (TypeError, ValueError) as exc:
        raise InvalidPayloadError.wrap(exc, "type") from exc


def _parse_queries(data: Any, strict: bool) -> list[str] | Unset:
    if data is UNSET:
        return Unset.UNSET
    return as_list(data)


def _dump_queries(value: Any) -> Any:
    return list(value)


def _convert_queries(value: Sequence[str] | Unset) -> list[str] | Unset:
    """`queries` as given to the constructor (a dict, string or sequence too), as its model."""
    try:
        return _parse_queries(value, True)
    except (TypeError, ValueError) as exc:
        raise InvalidPayloadError.wrap(exc, "queries") from exc


def _parse_sources(data: Any, strict: bool) -> list[WebSearchActionSearchSourcesItem] | Unset:
    if data is UNSET:
        return Unset.UNSET
    listed = data if type(data) is list else as_list(data)
    items: list[WebSearchActionSearchSourcesItem] = []
    try:
        for item in listed:
            items.append(
                item
                if isinstance(item, WebSearchActionSearchSourcesItem)
                else WebSearchActionSearchSourcesItem.from_dict(item, strict)
            )
    except (TypeError, ValueError) as exc:
        raise InvalidPayloadError.wrap(exc, f"[{len(items)}]") from exc
    return items


def _dump_sources(value: Any) -> Any:
    return [item.to_dict() for item in value]


def _convert_sources(
    value: Sequence[WebSearchActionSearchSourcesItem | WebSearchActionSearchSourcesItemParam] | Unset,
) -> list[WebSearchActionSearchSourcesItem] | Unset:
    """`sources` as given to the constructor (a dict, string or sequence too), as its model."""
    try:
        return _parse_sources(value, True)
    except (TypeError, ValueError) as exc:
        raise InvalidPayloadError.wrap(exc, "sources") from exc


_FIELD_SPECS = (
    FieldSpec("type", "type_", (str,), required=True, read=_parse_type_),
    FieldSpec("query", "query", (str,)),
    FieldSpec("queries", "queries", (list,), items=(str,), read=_parse_queries, dump=_dump_queries),
    FieldSpec("sources", "sources", (list,), read=_parse_sources, dump=_dump_sources),
)
_KNOWN = frozenset({"type", "query", "queries", "sources"})
_new = object.__new__


@_attrs_define(eq=False, repr=False, getstate_setstate=False, on_setattr=_attrs_setters.NO_OP)
class WebSearchActionSearch(ExtraFields[Any]):
    """WebSearchActionSearch

    Attributes:
        type_ (WebSearchActionSearchType):
        query (str | Unset):
        queries (list[str] | Unset):
        sources (list[WebSearchActionSearchSourcesItem] | Unset):
    """

    _FIELDS: ClassVar[tuple[FieldSpec, ...]] = _FIELD_SPECS
    type_: WebSearchActionSearchType = _attrs_field(converter=_convert_type_)
    query: str | Unset = UNSET
    queries: list[str] | Unset = _attrs_field(default=UNSET, converter=_convert_queries)
    sources: list[WebSearchActionSearchSourcesItem] | Unset = _attrs_field(default=UNSET, converter=_convert_sources)
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON; a dict, string or sequence given for a field is read into its model first."""
        at = ""
        try:
            field_dict: dict[str, Any] = dict(self.additional_properties)
            field_dict["type"] = self.type_
            if (query := self.query) is not UNSET:
                field_dict["query"] = query
            at = "queries"
            if (queries := self.queries) is not UNSET:
                field_dict["queries"] = as_request_json(queries, _parse_queries)
            at = "sources"
            if (sources := self.sources) is not UNSET:
                field_dict["sources"] = as_request_json(sources, _parse_sources)
        except AttributeError:
            field_dict = dump_sent(self, self.additional_properties)
        except (TypeError, ValueError) as exc:
            raise InvalidPayloadError.wrap(exc, at) from exc
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any], strict: bool = False) -> Self:
        """Read a WebSearchActionSearch from decoded JSON.

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
            at = "type"
            obj.type_ = _parse_type_(d["type"], strict)
            obj.query = d.get("query", UNSET)
            at = "queries"
            obj.queries = _parse_queries(d.get("queries", UNSET), strict)
            at = "sources"
            obj.sources = _parse_sources(d.get("sources", UNSET), strict)
        except KeyError:  # a required field the server left out: the generic path keeps it absent
            return read_sent(cls, dict(d), strict, True)
        except (TypeError, ValueError) as exc:
            raise InvalidPayloadError.wrap(exc, at) from exc
        # The fields the spec does not name, kept as received; none (the common case) costs a count.
        present = 1 + (obj.query is not UNSET) + (obj.queries is not UNSET) + (obj.sources is not UNSET)
        obj.additional_properties = {} if len(d) == present else {k: v for k, v in d.items() if k not in _KNOWN}
        return obj


class WebSearchActionSearchParam(TypedDict, total=False):
    """The dict form of WebSearchActionSearch: what a request takes in its place (checked before sending)."""

    type: Required[WebSearchActionSearchType | WebSearchActionSearchTypeLiteral]
    query: str
    queries: Sequence[str]
    sources: Sequence[WebSearchActionSearchSourcesItem | WebSearchActionSearchSourcesItemParam]


from ..models.web_search_action_search_sources_item import WebSearchActionSearchSourcesItem
