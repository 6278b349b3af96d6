from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

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
from ..models.computer_screenshot_content_type import ComputerScreenshotContentType
from ..models.input_image_detail import InputImageDetail
from ..types import UNSET, Unset


def _parse_type_(data: Any, strict: bool) -> ComputerScreenshotContentType:
    return ComputerScreenshotContentType.known(data) or ComputerScreenshotContentType.from_value(data)


def _parse_detail(data: Any, strict: bool) -> InputImageDetail:
    return InputImageDetail.known(data) or InputImageDetail.from_value(data)


def _parse_prompt_cache_breakpoint(data: Any, strict: bool) -> PromptCacheBreakpointConfig | Unset:
    if data is UNSET:
        return Unset.UNSET
    if type(data) is dict or not isinstance(data, PromptCacheBreakpointConfig):
        return PromptCacheBreakpointConfig.from_dict(data, strict)
    return data


def _dump_prompt_cache_breakpoint(value: Any) -> Any:
    return value.to_dict()


_FIELD_SPECS = (
    FieldSpec("type", "type_", (str,), required=True, read=_parse_type_),
    FieldSpec("image_url", "image_url", (str,), required=True, nullable=True),
    FieldSpec("file_id", "file_id", (str,), required=True, nullable=True),
    FieldSpec("detail", "detail", (str,), required=True, read=_parse_detail),
    FieldSpec(
        "prompt_cache_breakpoint",
        "prompt_cache_breakpoint",
        (dict,),
        read=_parse_prompt_cache_breakpoint,
        dump=_dump_prompt_cache_breakpoint,
    ),
)
_KNOWN = frozenset({"type", "image_url", "file_id", "detail", "prompt_cache_breakpoint"})
_new = object.__new__


@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class ComputerScreenshotContent(ExtraFields[Any]):
    """ComputerScreenshotContent

    Attributes:
        type_ (ComputerScreenshotContentType):  Default: ComputerScreenshotContentType.COMPUTER_SCREENSHOT.
        image_url (None | str):
        file_id (None | str):
        detail (InputImageDetail):
        prompt_cache_breakpoint (PromptCacheBreakpointConfig | Unset):
    """

    _FIELDS: ClassVar[tuple[FieldSpec, ...]] = _FIELD_SPECS
    type_: ComputerScreenshotContentType
    image_url: None | str
    file_id: None | str
    detail: InputImageDetail
    prompt_cache_breakpoint: PromptCacheBreakpointConfig | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON-ready data: what was read, written back unchanged."""
        try:
            field_dict: dict[str, Any] = {
                **self.additional_properties,
                "type": self.type_,
                "image_url": self.image_url,
                "file_id": self.file_id,
                "detail": self.detail,
            }
        except AttributeError:  # a field the server did not send: write those it did
            return dump_sent(self, self.additional_properties)
        if (prompt_cache_breakpoint := self.prompt_cache_breakpoint) is not UNSET:
            field_dict["prompt_cache_breakpoint"] = prompt_cache_breakpoint.to_dict()
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any], strict: bool = False) -> Self:
        """Read a ComputerScreenshotContent from decoded JSON.

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
            value = d["type"]
            obj.type_ = ComputerScreenshotContentType.known(value) or ComputerScreenshotContentType.from_value(value)
            obj.image_url = d["image_url"]
            obj.file_id = d["file_id"]
            at = "detail"
            value = d["detail"]
            obj.detail = InputImageDetail.known(value) or InputImageDetail.from_value(value)
            at = "prompt_cache_breakpoint"
            value = d.get("prompt_cache_breakpoint", UNSET)
            obj.prompt_cache_breakpoint = (
                PromptCacheBreakpointConfig.from_dict(value, strict)
                if type(value) is dict
                else _parse_prompt_cache_breakpoint(value, strict)
            )
        except KeyError:  # a required field the server left out: the generic path keeps it absent
            return read_sent(cls, dict(d), strict, True)
        except (TypeError, ValueError) as exc:
            raise InvalidPayloadError.wrap(exc, at) from exc
        # The fields the spec does not name, kept as received; none (the common case) costs a count.
        present = 4 + (obj.prompt_cache_breakpoint is not UNSET)
        obj.additional_properties = {} if len(d) == present else {k: v for k, v in d.items() if k not in _KNOWN}
        return obj


from ..models.prompt_cache_breakpoint_config import PromptCacheBreakpointConfig
