from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Required, Self, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _attrs_setters

from .._model import (
    ExtraFields,
    FieldSpec,
    as_object,
    as_request_json,
    check_strict,
    dump_sent,
    read_sent,
)
from ..errors import InvalidPayloadError
from ..models.web_search_tool_search_context_size import WebSearchToolSearchContextSize
from ..models.web_search_tool_type import WebSearchToolType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.web_search_approximate_location_type_0 import WebSearchApproximateLocationType0Param
    from ..models.web_search_tool_filters_type_0 import WebSearchToolFiltersType0Param
    from ..models.web_search_tool_search_context_size import WebSearchToolSearchContextSizeLiteral
    from ..models.web_search_tool_type import WebSearchToolTypeLiteral


def _parse_type_(data: Any, strict: bool) -> WebSearchToolType:
    return WebSearchToolType.known(data) or WebSearchToolType.from_value(data)


def _convert_type_(value: WebSearchToolType | WebSearchToolTypeLiteral) -> WebSearchToolType:
    """`type` as given to the constructor (a dict, string or sequence too), as its model."""
    try:
        return _parse_type_(value, True)
    except (TypeError, ValueError) as exc:
        raise InvalidPayloadError.wrap(exc, "type") from exc


def _parse_filters(data: Any, strict: bool) -> None | Unset | WebSearchToolFiltersType0:
    if data is UNSET:
        return Unset.UNSET
    if data is None:
        return None
    if type(data) is dict:
        return WebSearchToolFiltersType0.from_dict(data, strict)
    if isinstance(data, WebSearchToolFiltersType0):
        return data
    if isinstance(data, Mapping):
        return _parse_filters(dict(data), strict)
    raise TypeError(f"expected object or null, got {type(data).__name__}")


def _dump_filters(value: Any) -> Any:
    if isinstance(value, WebSearchToolFiltersType0):
        return value.to_dict()
    return value


def _convert_filters(
    value: WebSearchToolFiltersType0 | WebSearchToolFiltersType0Param | None | Unset,
) -> None | Unset | WebSearchToolFiltersType0:
    """`filters` as given to the constructor (a dict, string or sequence too), as its model."""
    try:
        return _parse_filters(value, True)
    except (TypeError, ValueError) as exc:
        raise InvalidPayloadError.wrap(exc, "filters") from exc


def _parse_user_location(data: Any, strict: bool) -> None | Unset | WebSearchApproximateLocationType0:
    if data is UNSET:
        return Unset.UNSET
    if data is None:
        return None
    if type(data) is dict:
        return WebSearchApproximateLocationType0.from_dict(data, strict)
    if isinstance(data, WebSearchApproximateLocationType0):
        return data
    if isinstance(data, Mapping):
        return _parse_user_location(dict(data), strict)
    raise TypeError(f"expected object or null, got {type(data).__name__}")


def _dump_user_location(value: Any) -> Any:
    if isinstance(value, WebSearchApproximateLocationType0):
        return value.to_dict()
    return value


def _convert_user_location(
    value: WebSearchApproximateLocationType0 | WebSearchApproximateLocationType0Param | None | Unset,
) -> None | Unset | WebSearchApproximateLocationType0:
    """`user_location` as given to the constructor (a dict, string or sequence too), as its model."""
    try:
        return _parse_user_location(value, True)
    except (TypeError, ValueError) as exc:
        raise InvalidPayloadError.wrap(exc, "user_location") from exc


def _parse_search_context_size(data: Any, strict: bool) -> WebSearchToolSearchContextSize | Unset:
    if data is UNSET:
        return Unset.UNSET
    return WebSearchToolSearchContextSize.known(data) or WebSearchToolSearchContextSize.from_value(data)


def _convert_search_context_size(
    value: WebSearchToolSearchContextSize | WebSearchToolSearchContextSizeLiteral | Unset,
) -> WebSearchToolSearchContextSize | Unset:
    """`search_context_size` as given to the constructor (a dict, string or sequence too), as its model."""
    try:
        return _parse_search_context_size(value, True)
    except (TypeError, ValueError) as exc:
        raise InvalidPayloadError.wrap(exc, "search_context_size") from exc


