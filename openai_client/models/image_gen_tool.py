from __future__ import annotations

from typing import TYPE_CHECKING, Any, Literal, Required, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _attrs_setters

from .._fields import (  # the combinators a table is built from (the formatter drops those unused)
    ANY,
    INTEGER,
    STRING,
    const,
    enum_of,
    field,
    model_of,
    table_of,
    union_of,
)
from .._model import DeprecatedAlias, ExtraFields
from ..models.image_gen_action_enum import ImageGenActionEnum
from ..models.image_gen_tool_background import ImageGenToolBackground
from ..models.image_gen_tool_model import ImageGenToolModel
from ..models.image_gen_tool_moderation import ImageGenToolModeration
from ..models.image_gen_tool_output_format import ImageGenToolOutputFormat
from ..models.image_gen_tool_quality import ImageGenToolQuality
from ..models.image_gen_tool_size import ImageGenToolSize
from ..models.input_fidelity import InputFidelity
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.image_gen_action_enum import ImageGenActionEnumLiteral
    from ..models.image_gen_tool_background import ImageGenToolBackgroundLiteral
    from ..models.image_gen_tool_input_image_mask import ImageGenToolInputImageMaskParam
    from ..models.image_gen_tool_model import ImageGenToolModelLiteral
    from ..models.image_gen_tool_moderation import ImageGenToolModerationLiteral
    from ..models.image_gen_tool_output_format import ImageGenToolOutputFormatLiteral
    from ..models.image_gen_tool_quality import ImageGenToolQualityLiteral
    from ..models.image_gen_tool_size import ImageGenToolSizeLiteral
    from ..models.input_fidelity import InputFidelityLiteral


def _convert_model(
    value: str | ImageGenToolModel | ImageGenToolModelLiteral | Unset,
) -> ImageGenToolModel | str | Unset:
    return ImageGenTool.__table__.convert("model", value)  # type: ignore[no-any-return]


def _convert_quality(value: ImageGenToolQuality | ImageGenToolQualityLiteral | Unset) -> ImageGenToolQuality | Unset:
    return ImageGenTool.__table__.convert("quality", value)  # type: ignore[no-any-return]


def _convert_size(value: str | ImageGenToolSize | ImageGenToolSizeLiteral | Unset) -> ImageGenToolSize | str | Unset:
    return ImageGenTool.__table__.convert("size", value)  # type: ignore[no-any-return]


def _convert_output_format(
    value: ImageGenToolOutputFormat | ImageGenToolOutputFormatLiteral | Unset,
) -> ImageGenToolOutputFormat | Unset:
    return ImageGenTool.__table__.convert("output_format", value)  # type: ignore[no-any-return]


def _convert_moderation(
    value: ImageGenToolModeration | ImageGenToolModerationLiteral | Unset,
) -> ImageGenToolModeration | Unset:
    return ImageGenTool.__table__.convert("moderation", value)  # type: ignore[no-any-return]


def _convert_background(
    value: ImageGenToolBackground | ImageGenToolBackgroundLiteral | Unset,
) -> ImageGenToolBackground | Unset:
    return ImageGenTool.__table__.convert("background", value)  # type: ignore[no-any-return]


def _convert_input_fidelity(value: InputFidelity | InputFidelityLiteral | None | Unset) -> InputFidelity | None | Unset:
    return ImageGenTool.__table__.convert("input_fidelity", value)  # type: ignore[no-any-return]


def _convert_input_image_mask(
    value: ImageGenToolInputImageMask | ImageGenToolInputImageMaskParam | Unset,
) -> ImageGenToolInputImageMask | Unset:
    return ImageGenTool.__table__.convert("input_image_mask", value)  # type: ignore[no-any-return]


def _convert_action(value: ImageGenActionEnum | ImageGenActionEnumLiteral | Unset) -> ImageGenActionEnum | Unset:
    return ImageGenTool.__table__.convert("action", value)  # type: ignore[no-any-return]


@_attrs_define(eq=False, repr=False, getstate_setstate=False, on_setattr=_attrs_setters.NO_OP)
class ImageGenTool(ExtraFields["Any"]):
    """ImageGenTool

    Attributes:
        type (Literal['image_generation'])
        model (ImageGenToolModel | str | Unset)
        quality (ImageGenToolQuality | Unset)
        size (ImageGenToolSize | str | Unset)
        output_format (ImageGenToolOutputFormat | Unset)
        output_compression (int | Unset)
        moderation (ImageGenToolModeration | Unset)
        background (ImageGenToolBackground | Unset)
        input_fidelity (InputFidelity | None | Unset)
        input_image_mask (ImageGenToolInputImageMask | Unset)
        partial_images (int | Unset)
        action (ImageGenActionEnum | Unset)
    """

    type: Literal["image_generation"] = "image_generation"
    model: ImageGenToolModel | str | Unset = _attrs_field(default=UNSET, converter=_convert_model)
    quality: ImageGenToolQuality | Unset = _attrs_field(default=UNSET, converter=_convert_quality)
    size: ImageGenToolSize | str | Unset = _attrs_field(default=UNSET, converter=_convert_size)
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
    type_ = DeprecatedAlias[Literal["image_generation"]]("type")


class ImageGenToolParam(TypedDict, total=False):
    """The dict form of ImageGenTool: what a request takes in its place (checked before sending)."""

    type: Required[Literal["image_generation"]]
    model: str | ImageGenToolModel | ImageGenToolModelLiteral
    quality: ImageGenToolQuality | ImageGenToolQualityLiteral
    size: str | ImageGenToolSize | ImageGenToolSizeLiteral
    output_format: ImageGenToolOutputFormat | ImageGenToolOutputFormatLiteral
    output_compression: int
    moderation: ImageGenToolModeration | ImageGenToolModerationLiteral
    background: ImageGenToolBackground | ImageGenToolBackgroundLiteral
    input_fidelity: InputFidelity | InputFidelityLiteral | None
    input_image_mask: ImageGenToolInputImageMask | ImageGenToolInputImageMaskParam
    partial_images: int
    action: ImageGenActionEnum | ImageGenActionEnumLiteral


from ..models.image_gen_tool_input_image_mask import ImageGenToolInputImageMask

table_of(
    ImageGenTool,
    field("type", const("image_generation"), required=True),
    field(
        "model",
        union_of(
            None,
            {},
            others=(
                STRING,
                enum_of(ImageGenToolModel),
            ),
        ),
    ),
    field("quality", enum_of(ImageGenToolQuality)),
    field(
        "size",
        union_of(
            None,
            {},
            others=(
                STRING,
                enum_of(ImageGenToolSize),
            ),
        ),
    ),
    field("output_format", enum_of(ImageGenToolOutputFormat)),
    field("output_compression", INTEGER),
    field("moderation", enum_of(ImageGenToolModeration)),
    field("background", enum_of(ImageGenToolBackground)),
    field("input_fidelity", enum_of(InputFidelity), nullable=True),
    field("input_image_mask", model_of(ImageGenToolInputImageMask)),
    field("partial_images", INTEGER),
    field("action", enum_of(ImageGenActionEnum)),
    extra=ANY,
)
