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
from ..models.search_content_type import SearchContentType
from ..models.search_context_size import SearchContextSize
from ..models.web_search_preview_tool_type import WebSearchPreviewToolType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.approximate_location import ApproximateLocationParam
    from ..models.search_content_type import SearchContentTypeLiteral
    from ..models.search_context_size import SearchContextSizeLiteral
    from ..models.web_search_preview_tool_type import WebSearchPreviewToolTypeLiteral


def _parse_type_(data: Any, strict: bool) -> WebSearchPreviewToolType:
    return WebSearchPreviewToolType.known(data) or WebSearchPreviewToolType.from_value(data)


def _convert_type_(value: WebSearchPreviewToolType | WebSearchPreviewToolTypeLiteral) -> WebSearchPreviewToolType:
    """`type` as given to the constructor (a dict, string or sequence too), as its model."""
    try:
        return _parse_type_(value, True)
    except (TypeError, ValueError) as exc:
        raise InvalidPayloadError.wrap(exc, "type") from exc


def _parse_user_location(data: Any, strict: bool) -> ApproximateLocation | None | Unset:
    if data is UNSET:
        return Unset.UNSET
    if data is None:
        return None
    if type(data) is dict:
        return ApproximateLocation.from_dict(data, strict)
    if isinstance(data, ApproximateLocation):
        return data
    if isinstance(data, Mapping):
        return _parse_user_location(dict(data), strict)
    raise TypeError(f"expected object or null, got {type(data).__name__}")


def _dump_user_location(value: Any) -> Any:
    if isinstance(value, ApproximateLocation):
        return value.to_dict()
    return value


def _convert_user_location(
    value: ApproximateLocation | ApproximateLocationParam | None | Unset,
) -> ApproximateLocation | None | Unset:
    """`user_location` as given to the constructor (a dict, string or sequence too), as its model."""
    try:
        return _parse_user_location(value, True)
    except (TypeError, ValueError) as exc:
        raise InvalidPayloadError.wrap(exc, "user_location") from exc


def _parse_search_context_size(data: Any, strict: bool) -> SearchContextSize | Unset:
    if data is UNSET:
        return Unset.UNSET
    return SearchContextSize.known(data) or SearchContextSize.from_value(data)


def _convert_search_context_size(
    value: SearchContextSize | SearchContextSizeLiteral | Unset,
) -> SearchContextSize | Unset:
    """`search_context_size` as given to the constructor (a dict, string or sequence too), as its model."""
    try:
        return _parse_search_context_size(value, True)
    except (TypeError, ValueError) as exc:
        raise InvalidPayloadError.wrap(exc, "search_context_size") from exc


def _parse_search_content_types(data: Any, strict: bool) -> list[SearchContentType] | Unset:
    if data is UNSET:
        return Unset.UNSET
    listed = data if type(data) is list else as_list(data)
    items: list[SearchContentType] = []
    try:
        for item in listed:
            items.append(SearchContentType.known(item) or SearchContentType.from_value(item))
    except (TypeError, ValueError) as exc:
        raise InvalidPayloadError.wrap(exc, f"[{len(items)}]") from exc
    return items


def _dump_search_content_types(value: Any) -> Any:
    return list(value)


def _convert_search_content_types(
    value: Sequence[SearchContentType | SearchContentTypeLiteral] | Unset,
) -> list[SearchContentType] | Unset:
    """`search_content_types` as given to the constructor (a dict, string or sequence too), as its model."""
    try:
        return _parse_search_content_types(value, True)
    except (TypeError, ValueError) as exc:
        raise InvalidPayloadError.wrap(exc, "search_content_types") from exc