_FIELD_SPECS = (
    FieldSpec("type", "type_", (str,), required=True, read=_parse_type_),
    FieldSpec("external_web_access", "external_web_access", (bool,)),
    FieldSpec("filters", "filters", (dict,), nullable=True, read=_parse_filters, dump=_dump_filters),
    FieldSpec(
        "user_location", "user_location", (dict,), nullable=True, read=_parse_user_location, dump=_dump_user_location
    ),
    FieldSpec("search_context_size", "search_context_size", (str,), read=_parse_search_context_size),
)
_KNOWN = frozenset({"type", "external_web_access", "filters", "user_location", "search_context_size"})
_new = object.__new__


@_attrs_define(eq=False, repr=False, getstate_setstate=False, on_setattr=_attrs_setters.NO_OP)
class WebSearchTool(ExtraFields[Any]):
    """WebSearchTool

    Attributes:
        type_ (WebSearchToolType):  Default: WebSearchToolType.WEB_SEARCH.
        external_web_access (bool | Unset):  Default: True.
        filters (None | Unset | WebSearchToolFiltersType0):
        user_location (None | Unset | WebSearchApproximateLocationType0):
        search_context_size (WebSearchToolSearchContextSize | Unset):  Default: WebSearchToolSearchContextSize.MEDIUM.
    """

    _FIELDS: ClassVar[tuple[FieldSpec, ...]] = _FIELD_SPECS
    type_: WebSearchToolType = _attrs_field(converter=_convert_type_)
    external_web_access: bool | Unset = UNSET
    filters: None | Unset | WebSearchToolFiltersType0 = _attrs_field(default=UNSET, converter=_convert_filters)
    user_location: None | Unset | WebSearchApproximateLocationType0 = _attrs_field(
        default=UNSET, converter=_convert_user_location
    )
    search_context_size: WebSearchToolSearchContextSize | Unset = _attrs_field(
        default=UNSET, converter=_convert_search_context_size
    )
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON; a dict, string or sequence given for a field is read into its model first."""
        at = ""
        try:
            field_dict: dict[str, Any] = dict(self.additional_properties)
            field_dict["type"] = self.type_
            if (external_web_access := self.external_web_access) is not UNSET:
                field_dict["external_web_access"] = external_web_access
            at = "filters"
            if (filters := self.filters) is not UNSET:
                field_dict["filters"] = as_request_json(filters, _parse_filters)
            at = "user_location"
            if (user_location := self.user_location) is not UNSET:
                field_dict["user_location"] = as_request_json(user_location, _parse_user_location)
            if (search_context_size := self.search_context_size) is not UNSET:
                field_dict["search_context_size"] = search_context_size
        except AttributeError:
            field_dict = dump_sent(self, self.additional_properties)
        except (TypeError, ValueError) as exc:
            raise InvalidPayloadError.wrap(exc, at) from exc
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any], strict: bool = False) -> Self:
        """Read a WebSearchTool from decoded JSON.

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
            obj.external_web_access = d.get("external_web_access", UNSET)
            at = "filters"
            obj.filters = _parse_filters(d.get("filters", UNSET), strict)
            at = "user_location"
            obj.user_location = _parse_user_location(d.get("user_location", UNSET), strict)
            at = "search_context_size"
            obj.search_context_size = _parse_search_context_size(d.get("search_context_size", UNSET), strict)
        except KeyError:  # a required field the server left out: the generic path keeps it absent
            return read_sent(cls, dict(d), strict, True)
        except (TypeError, ValueError) as exc:
            raise InvalidPayloadError.wrap(exc, at) from exc
        # The fields the spec does not name, kept as received; none (the common case) costs a count.
        present = (
            1
            + (obj.external_web_access is not UNSET)
            + (obj.filters is not UNSET)
            + (obj.user_location is not UNSET)
            + (obj.search_context_size is not UNSET)
        )
        obj.additional_properties = {} if len(d) == present else {k: v for k, v in d.items() if k not in _KNOWN}
        return obj


class WebSearchToolParam(TypedDict, total=False):
    """The dict form of WebSearchTool: what a request takes in its place (checked before sending)."""

    type: Required[WebSearchToolType | WebSearchToolTypeLiteral]
    external_web_access: bool
    filters: WebSearchToolFiltersType0 | WebSearchToolFiltersType0Param | None
    user_location: WebSearchApproximateLocationType0 | WebSearchApproximateLocationType0Param | None
    search_context_size: WebSearchToolSearchContextSize | WebSearchToolSearchContextSizeLiteral


from ..models.web_search_approximate_location_type_0 import WebSearchApproximateLocationType0
from ..models.web_search_tool_filters_type_0 import WebSearchToolFiltersType0
