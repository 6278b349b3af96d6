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
from ..models.image_gen_action_enum import ImageGenActionEnum
from ..models.image_gen_tool_background import ImageGenToolBackground
from ..models.image_gen_tool_model_type_1 import ImageGenToolModelType1
from ..models.image_gen_tool_moderation import ImageGenToolModeration
from ..models.image_gen_tool_output_format import ImageGenToolOutputFormat
from ..models.image_gen_tool_quality import ImageGenToolQuality
from ..models.image_gen_tool_size_type_1 import ImageGenToolSizeType1
from ..models.image_gen_tool_type import ImageGenToolType
from ..models.input_fidelity import InputFidelity
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.image_gen_action_enum import ImageGenActionEnumLiteral
    from ..models.image_gen_tool_background import ImageGenToolBackgroundLiteral
    from ..models.image_gen_tool_input_image_mask import ImageGenToolInputImageMaskParam
    from ..models.image_gen_tool_model_type_1 import ImageGenToolModelType1Literal
    from ..models.image_gen_tool_moderation import ImageGenToolModerationLiteral
    from ..models.image_gen_tool_output_format import ImageGenToolOutputFormatLiteral
    from ..models.image_gen_tool_quality import ImageGenToolQualityLiteral
    from ..models.image_gen_tool_size_type_1 import ImageGenToolSizeType1Literal
    from ..models.image_gen_tool_type import ImageGenToolTypeLiteral
    from ..models.input_fidelity import InputFidelityLiteral


def _parse_type_(data: Any, strict: bool) -> ImageGenToolType:
    return ImageGenToolType.known(data) or ImageGenToolType.from_value(data)


def _convert_type_(value: ImageGenToolType | ImageGenToolTypeLiteral) -> ImageGenToolType:
    """`type` as given to the constructor (a dict, string or sequence too), as its model."""
    try:
        return _parse_type_(value, True)
    except (TypeError, ValueError) as exc:
        raise InvalidPayloadError.wrap(exc, "type") from exc


def _parse_model(data: Any, strict: bool) -> ImageGenToolModelType1 | str | Unset:
    if data is UNSET:
        return Unset.UNSET
    if isinstance(data, str):
        return data
    raise TypeError(f"expected string, got {type(data).__name__}")


def _dump_model(value: Any) -> Any:
    return value


def _convert_model(
    value: str | ImageGenToolModelType1 | ImageGenToolModelType1Literal | Unset,
) -> ImageGenToolModelType1 | str | Unset:
    """`model` as given to the constructor (a dict, string or sequence too), as its model."""
    try:
        return _parse_model(value, True)
    except (TypeError, ValueError) as exc:
        raise InvalidPayloadError.wrap(exc, "model") from exc


def _parse_quality(data: Any, strict: bool) -> ImageGenToolQuality | Unset:
    if data is UNSET:
        return Unset.UNSET
    return ImageGenToolQuality.known(data) or ImageGenToolQuality.from_value(data)


def _convert_quality(value: ImageGenToolQuality | ImageGenToolQualityLiteral | Unset) -> ImageGenToolQuality | Unset:
    """`quality` as given to the constructor (a dict, string or sequence too), as its model."""
    try:
        return _parse_quality(value, True)
    except (TypeError, ValueError) as exc:
        raise InvalidPayloadError.wrap(exc, "quality") from exc


def _parse_size(data: Any, strict: bool) -> ImageGenToolSizeType1 | str | Unset:
    if data is UNSET:
        return Unset.UNSET
    if isinstance(data, str):
        return data
    raise TypeError(f"expected string, got {type(data).__name__}")


def _dump_size(value: Any) -> Any:
    return value


def _convert_size(
    value: str | ImageGenToolSizeType1 | ImageGenToolSizeType1Literal | Unset,
) -> ImageGenToolSizeType1 | str | Unset:
    """`size` as given to the constructor (a dict, string or sequence too), as its model."""
    try:
        return _parse_size(value, True)
    except (TypeError, ValueError) as exc:
        raise InvalidPayloadError.wrap(exc, "size") from exc


