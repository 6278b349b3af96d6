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
from ..models.web_search_tool_call_status import WebSearchToolCallStatus
from ..models.web_search_tool_call_type import WebSearchToolCallType

if TYPE_CHECKING:
    from ..models.web_search_action_find import WebSearchActionFindParam
    from ..models.web_search_action_open_page import WebSearchActionOpenPageParam
    from ..models.web_search_action_search import WebSearchActionSearchParam
    from ..models.web_search_tool_call_status import WebSearchToolCallStatusLiteral
    from ..models.web_search_tool_call_type import WebSearchToolCallTypeLiteral


def _parse_type_(data: Any, strict: bool) -> WebSearchToolCallType:
    return WebSearchToolCallType.known(data) or WebSearchToolCallType.from_value(data)


def _convert_type_(value: WebSearchToolCallType | WebSearchToolCallTypeLiteral) -> WebSearchToolCallType:
    """`type` as given to the constructor (a dict, string or sequence too), as its model."""
    try:
        return _parse_type_(value, True)
    except (TypeError, ValueError) as exc:
        raise InvalidPayloadError.wrap(exc, "type") from exc


def _parse_status(data: Any, strict: bool) -> WebSearchToolCallStatus:
    return WebSearchToolCallStatus.known(data) or WebSearchToolCallStatus.from_value(data)


def _convert_status(value: WebSearchToolCallStatus | WebSearchToolCallStatusLiteral) -> WebSearchToolCallStatus:
    """`status` as given to the constructor (a dict, string or sequence too), as its model."""
    try:
        return _parse_status(value, True)
    except (TypeError, ValueError) as exc:
        raise InvalidPayloadError.wrap(exc, "status") from exc


def _parse_action(data: Any, strict: bool) -> WebSearchActionFind | WebSearchActionOpenPage | WebSearchActionSearch:
    if type(data) is dict:
        return WebSearchActionSearch.from_dict(data, strict)
    if isinstance(data, (WebSearchActionSearch, WebSearchActionOpenPage, WebSearchActionFind)):
        return data
    if isinstance(data, Mapping):
        return _parse_action(dict(data), strict)
    raise TypeError(f"expected object, got {type(data).__name__}")


def _dump_action(value: Any) -> Any:
    if isinstance(value, (WebSearchActionSearch, WebSearchActionOpenPage, WebSearchActionFind)):
        return value.to_dict()
    return value


def _convert_action(
    value: WebSearchActionSearch
    | WebSearchActionSearchParam
    | WebSearchActionOpenPage
    | WebSearchActionOpenPageParam
    | WebSearchActionFind
    | WebSearchActionFindParam,
) -> WebSearchActionFind | WebSearchActionOpenPage | WebSearchActionSearch:
    """`action` as given to the constructor (a dict, string or sequence too), as its model."""
    try:
        return _parse_action(value, True)
    except (TypeError, ValueError) as exc:
        raise InvalidPayloadError.wrap(exc, "action") from exc


_FIELD_SPECS = (
    FieldSpec("id", "id", (str,), required=True),
    FieldSpec("type", "type_", (str,), required=True, read=_parse_type_),
    FieldSpec("status", "status", (str,), required=True, read=_parse_status),
    FieldSpec("action", "action", (dict,), required=True, read=_parse_action, dump=_dump_action),
)
_KNOWN = frozenset({"id", "type", "status", "action"})
_new = object.__new__


@_attrs_define(eq=False, repr=False, getstate_setstate=False, on_setattr=_attrs_setters.NO_OP)
class WebSearchToolCall(ExtraFields[Any]):
    """WebSearchToolCall

    Attributes:
        id (str):
        type_ (WebSearchToolCallType):
        status (WebSearchToolCallStatus):
        action (WebSearchActionFind | WebSearchActionOpenPage | WebSearchActionSearch):
    """

    _FIELDS: ClassVar[tuple[FieldSpec, ...]] = _FIELD_SPECS
    id: str
    type_: WebSearchToolCallType = _attrs_field(converter=_convert_type_)
    status: WebSearchToolCallStatus = _attrs_field(converter=_convert_status)
    action: WebSearchActionFind | WebSearchActionOpenPage | WebSearchActionSearch = _attrs_field(
        converter=_convert_action
    )
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON; a dict, string or sequence given for a field is read into its model first."""
        at = ""
        try:
            field_dict: dict[str, Any] = dict(self.additional_properties)
            field_dict["id"] = self.id
            field_dict["type"] = self.type_
            field_dict["status"] = self.status
            at = "action"
            field_dict["action"] = as_request_json(self.action, _parse_action)
        except AttributeError:
            field_dict = dump_sent(self, self.additional_properties)
        except (TypeError, ValueError) as exc:
            raise InvalidPayloadError.wrap(exc, at) from exc
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any], strict: bool = False) -> Self:
        """Read a WebSearchToolCall from decoded JSON.

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
            obj.id = d["id"]
            at = "type"
            obj.type_ = _parse_type_(d["type"], strict)
            at = "status"
            obj.status = _parse_status(d["status"], strict)
            at = "action"
            obj.action = _parse_action(d["action"], strict)
        except KeyError:  # a required field the server left out: the generic path keeps it absent
            return read_sent(cls, dict(d), strict, True)
        except (TypeError, ValueError) as exc:
            raise InvalidPayloadError.wrap(exc, at) from exc
        # The fields the spec does not name, kept as received; none (the common case) costs a count.
        present = 4
        obj.additional_properties = {} if len(d) == present else {k: v for k, v in d.items() if k not in _KNOWN}
        return obj


class WebSearchToolCallParam(TypedDict, total=False):
    """The dict form of WebSearchToolCall: what a request takes in its place (checked before sending)."""

    id: Required[str]
    type: Required[WebSearchToolCallType | WebSearchToolCallTypeLiteral]
    status: Required[WebSearchToolCallStatus | WebSearchToolCallStatusLiteral]
    action: Required[
        WebSearchActionSearch
        | WebSearchActionSearchParam
        | WebSearchActionOpenPage
        | WebSearchActionOpenPageParam
        | WebSearchActionFind
        | WebSearchActionFindParam
    ]


from ..models.web_search_action_find import WebSearchActionFind
from ..models.web_search_action_open_page import WebSearchActionOpenPage
from ..models.web_search_action_search import WebSearchActionSearch
