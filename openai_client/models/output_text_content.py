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
from ..models.output_text_content_type import OutputTextContentType

if TYPE_CHECKING:
    from ..models.container_file_citation_body import ContainerFileCitationBodyParam
    from ..models.file_citation_body import FileCitationBodyParam
    from ..models.file_path import FilePathParam
    from ..models.log_prob import LogProbParam
    from ..models.output_text_content_type import OutputTextContentTypeLiteral
    from ..models.url_citation_body import UrlCitationBodyParam


def _parse_type_(data: Any, strict: bool) -> OutputTextContentType:
    return OutputTextContentType.known(data) or OutputTextContentType.from_value(data)


def _convert_type_(value: OutputTextContentType | OutputTextContentTypeLiteral) -> OutputTextContentType:
    """`type` as given to the constructor (a dict, string or sequence too), as its model."""
    try:
        return _parse_type_(value, True)
    except (TypeError, ValueError) as exc:
        raise InvalidPayloadError.wrap(exc, "type") from exc


def _parse_annotations_item(
    data: Any, strict: bool
) -> ContainerFileCitationBody | FileCitationBody | FilePath | UrlCitationBody:
    if type(data) is dict:
        return FileCitationBody.from_dict(data, strict)
    if isinstance(data, (FileCitationBody, UrlCitationBody, ContainerFileCitationBody, FilePath)):
        return data
    if isinstance(data, Mapping):
        return _parse_annotations_item(dict(data), strict)
    raise TypeError(f"expected object, got {type(data).__name__}")


def _dump_annotations_item(value: Any) -> Any:
    if isinstance(value, (FileCitationBody, UrlCitationBody, ContainerFileCitationBody, FilePath)):
        return value.to_dict()
    return value


def _parse_annotations(
    data: Any, strict: bool
) -> list[ContainerFileCitationBody | FileCitationBody | FilePath | UrlCitationBody]:
    listed = data if type(data) is list else as_list(data)
    items: list[ContainerFileCitationBody | FileCitationBody | FilePath | UrlCitationBody] = []
    try:
        for item in listed:
            items.append(_parse_annotations_item(item, strict))
    except (TypeError, ValueError) as exc:
        raise InvalidPayloadError.wrap(exc, f"[{len(items)}]") from exc
    return items


def _dump_annotations(value: Any) -> Any:
    return [_dump_annotations_item(item) for item in value]


def _convert_annotations(
    value: Sequence[
        FileCitationBody
        | FileCitationBodyParam
        | UrlCitationBody
        | UrlCitationBodyParam
        | ContainerFileCitationBody
        | ContainerFileCitationBodyParam
        | FilePath
        | FilePathParam
    ],
) -> list[ContainerFileCitationBody | FileCitationBody | FilePath | UrlCitationBody]:
    """`annotations` as given to the constructor (a dict, string or sequence too), as its model."""
    try:
        return _parse_annotations(value, True)
    except (TypeError, ValueError) as exc:
        raise InvalidPayloadError.wrap(exc, "annotations") from exc


def _parse_logprobs(data: Any, strict: bool) -> list[LogProb]:
    listed = data if type(data) is list else as_list(data)
    items: list[LogProb] = []
    try:
        for item in listed:
            items.append(item if isinstance(item, LogProb) else LogProb.from_dict(item, strict))
    except (TypeError, ValueError) as exc:
        raise InvalidPayloadError.wrap(exc, f"[{len(items)}]") from exc
    return items


def _dump_logprobs(value: Any) -> Any:
    return [item.to_dict() for item in value]


def _convert_logprobs(value: Sequence[LogProb | LogProbParam]) -> list[LogProb]:
    """`logprobs` as given to the constructor (a dict, string or sequence too), as its model."""
    try:
        return _parse_logprobs(value, True)
    except (TypeError, ValueError) as exc:
        raise InvalidPayloadError.wrap(exc, "logprobs") from exc


_FIELD_SPECS = (
    FieldSpec("type", "type_", (str,), required=True, read=_parse_type_),
    FieldSpec("text", "text", (str,), required=True),
    FieldSpec("annotations", "annotations", (list,), required=True, read=_parse_annotations, dump=_dump_annotations),
    FieldSpec("logprobs", "logprobs", (list,), required=True, read=_parse_logprobs, dump=_dump_logprobs),
)
_KNOWN = frozenset({"type", "text", "annotations", "logprobs"})
_new = object.__new__


@_attrs_define(eq=False, repr=False, getstate_setstate=False, on_setattr=_attrs_setters.NO_OP)
class OutputTextContent(ExtraFields[Any]):
    """OutputTextContent

    Attributes:
        type_ (OutputTextContentType):  Default: OutputTextContentType.OUTPUT_TEXT.
        text (str):
        annotations (list[ContainerFileCitationBody | FileCitationBody | FilePath | UrlCitationBody]):
        logprobs (list[LogProb]):
    """

    _FIELDS: ClassVar[tuple[FieldSpec, ...]] = _FIELD_SPECS
    type_: OutputTextContentType = _attrs_field(converter=_convert_type_)
    text: str
    annotations: list[ContainerFileCitationBody | FileCitationBody | FilePath | UrlCitationBody] = _attrs_field(
        converter=_convert_annotations
    )
    logprobs: list[LogProb] = _attrs_field(converter=_convert_logprobs)
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON; a dict, string or sequence given for a field is read into its model first."""
        at = ""
        try:
            field_dict: dict[str, Any] = dict(self.additional_properties)
            field_dict["type"] = self.type_
            field_dict["text"] = self.text
            at = "annotations"
            field_dict["annotations"] = as_request_json(self.annotations, _parse_annotations)
            at = "logprobs"
            field_dict["logprobs"] = as_request_json(self.logprobs, _parse_logprobs)
        except AttributeError:
            field_dict = dump_sent(self, self.additional_properties)
        except (TypeError, ValueError) as exc:
            raise InvalidPayloadError.wrap(exc, at) from exc
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any], strict: bool = False) -> Self:
        """Read a OutputTextContent from decoded JSON.

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
            obj.text = d["text"]
            at = "annotations"
            obj.annotations = _parse_annotations(d["annotations"], strict)
            at = "logprobs"
            obj.logprobs = _parse_logprobs(d["logprobs"], strict)
        except KeyError:  # a required field the server left out: the generic path keeps it absent
            return read_sent(cls, dict(d), strict, True)
        except (TypeError, ValueError) as exc:
            raise InvalidPayloadError.wrap(exc, at) from exc
        # The fields the spec does not name, kept as received; none (the common case) costs a count.
        present = 4
        obj.additional_properties = {} if len(d) == present else {k: v for k, v in d.items() if k not in _KNOWN}
        return obj


class OutputTextContentParam(TypedDict, total=False):
    """The dict form of OutputTextContent: what a request takes in its place (checked before sending)."""

    type: Required[OutputTextContentType | OutputTextContentTypeLiteral]
    text: Required[str]
    annotations: Required[
        Sequence[
            FileCitationBody
            | FileCitationBodyParam
            | UrlCitationBody
            | UrlCitationBodyParam
            | ContainerFileCitationBody
            | ContainerFileCitationBodyParam
            | FilePath
            | FilePathParam
        ]
    ]
    logprobs: Required[Sequence[LogProb | LogProbParam]]


from ..models.container_file_citation_body import ContainerFileCitationBody
from ..models.file_citation_body import FileCitationBody
from ..models.file_path import FilePath
from ..models.log_prob import LogProb
from ..models.url_citation_body import UrlCitationBody