def _parse_output_format(data: Any, strict: bool) -> ImageGenToolOutputFormat | Unset:
    if data is UNSET:
        return Unset.UNSET
    return ImageGenToolOutputFormat.known(data) or ImageGenToolOutputFormat.from_value(data)


def _convert_output_format(
    value: ImageGenToolOutputFormat | ImageGenToolOutputFormatLiteral | Unset,
) -> ImageGenToolOutputFormat | Unset:
    """`output_format` as given to the constructor (a dict, string or sequence too), as its model."""
    try:
        return _parse_output_format(value, True)
    except (TypeError, ValueError) as exc:
        raise InvalidPayloadError.wrap(exc, "output_format") from exc


def _parse_moderation(data: Any, strict: bool) -> ImageGenToolModeration | Unset:
    if data is UNSET:
        return Unset.UNSET
    return ImageGenToolModeration.known(data) or ImageGenToolModeration.from_value(data)


def _convert_moderation(
    value: ImageGenToolModeration | ImageGenToolModerationLiteral | Unset,
) -> ImageGenToolModeration | Unset:
    """`moderation` as given to the constructor (a dict, string or sequence too), as its model."""
    try:
        return _parse_moderation(value, True)
    except (TypeError, ValueError) as exc:
        raise InvalidPayloadError.wrap(exc, "moderation") from exc


def _parse_background(data: Any, strict: bool) -> ImageGenToolBackground | Unset:
    if data is UNSET:
        return Unset.UNSET
    return ImageGenToolBackground.known(data) or ImageGenToolBackground.from_value(data)


def _convert_background(
    value: ImageGenToolBackground | ImageGenToolBackgroundLiteral | Unset,
) -> ImageGenToolBackground | Unset:
    """`background` as given to the constructor (a dict, string or sequence too), as its model."""
    try:
        return _parse_background(value, True)
    except (TypeError, ValueError) as exc:
        raise InvalidPayloadError.wrap(exc, "background") from exc


def _parse_input_fidelity(data: Any, strict: bool) -> InputFidelity | None | Unset:
    if data is UNSET:
        return Unset.UNSET
    if data is None:
        return None
    if isinstance(data, str):
        return InputFidelity.known(data) or InputFidelity.from_value(data)
    raise TypeError(f"expected string or null, got {type(data).__name__}")


def _dump_input_fidelity(value: Any) -> Any:
    return value


def _convert_input_fidelity(value: InputFidelity | InputFidelityLiteral | None | Unset) -> InputFidelity | None | Unset:
    """`input_fidelity` as given to the constructor (a dict, string or sequence too), as its model."""
    try:
        return _parse_input_fidelity(value, True)
    except (TypeError, ValueError) as exc:
        raise InvalidPayloadError.wrap(exc, "input_fidelity") from exc


def _parse_input_image_mask(data: Any, strict: bool) -> ImageGenToolInputImageMask | Unset:
    if data is UNSET:
        return Unset.UNSET
    if type(data) is dict or not isinstance(data, ImageGenToolInputImageMask):
        return ImageGenToolInputImageMask.from_dict(data, strict)
    return data


def _dump_input_image_mask(value: Any) -> Any:
    return value.to_dict()


def _convert_input_image_mask(
    value: ImageGenToolInputImageMask | ImageGenToolInputImageMaskParam | Unset,
) -> ImageGenToolInputImageMask | Unset:
    """`input_image_mask` as given to the constructor (a dict, string or sequence too), as its model."""
    try:
        return _parse_input_image_mask(value, True)
    except (TypeError, ValueError) as exc:
        raise InvalidPayloadError.wrap(exc, "input_image_mask") from exc


def _parse_action(data: Any, strict: bool) -> ImageGenActionEnum | Unset:
    if data is UNSET:
        return Unset.UNSET
    return ImageGenActionEnum.known(data) or ImageGenActionEnum.from_value(data)


def _convert_action(value: ImageGenActionEnum | ImageGenActionEnumLiteral | Unset) -> ImageGenActionEnum | Unset:
    """`action` as given to the constructor (a dict, string or sequence too), as its model."""
    try:
        return _parse_action(value, True)
    except (TypeError, ValueError) as exc:
        raise InvalidPayloadError.wrap(exc, "action") from exc


