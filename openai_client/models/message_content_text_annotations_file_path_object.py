from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._payload import ExtraFields, FieldSpec, as_object, check_strict, drop_absent_nulls
from ..errors import InvalidPayloadError

_FIELDS = (
    FieldSpec("type", (str,), required=True, const="file_path"),
    FieldSpec("text", (str,), required=True),
    FieldSpec("file_path", (dict,), required=True),
    FieldSpec("start_index", (int,), required=True),
    FieldSpec("end_index", (int,), required=True),
)


@_attrs_define
class MessageContentTextAnnotationsFilePathObject(ExtraFields[Any]):
    """A span of the text that names a file the code interpreter wrote.

    Attributes:
        type_ (Literal['file_path']): Always `file_path`.
        text (str): The text.
        file_path (MessageContentTextAnnotationsFilePath): The file written.
        start_index (int): Where the span starts in the text.
        end_index (int): Where the span ends in the text.
    """

    text: str
    file_path: MessageContentTextAnnotationsFilePath
    start_index: int
    end_index: int
    type_: Literal["file_path"] = "file_path"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _absent: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON-ready data: what was read, written back unchanged."""
        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "type": self.type_,
            "text": self.text,
            "file_path": self.file_path.to_dict(),
            "start_index": self.start_index,
            "end_index": self.end_index,
        }
        if self._absent:
            drop_absent_nulls(field_dict, self._absent)
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any], strict: bool = False) -> Self:
        """Read a MessageContentTextAnnotationsFilePathObject from decoded JSON.

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
            v_type_ = d.pop("type")
            v_text = d.pop("text")
            at = "file_path"
            v_file_path = MessageContentTextAnnotationsFilePath.from_dict(d.pop("file_path"), strict)
            v_start_index = d.pop("start_index")
            v_end_index = d.pop("end_index")
        except KeyError as exc:
            raise InvalidPayloadError("required field is missing", str(exc.args[0])) from None
        except (TypeError, ValueError) as exc:
            raise InvalidPayloadError.wrap(exc, at) from exc
        obj = cls(
            type_=v_type_,
            text=v_text,
            file_path=v_file_path,
            start_index=v_start_index,
            end_index=v_end_index,
        )
        obj.additional_properties = d
        return obj


from ..models.message_content_text_annotations_file_path import MessageContentTextAnnotationsFilePath
