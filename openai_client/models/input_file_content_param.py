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
from ..models.file_detail_enum import FileDetailEnum
from ..models.input_file_content_param_type import InputFileContentParamType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.file_detail_enum import FileDetailEnumLiteral
    from ..models.input_file_content_param_type import InputFileContentParamTypeLiteral
    from ..models.prompt_cache_breakpoint_param import PromptCacheBreakpointParamParam


def _parse_type_(data: Any, strict: bool) -> InputFileContentParamType:
    return InputFileContentParamType.known(data) or InputFileContentParamType.from_value(data)


def _convert_type_(value: InputFileContentParamType | InputFileContentParamTypeLiteral) -> InputFileContentParamType:
    """`type` as given to the constructor (a dict, string or sequence too), as its model."""
    try:
        return _parse_type_(value, True)
    except (TypeError, ValueError) as exc:
        raise InvalidPayloadError.wrap(exc, "type") from exc


def _parse_detail(data: Any, strict: bool) -> FileDetailEnum | Unset:
    if data is UNSET:
        return Unset.UNSET
    return FileDetailEnum.known(data) or FileDetailEnum.from_value(data)


def _convert_detail(value: FileDetailEnum | FileDetailEnumLiteral | Unset) -> FileDetailEnum | Unset:
    """`detail` as given to the constructor (a dict, string or sequence too), as its model."""
    try:
        return _parse_detail(value, True)
    except (TypeError, ValueError) as exc:
        raise InvalidPayloadError.wrap(exc, "detail") from exc


def _parse_prompt_cache_breakpoint(data: Any, strict: bool) -> None | PromptCacheBreakpointParam | Unset:
    if data is UNSET:
        return Unset.UNSET
    if data is None:
        return None
    if type(data) is dict:
        return PromptCacheBreakpointParam.from_dict(data, strict)
    if isinstance(data, PromptCacheBreakpointParam):
        return data
    if isinstance(data, Mapping):
        return _parse_prompt_cache_breakpoint(dict(data), strict)
    raise TypeError(f"expected object or null, got {type(data).__name__}")


def _dump_prompt_cache_breakpoint(value: Any) -> Any:
    if isinstance(value, PromptCacheBreakpointParam):
        return value.to_dict()
    return value


def _convert_prompt_cache_breakpoint(
    value: PromptCacheBreakpointParam | PromptCacheBreakpointParamParam | None | Unset,
) -> None | PromptCacheBreakpointParam | Unset:
    """`prompt_cache_breakpoint` as given to the constructor (a dict, string or sequence too), as its model."""
    try:
        return _parse_prompt_cache_breakpoint(value, True)
    except (TypeError, ValueError) as exc:
        raise InvalidPayloadError.wrap(exc, "prompt_cache_breakpoint") from exc


_FIELD_SPECS = (
    FieldSpec("type", "type_", (str,), required=True, read=_parse_type_),
    FieldSpec("file_id", "file_id", (str,), nullable=True),
    FieldSpec("filename", "filename", (str,), nullable=True),
    FieldSpec("file_data", "file_data", (str,), nullable=True),
    FieldSpec("file_url", "file_url", (str,), nullable=True),
    FieldSpec("detail", "detail", (str,), read=_parse_detail),
    FieldSpec(
        "prompt_cache_breakpoint",
        "prompt_cache_breakpoint",
        (dict,),
        nullable=True,
        read=_parse_prompt_cache_breakpoint,
        dump=_dump_prompt_cache_breakpoint,
    ),
)
_KNOWN = frozenset({"type", "file_id", "filename", "file_data", "file_url", "detail", "prompt_cache_breakpoint"})
_new = object.__new__


@_attrs_define(eq=False, repr=False, getstate_setstate=False, on_setattr=_attrs_setters.NO_OP)
class InputFileContentParam(ExtraFields[Any]):
    """InputFileContentParam

    Attributes:
        type_ (InputFileContentParamType):  Default: InputFileContentParamType.INPUT_FILE.
        file_id (None | str | Unset):
        filename (None | str | Unset):
        file_data (None | str | Unset):
        file_url (None | str | Unset):
        detail (FileDetailEnum | Unset):
        prompt_cache_breakpoint (None | PromptCacheBreakpointParam | Unset):
    """

    _FIELDS: ClassVar[tuple[FieldSpec, ...]] = _FIELD_SPECS
    type_: InputFileContentParamType = _attrs_field(converter=_convert_type_)
    file_id: None | str | Unset = UNSET
    filename: None | str | Unset = UNSET
    file_data: None | str | Unset = UNSET
    file_url: None | str | Unset = UNSET
    detail: FileDetailEnum | Unset = _attrs_field(default=UNSET, converter=_convert_detail)
    prompt_cache_breakpoint: None | PromptCacheBreakpointParam | Unset = _attrs_field(
        default=UNSET, converter=_convert_prompt_cache_breakpoint
    )
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON; a dict, string or sequence given for a field is read into its model first."""
        at = ""
        try:
            field_dict: dict[str, Any] = dict(self.additional_properties)
            field_dict["type"] = self.type_
            if (file_id := self.file_id) is not UNSET:
                field_dict["file_id"] = file_id
            if (filename := self.filename) is not UNSET:
                field_dict["filename"] = filename
            if (file_data := self.file_data) is not UNSET:
                field_dict["file_data"] = file_data
            if (file_url := self.file_url) is not UNSET:
                field_dict["file_url"] = file_url
            if (detail := self.detail) is not UNSET:
                field_dict["detail"] = detail
            at = "prompt_cache_breakpoint"
            if (prompt_cache_breakpoint := self.prompt_cache_breakpoint) is not UNSET:
                field_dict["prompt_cache_breakpoint"] = as_request_json(
                    prompt_cache_breakpoint, _parse_prompt_cache_breakpoint
                )
        except AttributeError:
            field_dict = dump_sent(self, self.additional_properties)
        except (TypeError, ValueError) as exc:
            raise InvalidPayloadError.wrap(exc, at) from exc
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any], strict: bool = False) -> Self:
        """Read a InputFileContentParam from decoded JSON.

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
            obj.file_id = d.get("file_id", UNSET)
            obj.filename = d.get("filename", UNSET)
            obj.file_data = d.get("file_data", UNSET)
            obj.file_url = d.get("file_url", UNSET)
            at = "detail"
            obj.detail = _parse_detail(d.get("detail", UNSET), strict)
            at = "prompt_cache_breakpoint"
            obj.prompt_cache_breakpoint = _parse_prompt_cache_breakpoint(
                d.get("prompt_cache_breakpoint", UNSET), strict
            )
        except KeyError:  # a required field the server left out: the generic path keeps it absent
            return read_sent(cls, dict(d), strict, True)
        except (TypeError, ValueError) as exc:
            raise InvalidPayloadError.wrap(exc, at) from exc
        # The fields the spec does not name, kept as received; none (the common case) costs one subset test.
        obj.additional_properties = {} if _KNOWN.issuperset(d) else {k: v for k, v in d.items() if k not in _KNOWN}
        return obj


class InputFileContentParamParam(TypedDict, total=False):
    """The dict form of InputFileContentParam: what a request takes in its place (checked before sending)."""

    type: Required[InputFileContentParamType | InputFileContentParamTypeLiteral]
    file_id: str | None
    filename: str | None
    file_data: str | None
    file_url: str | None
    detail: FileDetailEnum | FileDetailEnumLiteral
    prompt_cache_breakpoint: PromptCacheBreakpointParam | PromptCacheBreakpointParamParam | None


from ..models.prompt_cache_breakpoint_param import PromptCacheBreakpointParam
