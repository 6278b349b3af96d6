from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    ExtraFields,
    FieldSpec,
    as_object,
    check_strict,
    dump_sent,
    read_sent,
)
from ..errors import InvalidPayloadError
from ..types import UNSET, Unset


def _parse_url_citation(data: Any, strict: bool) -> MessageTextUrlCitationDetails:
    if type(data) is dict or not isinstance(data, MessageTextUrlCitationDetails):
        return MessageTextUrlCitationDetails.from_dict(data, strict)
    return data


def _dump_url_citation(value: Any) -> Any:
    return value.to_dict()


_FIELD_SPECS = (
    FieldSpec("index", "index", (int,), required=True),
    FieldSpec("type", "type_", (str,), required=True, const="url_citation"),
    FieldSpec(
        "url_citation", "url_citation", (dict,), required=True, read=_parse_url_citation, dump=_dump_url_citation
    ),
    FieldSpec("start_index", "start_index", (int,)),
    FieldSpec("end_index", "end_index", (int,)),
)
_KNOWN = frozenset({"index", "type", "url_citation", "start_index", "end_index"})
_new = object.__new__


@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class MessageDeltaContentTextAnnotationsUrlCitationObject(ExtraFields[Any]):
    """Foundry: a web page citation added to a text part while it is written.

    Attributes:
        index (int): Which annotation this is, counted from 0.
        type_ (Literal['url_citation']): Always `url_citation`.
        url_citation (MessageTextUrlCitationDetails): The page cited.
        start_index (int | Unset): Where the span starts in the text.
        end_index (int | Unset): Where the span ends in the text.
    """

    _FIELDS: ClassVar[tuple[FieldSpec, ...]] = _FIELD_SPECS
    index: int
    url_citation: MessageTextUrlCitationDetails
    type_: Literal["url_citation"] = "url_citation"
    start_index: int | Unset = UNSET
    end_index: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON-ready data: what was read, written back unchanged."""
        try:
            field_dict: dict[str, Any] = {
                **self.additional_properties,
                "index": self.index,
                "type": self.type_,
                "url_citation": self.url_citation.to_dict(),
            }
        except AttributeError:  # a field the server did not send: write those it did
            return dump_sent(self, self.additional_properties)
        if (start_index := self.start_index) is not UNSET:
            field_dict["start_index"] = start_index
        if (end_index := self.end_index) is not UNSET:
            field_dict["end_index"] = end_index
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any], strict: bool = False) -> Self:
        """Read a MessageDeltaContentTextAnnotationsUrlCitationObject from decoded JSON.

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
            obj.index = d["index"]
            obj.type_ = d["type"]
            at = "url_citation"
            value = d["url_citation"]
            obj.url_citation = (
                MessageTextUrlCitationDetails.from_dict(value, strict)
                if type(value) is dict
                else _parse_url_citation(value, strict)
            )
            obj.start_index = d.get("start_index", UNSET)
            obj.end_index = d.get("end_index", UNSET)
        except KeyError:  # a required field the server left out: the generic path keeps it absent
            return read_sent(cls, dict(d), strict, True)
        except (TypeError, ValueError) as exc:
            raise InvalidPayloadError.wrap(exc, at) from exc
        # The fields the spec does not name, kept as received; none (the common case) costs a count.
        present = 3 + (obj.start_index is not UNSET) + (obj.end_index is not UNSET)
        obj.additional_properties = {} if len(d) == present else {k: v for k, v in d.items() if k not in _KNOWN}
        return obj


from ..models.message_text_url_citation_details import MessageTextUrlCitationDetails
