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
from ..models.reasoning_item_status import ReasoningItemStatus
from ..models.reasoning_item_type import ReasoningItemType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.reasoning_item_status import ReasoningItemStatusLiteral
    from ..models.reasoning_item_type import ReasoningItemTypeLiteral
    from ..models.reasoning_text_content import ReasoningTextContentParam
    from ..models.summary_text_content import SummaryTextContentParam


def _parse_type_(data: Any, strict: bool) -> ReasoningItemType:
    return ReasoningItemType.known(data) or ReasoningItemType.from_value(data)


def _convert_type_(value: ReasoningItemType | ReasoningItemTypeLiteral) -> ReasoningItemType:
    """`type` as given to the constructor (a dict, string or sequence too), as its model."""
    try:
        return _parse_type_(value, True)
    except (TypeError, ValueError) as exc:
        raise InvalidPayloadError.wrap(exc, "type") from exc


def _parse_summary(data: Any, strict: bool) -> list[SummaryTextContent]:
    listed = data if type(data) is list else as_list(data)
    items: list[SummaryTextContent] = []
    try:
        for item in listed:
            items.append(item if isinstance(item, SummaryTextContent) else SummaryTextContent.from_dict(item, strict))
    except (TypeError, ValueError) as exc:
        raise InvalidPayloadError.wrap(exc, f"[{len(items)}]") from exc
    return items


def _dump_summary(value: Any) -> Any:
    return [item.to_dict() for item in value]


def _convert_summary(value: Sequence[SummaryTextContent | SummaryTextContentParam]) -> list[SummaryTextContent]:
    """`summary` as given to the constructor (a dict, string or sequence too), as its model."""
    try:
        return _parse_summary(value, True)
    except (TypeError, ValueError) as exc:
        raise InvalidPayloadError.wrap(exc, "summary") from exc


def _parse_content(data: Any, strict: bool) -> list[ReasoningTextContent] | Unset:
    if data is UNSET:
        return Unset.UNSET
    listed = data if type(data) is list else as_list(data)
    items: list[ReasoningTextContent] = []
    try:
        for item in listed:
            items.append(
                item if isinstance(item, ReasoningTextContent) else ReasoningTextContent.from_dict(item, strict)
            )
    except (TypeError, ValueError) as exc:
        raise InvalidPayloadError.wrap(exc, f"[{len(items)}]") from exc
    return items


def _dump_content(value: Any) -> Any:
    return [item.to_dict() for item in value]


def _convert_content(
    value: Sequence[ReasoningTextContent | ReasoningTextContentParam] | Unset,
) -> list[ReasoningTextContent] | Unset:
    """`content` as given to the constructor (a dict, string or sequence too), as its model."""
    try:
        return _parse_content(value, True)
    except (TypeError, ValueError) as exc:
        raise InvalidPayloadError.wrap(exc, "content") from exc


def _parse_status(data: Any, strict: bool) -> ReasoningItemStatus | Unset:
    if data is UNSET:
        return Unset.UNSET
    return ReasoningItemStatus.known(data) or ReasoningItemStatus.from_value(data)


def _convert_status(value: ReasoningItemStatus | ReasoningItemStatusLiteral | Unset) -> ReasoningItemStatus | Unset:
    """`status` as given to the constructor (a dict, string or sequence too), as its model."""
    try:
        return _parse_status(value, True)
    except (TypeError, ValueError) as exc:
        raise InvalidPayloadError.wrap(exc, "status") from exc


_FIELD_SPECS = (
    FieldSpec("type", "type_", (str,), required=True, read=_parse_type_),
    FieldSpec("id", "id", (str,), required=True),
    FieldSpec("summary", "summary", (list,), required=True, read=_parse_summary, dump=_dump_summary),
    FieldSpec("encrypted_content", "encrypted_content", (str,), nullable=True),
    FieldSpec("content", "content", (list,), read=_parse_content, dump=_dump_content),
    FieldSpec("status", "status", (str,), read=_parse_status),
)
_KNOWN = frozenset({"type", "id", "summary", "encrypted_content", "content", "status"})
_new = object.__new__


@_attrs_define(eq=False, repr=False, getstate_setstate=False, on_setattr=_attrs_setters.NO_OP)
class ReasoningItem(ExtraFields[Any]):
    """ReasoningItem

    Attributes:
        type_ (ReasoningItemType):
        id (str):
        summary (list[SummaryTextContent]):
        encrypted_content (None | str | Unset):
        content (list[ReasoningTextContent] | Unset):
        status (ReasoningItemStatus | Unset):
    """

    _FIELDS: ClassVar[tuple[FieldSpec, ...]] = _FIELD_SPECS
    type_: ReasoningItemType = _attrs_field(converter=_convert_type_)
    id: str
    summary: list[SummaryTextContent] = _attrs_field(converter=_convert_summary)
    encrypted_content: None | str | Unset = UNSET
    content: list[ReasoningTextContent] | Unset = _attrs_field(default=UNSET, converter=_convert_content)
    status: ReasoningItemStatus | Unset = _attrs_field(default=UNSET, converter=_convert_status)
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON; a dict, string or sequence given for a field is read into its model first."""
        at = ""
        try:
            field_dict: dict[str, Any] = dict(self.additional_properties)
            field_dict["type"] = self.type_
            field_dict["id"] = self.id
            at = "summary"
            field_dict["summary"] = as_request_json(self.summary, _parse_summary)
            if (encrypted_content := self.encrypted_content) is not UNSET:
                field_dict["encrypted_content"] = encrypted_content
            at = "content"
            if (content := self.content) is not UNSET:
                field_dict["content"] = as_request_json(content, _parse_content)
            if (status := self.status) is not UNSET:
                field_dict["status"] = status
        except AttributeError:
            field_dict = dump_sent(self, self.additional_properties)
        except (TypeError, ValueError) as exc:
            raise InvalidPayloadError.wrap(exc, at) from exc
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any], strict: bool = False) -> Self:
        """Read a ReasoningItem from decoded JSON.

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
            obj.id = d["id"]
            at = "summary"
            obj.summary = _parse_summary(d["summary"], strict)
            obj.encrypted_content = d.get("encrypted_content", UNSET)
            at = "content"
            obj.content = _parse_content(d.get("content", UNSET), strict)
            at = "status"
            obj.status = _parse_status(d.get("status", UNSET), strict)
        except KeyError:  # a required field the server left out: the generic path keeps it absent
            return read_sent(cls, dict(d), strict, True)
        except (TypeError, ValueError) as exc:
            raise InvalidPayloadError.wrap(exc, at) from exc
        # The fields the spec does not name, kept as received; none (the common case) costs a count.
        present = 3 + (obj.encrypted_content is not UNSET) + (obj.content is not UNSET) + (obj.status is not UNSET)
        obj.additional_properties = {} if len(d) == present else {k: v for k, v in d.items() if k not in _KNOWN}
        return obj


class ReasoningItemParam(TypedDict, total=False):
    """The dict form of ReasoningItem: what a request takes in its place (checked before sending)."""

    type: Required[ReasoningItemType | ReasoningItemTypeLiteral]
    id: Required[str]
    summary: Required[Sequence[SummaryTextContent | SummaryTextContentParam]]
    encrypted_content: str | None
    content: Sequence[ReasoningTextContent | ReasoningTextContentParam]
    status: ReasoningItemStatus | ReasoningItemStatusLiteral


from ..models.reasoning_text_content import ReasoningTextContent
from ..models.summary_text_content import SummaryTextContent
