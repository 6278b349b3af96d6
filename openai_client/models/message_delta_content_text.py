from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    ExtraFields,
    FieldSpec,
    as_list,
    as_object,
    check_strict,
    dump_sent,
    read_sent,
)
from ..errors import InvalidPayloadError
from ..types import UNSET, Unset


def _parse_annotations_item(
    data: Any, strict: bool
) -> (
    MessageDeltaContentTextAnnotationsFileCitationObject
    | MessageDeltaContentTextAnnotationsFilePathObject
    | MessageDeltaContentTextAnnotationsUrlCitationObject
    | UnknownMessageDeltaContentTextAnnotation
):
    if type(data) is dict:
        tag = data.get("type")
        if tag == "file_citation":
            return MessageDeltaContentTextAnnotationsFileCitationObject.from_dict(data, strict)
        if tag == "file_path":
            return MessageDeltaContentTextAnnotationsFilePathObject.from_dict(data, strict)
        if tag == "url_citation":
            return MessageDeltaContentTextAnnotationsUrlCitationObject.from_dict(data, strict)
        return UnknownMessageDeltaContentTextAnnotation.from_dict(data, strict)
    if isinstance(
        data,
        (
            MessageDeltaContentTextAnnotationsFileCitationObject,
            MessageDeltaContentTextAnnotationsFilePathObject,
            MessageDeltaContentTextAnnotationsUrlCitationObject,
            UnknownMessageDeltaContentTextAnnotation,
        ),
    ):
        return data
    if isinstance(data, Mapping):
        return _parse_annotations_item(dict(data), strict)
    raise TypeError(f"expected object, got {type(data).__name__}")


def _dump_annotations_item(value: Any) -> Any:
    if isinstance(
        value,
        (
            MessageDeltaContentTextAnnotationsFileCitationObject,
            MessageDeltaContentTextAnnotationsFilePathObject,
            MessageDeltaContentTextAnnotationsUrlCitationObject,
            UnknownMessageDeltaContentTextAnnotation,
        ),
    ):
        return value.to_dict()
    return value


def _parse_annotations(
    data: Any, strict: bool
) -> (
    list[
        MessageDeltaContentTextAnnotationsFileCitationObject
        | MessageDeltaContentTextAnnotationsFilePathObject
        | MessageDeltaContentTextAnnotationsUrlCitationObject
        | UnknownMessageDeltaContentTextAnnotation
    ]
    | Unset
):
    if data is UNSET:
        return Unset.UNSET
    listed = data if type(data) is list else as_list(data)
    items: list[
        MessageDeltaContentTextAnnotationsFileCitationObject
        | MessageDeltaContentTextAnnotationsFilePathObject
        | MessageDeltaContentTextAnnotationsUrlCitationObject
        | UnknownMessageDeltaContentTextAnnotation
    ] = []
    try:
        for item in listed:
            items.append(_parse_annotations_item(item, strict))
    except (TypeError, ValueError) as exc:
        raise InvalidPayloadError.wrap(exc, f"[{len(items)}]") from exc
    return items


def _dump_annotations(value: Any) -> Any:
    return [_dump_annotations_item(item) for item in value]


_FIELD_SPECS = (
    FieldSpec("value", "value", (str,)),
    FieldSpec("annotations", "annotations", (list,), read=_parse_annotations, dump=_dump_annotations),
)
_KNOWN = frozenset({"value", "annotations"})
_new = object.__new__


@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class MessageDeltaContentText(ExtraFields[Any]):
    """The text added, and annotations for it.

    Attributes:
        value (str | Unset): The text itself.
        annotations (list[MessageDeltaContentTextAnnotationsFileCitationObject |
            MessageDeltaContentTextAnnotationsFilePathObject | MessageDeltaContentTextAnnotationsUrlCitationObject |
            UnknownMessageDeltaContentTextAnnotation] | Unset): Spans of the text that cite or name files.
    """

    _FIELDS: ClassVar[tuple[FieldSpec, ...]] = _FIELD_SPECS
    value: str | Unset = UNSET
    annotations: (
        list[
            MessageDeltaContentTextAnnotationsFileCitationObject
            | MessageDeltaContentTextAnnotationsFilePathObject
            | MessageDeltaContentTextAnnotationsUrlCitationObject
            | UnknownMessageDeltaContentTextAnnotation
        ]
        | Unset
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON-ready data: what was read, written back unchanged."""
        try:
            field_dict: dict[str, Any] = {
                **self.additional_properties,
            }
        except AttributeError:  # a field the server did not send: write those it did
            return dump_sent(self, self.additional_properties)
        if (value := self.value) is not UNSET:
            field_dict["value"] = value
        if (annotations := self.annotations) is not UNSET:
            field_dict["annotations"] = [_dump_annotations_item(item) for item in annotations]
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any], strict: bool = False) -> Self:
        """Read a MessageDeltaContentText from decoded JSON.

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
            obj.value = d.get("value", UNSET)
            at = "annotations"
            obj.annotations = _parse_annotations(d.get("annotations", UNSET), strict)
        except KeyError:  # a required field the server left out: the generic path keeps it absent
            return read_sent(cls, dict(d), strict, True)
        except (TypeError, ValueError) as exc:
            raise InvalidPayloadError.wrap(exc, at) from exc
        # The fields the spec does not name, kept as received; none (the common case) costs a count.
        present = 0 + (obj.value is not UNSET) + (obj.annotations is not UNSET)
        obj.additional_properties = {} if len(d) == present else {k: v for k, v in d.items() if k not in _KNOWN}
        return obj


from ..models.message_delta_content_text_annotations_file_citation_object import (
    MessageDeltaContentTextAnnotationsFileCitationObject,
)
from ..models.message_delta_content_text_annotations_file_path_object import (
    MessageDeltaContentTextAnnotationsFilePathObject,
)
from ..models.message_delta_content_text_annotations_url_citation_object import (
    MessageDeltaContentTextAnnotationsUrlCitationObject,
)
from ..models.unknown_message_delta_content_text_annotation import UnknownMessageDeltaContentTextAnnotation
