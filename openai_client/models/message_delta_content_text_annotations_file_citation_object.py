from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._payload import ExtraFields, FieldSpec, as_object, check_strict, drop_absent_nulls
from ..errors import InvalidPayloadError
from ..types import UNSET, Unset

_FIELDS = (
    FieldSpec("index", (int,), required=True),
    FieldSpec("type", (str,), required=True, const="file_citation"),
    FieldSpec("text", (str,)),
    FieldSpec("file_citation", (dict,)),
    FieldSpec("start_index", (int,)),
    FieldSpec("end_index", (int,)),
)


def _parse_file_citation(data: Any, strict: bool) -> MessageDeltaContentTextAnnotationsFileCitation | Unset:
    if isinstance(data, Unset):
        return data
    return MessageDeltaContentTextAnnotationsFileCitation.from_dict(data, strict)


@_attrs_define
class MessageDeltaContentTextAnnotationsFileCitationObject(ExtraFields[Any]):
    """A file citation added while the text is written.

    Attributes:
        index (int): Which part (or tool call) this changes, counted from 0.
        type_ (Literal['file_citation']): Always `file_citation`.
        text (str | Unset): The text.
        file_citation (MessageDeltaContentTextAnnotationsFileCitation | Unset): The file quoted, and the words quoted.
        start_index (int | Unset): Where the span starts in the text.
        end_index (int | Unset): Where the span ends in the text.
    """

    index: int
    type_: Literal["file_citation"] = "file_citation"
    text: str | Unset = UNSET
    file_citation: MessageDeltaContentTextAnnotationsFileCitation | Unset = UNSET
    start_index: int | Unset = UNSET
    end_index: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _absent: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON-ready data: what was read, written back unchanged."""
        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "index": self.index,
            "type": self.type_,
        }
        if not isinstance(text := self.text, Unset):
            field_dict["text"] = text
        if not isinstance(file_citation := self.file_citation, Unset):
            field_dict["file_citation"] = file_citation.to_dict()
        if not isinstance(start_index := self.start_index, Unset):
            field_dict["start_index"] = start_index
        if not isinstance(end_index := self.end_index, Unset):
            field_dict["end_index"] = end_index
        if self._absent:
            drop_absent_nulls(field_dict, self._absent)
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any], strict: bool = False) -> Self:
        """Read a MessageDeltaContentTextAnnotationsFileCitationObject from decoded JSON.

        With `strict`, a value of the wrong JSON type, a null where none is allowed, or a
        missing required field raises, at any depth; without it, only what cannot be read.

        Raises:
            InvalidPayloadError: `src_dict` is not an object of this shape; its `path` names
                the field at fault.
        """
        d = src_dict.copy() if type(src_dict) is dict else as_object(src_dict)
        if strict:
            check_strict(d, _FIELDS, None)
        at = ""
        try:
            v_index = d.pop("index")
            v_type_ = d.pop("type")
            v_text = d.pop("text", UNSET)
            at = "file_citation"
            v_file_citation = _parse_file_citation(d.pop("file_citation", UNSET), strict)
            v_start_index = d.pop("start_index", UNSET)
            v_end_index = d.pop("end_index", UNSET)
        except KeyError as exc:
            raise InvalidPayloadError("required field is missing", str(exc.args[0])) from None
        except (TypeError, ValueError) as exc:
            raise InvalidPayloadError.wrap(exc, at) from exc
        obj = cls(
            index=v_index,
            type_=v_type_,
            text=v_text,
            file_citation=v_file_citation,
            start_index=v_start_index,
            end_index=v_end_index,
        )
        obj.additional_properties = d
        return obj


from ..models.message_delta_content_text_annotations_file_citation import MessageDeltaContentTextAnnotationsFileCitation