_FIELD_SPECS = (
    FieldSpec("type", "type_", (str,), required=True, read=_parse_type_),
    FieldSpec("model", "model", (str,), read=_parse_model, dump=_dump_model),
    FieldSpec("quality", "quality", (str,), read=_parse_quality),
    FieldSpec("size", "size", (str,), read=_parse_size, dump=_dump_size),
    FieldSpec("output_format", "output_format", (str,), read=_parse_output_format),
    FieldSpec("output_compression", "output_compression", (int,)),
    FieldSpec("moderation", "moderation", (str,), read=_parse_moderation),
    FieldSpec("background", "background", (str,), read=_parse_background),
    FieldSpec(
        "input_fidelity", "input_fidelity", (str,), nullable=True, read=_parse_input_fidelity, dump=_dump_input_fidelity
    ),
    FieldSpec(
        "input_image_mask", "input_image_mask", (dict,), read=_parse_input_image_mask, dump=_dump_input_image_mask
    ),
    FieldSpec("partial_images", "partial_images", (int,)),
    FieldSpec("action", "action", (str,), read=_parse_action),
)
_KNOWN = frozenset(
    {
        "type",
        "model",
        "quality",
        "size",
        "output_format",
        "output_compression",
        "moderation",
        "background",
        "input_fidelity",
        "input_image_mask",
        "partial_images",
        "action",
    }
)
_new = object.__new__


