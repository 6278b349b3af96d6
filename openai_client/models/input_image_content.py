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
from ..models.input_image_content_type import InputImageContentType
from ..models.input_image_detail import InputImageDetail
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.input_image_content_type import InputImageContentTypeLiteral
    from ..models.input_image_detail import InputImageDetailLiteral
    from ..models.prompt_cache_breakpoint_config import PromptCacheBreakpointConfigParam


def _parse_type_(data: Any, strict: bool) -> InputImageContentType:
    return InputImageContentType.known(data) or InputImageContentType.from_value(data)


def _convert_type_(value: InputImageContentType | InputImageContentTypeLiteral) -> InputImageContentType:
    """`type` as given to the constructor (a dict, string or sequence too), as its model."""
    try:
        return _parse_type_(value, True)
    except (TypeError, ValueError) as exc:
        raise InvalidPayloadError.wrap(exc, "type") from exc


def _parse_detail(data: Any, strict: bool) -> InputImageDetail:
    return InputImageDetail.known(data) or InputImageDetail.from_value(data)


def _convert_detail(value: InputImageDetail | InputImageDetailLiteral) -> InputImageDetail:
    """`detail` as given to the constructor (a dict, string or sequence too), as its model."""
    try:
        return _parse_detail(value, True)
    except (TypeError, ValueError) as exc:
        raise InvalidPayloadError.wrap(exc, "detail") from exc


def _parse_prompt_cache_breakpoint(data: Any, strict: bool) -> PromptCacheBreakpointConfig | Unset:
    if data is UNSET:
        return Unset.UNSET
    if type(data) is dict or not isinstance(data, PromptCacheBreakpointConfig):
        return PromptCacheBreakpointConfig.from_dict(data, strict)
    return data


def _dump_prompt_cache_breakpoint(value: Any) -> Any:
    return value.to_dict()


def _convert_prompt_cache_breakpoint(
    value: PromptCacheBreakpointConfig | PromptCacheBreakpointConfigParam | Unset,
) -> PromptCacheBreakpointConfig | Unset:
    """`prompt_cache_breakpoint` as given to the constructor (a dict, string or sequence too), as its model."""
    try:
        return _parse_prompt_cache_breakpoint(value, True)
    except (TypeError, ValueError) as exc:
        raise InvalidPayloadError.wrap(exc, "prompt_cache_breakpoint") from exc


_FIELD_SPECS = (
    FieldSpec("type", "type_", (str,), required=True, read=_parse_type_),
    FieldSpec("detail", "detail", (str,), required=True, read=_parse_detail),
    FieldSpec("image_url", "image_url", (str,), nullable=True),
    FieldSpec("file_id", "file_id", (str,), nullable=True),
    FieldSpec(
        "prompt_cache_breakpoint",
        "prompt_cache_breakpoint",
        (dict,),
        read=_parse_prompt_cache_breakpoint,
        dump=_dump_prompt_cache_breakpoint,
    ),
)
_KNOWN = frozenset({"type", "detail", "image_url", "file_id", "prompt_cache_breakpoint"})
_new = object.__new__


@_attrs_define(eq=False, repr=False, getstate_setstate=False, on_setattr=_attrs_setters.NO_OP)
class InputImageContent(ExtraFields[Any]):
    """InputImageContent

    Attributes:
        type_ (InputImageContentType):  Default: InputImageContentType.INPUT_IMAGE.
        detail (InputImageDetail):
        image_url (None | str | Unset):
        file_id (None | str | Unset):
        prompt_cache_breakpoint (PromptCacheBreakpointConfig | Unset):
    """

    _FIELDS: ClassVar[tuple[FieldSpec, ...]] = _FIELD_SPECS
    type_: InputImageContentType = _attrs_field(converter=_convert_type_)
    detail: InputImageDetail = _attrs_field(converter=_convert_detail)
    image_url: None | str | Unset = UNSET
    file_id: None | str | Unset = UNSET
    prompt_cache_breakpoint: PromptCacheBreakpointConfig | Unset = _attrs_field(
        default=UNSET, converter=_convert_prompt_cache_breakpoint
    )
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON; a dict, string or sequence given for a field is read into its model first."""
        at = ""
        try:
            field_dict: dict[str, Any] = dict(self.additional_properties)
            field_dict["type"] = self.type_
            field_dict["detail"] = self.detail
            if (image_url := self.image_url) is not UNSET:
                field_dict["image_url"] = image_url
            if (file_id := self.file_id) is not UNSET:
                field_dict["file_id"] = file_id
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
        """Read a InputImageContent from decoded JSON.

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
            at = "detail"
            obj.detail = _parse_detail(d["detail"], strict)
            obj.image_url = d.get("image_url", UNSET)
            obj.file_id = d.get("file_id", UNSET)
            at = "prompt_cache_breakpoint"
            obj.prompt_cache_breakpoint = _parse_prompt_cache_breakpoint(
                d.get("prompt_cache_breakpoint", UNSET), strict
            )
        except KeyError:  # a required field the server left out: the generic path keeps it absent
            return read_sent(cls, dict(d), strict, True)
        except (TypeError, ValueError) as exc:
            raise InvalidPayloadError.wrap(exc, at) from exc
        # The fields the spec does not name, kept as received; none (the common case) costs a count.
        present = (
            2 + (obj.image_url is not UNSET) + (obj.file_id is not UNSET) + (obj.prompt_cache_breakpoint is not UNSET)
        )
        obj.additional_properties = {} if len(d) == present else {k: v for k, v in d.items() if k not in _KNOWN}
        return obj


class InputImageContentParam(TypedDict, total=False):
    """The dict form of InputImageContent: what a request takes in its place (checked before sending)."""

    type: Required[InputImageContentType | InputImageContentTypeLiteral]
    detail: Required[InputImageDetail | InputImageDetailLiteral]
    image_url: str | None
    file_id: str | None
    prompt_cache_breakpoint: PromptCacheBreakpointConfig | PromptCacheBreakpointConfigParam


from ..models.prompt_cache_breakpoint_config import PromptCacheBreakpointConfig
