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
from ..models.input_text_content_type import InputTextContentType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.input_text_content_type import InputTextContentTypeLiteral
    from ..models.prompt_cache_breakpoint_config import PromptCacheBreakpointConfigParam


def _parse_type_(data: Any, strict: bool) -> InputTextContentType:
    return InputTextContentType.known(data) or InputTextContentType.from_value(data)


def _convert_type_(value: InputTextContentType | InputTextContentTypeLiteral) -> InputTextContentType:
    """`type` as given to the constructor (a dict, string or sequence too), as its model."""
    try:
        return _parse_type_(value, True)
    except (TypeError, ValueError) as exc:
        raise InvalidPayloadError.wrap(exc, "type") from exc


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
    FieldSpec("text", "text", (str,), required=True),
    FieldSpec(
        "prompt_cache_breakpoint",
        "prompt_cache_breakpoint",
        (dict,),
        read=_parse_prompt_cache_breakpoint,
        dump=_dump_prompt_cache_breakpoint,
    ),
)
_KNOWN = frozenset({"type", "text", "prompt_cache_breakpoint"})
_new = object.__new__


@_attrs_define(eq=False, repr=False, getstate_setstate=False, on_setattr=_attrs_setters.NO_OP)
class InputTextContent(ExtraFields[Any]):
    """InputTextContent

    Attributes:
        type_ (InputTextContentType):  Default: InputTextContentType.INPUT_TEXT.
        text (str):
        prompt_cache_breakpoint (PromptCacheBreakpointConfig | Unset):
    """

    _FIELDS: ClassVar[tuple[FieldSpec, ...]] = _FIELD_SPECS
    type_: InputTextContentType = _attrs_field(converter=_convert_type_)
    text: str
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
            field_dict["text"] = self.text
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
        """Read a InputTextContent from decoded JSON.

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
            at = "prompt_cache_breakpoint"
            obj.prompt_cache_breakpoint = _parse_prompt_cache_breakpoint(
                d.get("prompt_cache_breakpoint", UNSET), strict
            )
        except KeyError:  # a required field the server left out: the generic path keeps it absent
            return read_sent(cls, dict(d), strict, True)
        except (TypeError, ValueError) as exc:
            raise InvalidPayloadError.wrap(exc, at) from exc
        # The fields the spec does not name, kept as received; none (the common case) costs a count.
        present = 2 + (obj.prompt_cache_breakpoint is not UNSET)
        obj.additional_properties = {} if len(d) == present else {k: v for k, v in d.items() if k not in _KNOWN}
        return obj


class InputTextContentParam(TypedDict, total=False):
    """The dict form of InputTextContent: what a request takes in its place (checked before sending)."""

    type: Required[InputTextContentType | InputTextContentTypeLiteral]
    text: Required[str]
    prompt_cache_breakpoint: PromptCacheBreakpointConfig | PromptCacheBreakpointConfigParam


from ..models.prompt_cache_breakpoint_config import PromptCacheBreakpointConfig