@_attrs_define(eq=False, repr=False, getstate_setstate=False, on_setattr=_attrs_setters.NO_OP)
class ImageGenTool(ExtraFields[Any]):
    """ImageGenTool

    Attributes:
        type_ (ImageGenToolType):
        model (ImageGenToolModelType1 | str | Unset):
        quality (ImageGenToolQuality | Unset):  Default: ImageGenToolQuality.AUTO.
        size (ImageGenToolSizeType1 | str | Unset):  Default: 'auto'.
        output_format (ImageGenToolOutputFormat | Unset):  Default: ImageGenToolOutputFormat.PNG.
        output_compression (int | Unset):  Default: 100.
        moderation (ImageGenToolModeration | Unset):  Default: ImageGenToolModeration.AUTO.
        background (ImageGenToolBackground | Unset):  Default: ImageGenToolBackground.AUTO.
        input_fidelity (InputFidelity | None | Unset):
        input_image_mask (ImageGenToolInputImageMask | Unset):
        partial_images (int | Unset):  Default: 0.
        action (ImageGenActionEnum | Unset):
    """

    _FIELDS: ClassVar[tuple[FieldSpec, ...]] = _FIELD_SPECS
    type_: ImageGenToolType = _attrs_field(converter=_convert_type_)
    model: ImageGenToolModelType1 | str | Unset = _attrs_field(default=UNSET, converter=_convert_model)
    quality: ImageGenToolQuality | Unset = _attrs_field(default=UNSET, converter=_convert_quality)
    size: ImageGenToolSizeType1 | str | Unset = _attrs_field(default=UNSET, converter=_convert_size)
    output_format: ImageGenToolOutputFormat | Unset = _attrs_field(default=UNSET, converter=_convert_output_format)
    output_compression: int | Unset = UNSET
    moderation: ImageGenToolModeration | Unset = _attrs_field(default=UNSET, converter=_convert_moderation)
    background: ImageGenToolBackground | Unset = _attrs_field(default=UNSET, converter=_convert_background)
    input_fidelity: InputFidelity | None | Unset = _attrs_field(default=UNSET, converter=_convert_input_fidelity)
    input_image_mask: ImageGenToolInputImageMask | Unset = _attrs_field(
        default=UNSET, converter=_convert_input_image_mask
    )
    partial_images: int | Unset = UNSET
    action: ImageGenActionEnum | Unset = _attrs_field(default=UNSET, converter=_convert_action)
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON; a dict, string or sequence given for a field is read into its model first."""
        at = ""
        try:
            field_dict: dict[str, Any] = dict(self.additional_properties)
            field_dict["type"] = self.type_
            at = "model"
            if (model := self.model) is not UNSET:
                field_dict["model"] = as_request_json(model, _parse_model)
            if (quality := self.quality) is not UNSET:
                field_dict["quality"] = quality
            at = "size"
            if (size := self.size) is not UNSET:
                field_dict["size"] = as_request_json(size, _parse_size)
            if (output_format := self.output_format) is not UNSET:
                field_dict["output_format"] = output_format
            if (output_compression := self.output_compression) is not UNSET:
                field_dict["output_compression"] = output_compression
            if (moderation := self.moderation) is not UNSET:
                field_dict["moderation"] = moderation
            if (background := self.background) is not UNSET:
                field_dict["background"] = background
            at = "input_fidelity"
            if (input_fidelity := self.input_fidelity) is not UNSET:
                field_dict["input_fidelity"] = as_request_json(input_fidelity, _parse_input_fidelity)
            at = "input_image_mask"
            if (input_image_mask := self.input_image_mask) is not UNSET:
                field_dict["input_image_mask"] = as_request_json(input_image_mask, _parse_input_image_mask)
            if (partial_images := self.partial_images) is not UNSET:
                field_dict["partial_images"] = partial_images
            if (action := self.action) is not UNSET:
                field_dict["action"] = action
        except AttributeError:
            field_dict = dump_sent(self, self.additional_properties)
        except (TypeError, ValueError) as exc:
            raise InvalidPayloadError.wrap(exc, at) from exc
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any], strict: bool = False) -> Self:
        """Read a ImageGenTool from decoded JSON.

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
            at = "model"
            obj.model = _parse_model(d.get("model", UNSET), strict)
            at = "quality"
            obj.quality = _parse_quality(d.get("quality", UNSET), strict)
            at = "size"
            obj.size = _parse_size(d.get("size", UNSET), strict)
            at = "output_format"
            obj.output_format = _parse_output_format(d.get("output_format", UNSET), strict)
            obj.output_compression = d.get("output_compression", UNSET)
            at = "moderation"
            obj.moderation = _parse_moderation(d.get("moderation", UNSET), strict)
            at = "background"
            obj.background = _parse_background(d.get("background", UNSET), strict)
            at = "input_fidelity"
            obj.input_fidelity = _parse_input_fidelity(d.get("input_fidelity", UNSET), strict)
            at = "input_image_mask"
            obj.input_image_mask = _parse_input_image_mask(d.get("input_image_mask", UNSET), strict)
            obj.partial_images = d.get("partial_images", UNSET)
            at = "action"
            obj.action = _parse_action(d.get("action", UNSET), strict)
        except KeyError:  # a required field the server left out: the generic path keeps it absent
            return read_sent(cls, dict(d), strict, True)
        except (TypeError, ValueError) as exc:
            raise InvalidPayloadError.wrap(exc, at) from exc
        # The fields the spec does not name, kept as received; none (the common case) costs one subset test.
        obj.additional_properties = {} if _KNOWN.issuperset(d) else {k: v for k, v in d.items() if k not in _KNOWN}
        return obj


class ImageGenToolParam(TypedDict, total=False):
    """The dict form of ImageGenTool: what a request takes in its place (checked before sending)."""

    type: Required[ImageGenToolType | ImageGenToolTypeLiteral]
    model: str | ImageGenToolModelType1 | ImageGenToolModelType1Literal
    quality: ImageGenToolQuality | ImageGenToolQualityLiteral
    size: str | ImageGenToolSizeType1 | ImageGenToolSizeType1Literal
    output_format: ImageGenToolOutputFormat | ImageGenToolOutputFormatLiteral
    output_compression: int
    moderation: ImageGenToolModeration | ImageGenToolModerationLiteral
    background: ImageGenToolBackground | ImageGenToolBackgroundLiteral
    input_fidelity: InputFidelity | InputFidelityLiteral | None
    input_image_mask: ImageGenToolInputImageMask | ImageGenToolInputImageMaskParam
    partial_images: int
    action: ImageGenActionEnum | ImageGenActionEnumLiteral


from ..models.image_gen_tool_input_image_mask import ImageGenToolInputImageMask