_FIELD_SPECS = (
    FieldSpec("type", "type_", (str,), required=True, read=_parse_type_),
    FieldSpec(
        "user_location", "user_location", (dict,), nullable=True, read=_parse_user_location, dump=_dump_user_location
    ),
    FieldSpec("search_context_size", "search_context_size", (str,), read=_parse_search_context_size),
    FieldSpec(
        "search_content_types",
        "search_content_types",
        (list,),
        read=_parse_search_content_types,
        dump=_dump_search_content_types,
    ),
)
_KNOWN = frozenset({"type", "user_location", "search_context_size", "search_content_types"})
_new = object.__new__


@_attrs_define(eq=False, repr=False, getstate_setstate=False, on_setattr=_attrs_setters.NO_OP)
class WebSearchPreviewTool(ExtraFields[Any]):
    """WebSearchPreviewTool

    Attributes:
        type_ (WebSearchPreviewToolType):  Default: WebSearchPreviewToolType.WEB_SEARCH_PREVIEW.
        user_location (ApproximateLocation | None | Unset):
        search_context_size (SearchContextSize | Unset):
        search_content_types (list[SearchContentType] | Unset):
    """

    _FIELDS: ClassVar[tuple[FieldSpec, ...]] = _FIELD_SPECS
    type_: WebSearchPreviewToolType = _attrs_field(converter=_convert_type_)
    user_location: ApproximateLocation | None | Unset = _attrs_field(default=UNSET, converter=_convert_user_location)
    search_context_size: SearchContextSize | Unset = _attrs_field(default=UNSET, converter=_convert_search_context_size)
    search_content_types: list[SearchContentType] | Unset = _attrs_field(
        default=UNSET, converter=_convert_search_content_types
    )
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON; a dict, string or sequence given for a field is read into its model first."""
        at = ""
        try:
            field_dict: dict[str, Any] = dict(self.additional_properties)
            field_dict["type"] = self.type_
            at = "user_location"
            if (user_location := self.user_location) is not UNSET:
                field_dict["user_location"] = as_request_json(user_location, _parse_user_location)
            if (search_context_size := self.search_context_size) is not UNSET:
                field_dict["search_context_size"] = search_context_size
            at = "search_content_types"
            if (search_content_types := self.search_content_types) is not UNSET:
                field_dict["search_content_types"] = as_request_json(search_content_types, _parse_search_content_types)
        except AttributeError:
            field_dict = dump_sent(self, self.additional_properties)
        except (TypeError, ValueError) as exc:
            raise InvalidPayloadError.wrap(exc, at) from exc
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any], strict: bool = False) -> Self:
        """Read a WebSearchPreviewTool from decoded JSON.

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
            at = "user_location"
            obj.user_location = _parse_user_location(d.get("user_location", UNSET), strict)
            at = "search_context_size"
            obj.search_context_size = _parse_search_context_size(d.get("search_context_size", UNSET), strict)
            at = "search_content_types"
            obj.search_content_types = _parse_search_content_types(d.get("search_content_types", UNSET), strict)
        except KeyError:  # a required field the server left out: the generic path keeps it absent
            return read_sent(cls, dict(d), strict, True)
        except (TypeError, ValueError) as exc:
            raise InvalidPayloadError.wrap(exc, at) from exc
        # The fields the spec does not name, kept as received; none (the common case) costs a count.
        present = (
            1
            + (obj.user_location is not UNSET)
            + (obj.search_context_size is not UNSET)
            + (obj.search_content_types is not UNSET)
        )
        obj.additional_properties = {} if len(d) == present else {k: v for k, v in d.items() if k not in _KNOWN}
        return obj


class WebSearchPreviewToolParam(TypedDict, total=False):
    """The dict form of WebSearchPreviewTool: what a request takes in its place (checked before sending)."""

    type: Required[WebSearchPreviewToolType | WebSearchPreviewToolTypeLiteral]
    user_location: ApproximateLocation | ApproximateLocationParam | None
    search_context_size: SearchContextSize | SearchContextSizeLiteral
    search_content_types: Sequence[SearchContentType | SearchContentTypeLiteral]


from ..models.approximate_location import ApproximateLocation
