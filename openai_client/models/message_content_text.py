from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._payload import ExtraFields, FieldSpec, as_object, check_strict, drop_absent_nulls
from ..errors import InvalidPayloadError

_FIELDS = (
    FieldSpec("value", (str,), required=True),
    FieldSpec("annotations", (list,), required=True),
)


def _dump_annotations_item(
    value: MessageContentTextAnnotationsFileCitationObject
    | MessageContentTextAnnotationsFilePathObject
    | UnknownMessageContentTextAnnotation,
) -> Any:
    if isinstance(
        value,
        (
            MessageContentTextAnnotationsFileCitationObject,
            MessageContentTextAnnotationsFilePathObject,
            UnknownMessageContentTextAnnotation,
        ),
    ):
        return value.to_dict()
    return value


def _parse_annotations_item(
    data: Any, strict: bool
) -> (
    MessageContentTextAnnotationsFileCitationObject
    | MessageContentTextAnnotationsFilePathObject
    | UnknownMessageContentTextAnnotation
):
    if type(data) is dict:
        tag = data.get("type")
        if tag == "file_citation":
            return MessageContentTextAnnotationsFileCitationObject.from_dict(data, strict)
        if tag == "file_path":
            return MessageContentTextAnnotationsFilePathObject.from_dict(data, strict)
        return UnknownMessageContentTextAnnotation.from_dict(data, strict)
    raise TypeError(f"expected object, got {type(data).__name__}")


def _parse_annotations(
    data: Any, strict: bool
) -> list[
    MessageContentTextAnnotationsFileCitationObject
    | MessageContentTextAnnotationsFilePathObject
    | UnknownMessageContentTextAnnotation
]:
    if type(data) is not list:
        raise TypeError(f"expected an array, got {type(data).__name__}")
    items: list[
        MessageContentTextAnnotationsFileCitationObject
        | MessageContentTextAnnotationsFilePathObject
        | UnknownMessageContentTextAnnotation
    ] = []
    try:
        for item in data:
            items.append(_parse_annotations_item(item, strict))
    except (TypeError, ValueError) as exc:
        raise InvalidPayloadError.wrap(exc, f"[{len(items)}]") from exc
    return items


@_attrs_define
class MessageContentText(ExtraFields[Any]):
    """The text and the annotations that point into it.

    Attributes:
        value (str): The text itself.
        annotations (list[MessageContentTextAnnotationsFileCitationObject | MessageContentTextAnnotationsFilePathObject
            | UnknownMessageContentTextAnnotation]): Spans of the text that cite or name files.
    """

    value: str
    annotations: list[
        MessageContentTextAnnotationsFileCitationObject
        | MessageContentTextAnnotationsFilePathObject
        | UnknownMessageContentTextAnnotation
    ]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _absent: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON-ready data: what was read, written back unchanged."""
        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "value": self.value,
            "annotations": [_dump_annotations_item(item) for item in self.annotations],
        }
        if self._absent:
            drop_absent_nulls(field_dict, self._absent)
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any], strict: bool = False) -> Self:
        """Read a MessageContentText from decoded JSON.

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
            v_value = d.pop("value")
            at = "annotations"
            v_annotations = _parse_annotations(d.pop("annotations"), strict)
        except KeyError as exc:
            raise InvalidPayloadError("required field is missing", str(exc.args[0])) from None
        except (TypeError, ValueError) as exc:
            raise InvalidPayloadError.wrap(exc, at) from exc
        obj = cls(
            value=v_value,
            annotations=v_annotations,
        )
        obj.additional_properties = d
        return obj


from ..models.message_content_text_annotations_file_citation_object import (
    MessageContentTextAnnotationsFileCitationObject,
)
from ..models.message_content_text_annotations_file_path_object import MessageContentTextAnnotationsFilePathObject
from ..models.unknown_message_content_text_annotation import UnknownMessageContentTextAnnotation
