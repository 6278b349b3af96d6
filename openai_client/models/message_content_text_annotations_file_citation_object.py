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


def _parse_file_citation(data: Any, strict: bool) -> MessageContentTextAnnotationsFileCitation:
    if type(data) is dict or not isinstance(data, MessageContentTextAnnotationsFileCitation):
        return MessageContentTextAnnotationsFileCitation.from_dict(data, strict)
    return data


def _dump_file_citation(value: Any) -> Any:
    return value.to_dict()


_FIELD_SPECS = (
    FieldSpec("type", "type_", (str,), required=True, const="file_citation"),
    FieldSpec("text", "text", (str,), required=True),
    FieldSpec(
        "file_citation", "file_citation", (dict,), required=True, read=_parse_file_citation, dump=_dump_file_citation
    ),
    FieldSpec("start_index", "start_index", (int,), required=True),
    FieldSpec("end_index", "end_index", (int,), required=True),
)
_KNOWN = frozenset({"type", "text", "file_citation", "start_index", "end_index"})
_new = object.__new__


@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class MessageContentTextAnnotationsFileCitationObject(ExtraFields[Any]):
    """A span of the text that quotes a file that file search found.

    Attributes:
        type_ (Literal['file_citation']): Always `file_citation`.
        text (str): The text.
        file_citation (MessageContentTextAnnotationsFileCitation): The file quoted.
        start_index (int): Where the span starts in the text.
        end_index (int): Where the span ends in the text.
    """

    _FIELDS: ClassVar[tuple[FieldSpec, ...]] = _FIELD_SPECS
    text: str
    file_citation: MessageContentTextAnnotationsFileCitation
    start_index: int
    end_index: int
    type_: Literal["file_citation"] = "file_citation"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON-ready data: what was read, written back unchanged."""
        try:
            field_dict: dict[str, Any] = {
                **self.additional_properties,
                "type": self.type_,
                "text": self.text,
                "file_citation": self.file_citation.to_dict(),
                "start_index": self.start_index,
                "end_index": self.end_index,
            }
        except AttributeError:  # a field the server did not send: write those it did
            return dump_sent(self, self.additional_properties)
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any], strict: bool = False) -> Self:
        """Read a MessageContentTextAnnotationsFileCitationObject from decoded JSON.

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
            obj.type_ = d["type"]
            obj.text = d["text"]
            at = "file_citation"
            value = d["file_citation"]
            obj.file_citation = (
                MessageContentTextAnnotationsFileCitation.from_dict(value, strict)
                if type(value) is dict
                else _parse_file_citation(value, strict)
            )
            obj.start_index = d["start_index"]
            obj.end_index = d["end_index"]
        except KeyError:  # a required field the server left out: the generic path keeps it absent
            return read_sent(cls, dict(d), strict, True)
        except (TypeError, ValueError) as exc:
            raise InvalidPayloadError.wrap(exc, at) from exc
        # The fields the spec does not name, kept as received; none (the common case) costs a count.
        present = 5
        obj.additional_properties = {} if len(d) == present else {k: v for k, v in d.items() if k not in _KNOWN}
        return obj


from ..models.message_content_text_annotations_file_citation import MessageContentTextAnnotationsFileCitation
