from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._payload import ExtraFields, FieldSpec, as_object, check_strict, drop_absent_nulls
from ..errors import InvalidPayloadError
from ..types import UNSET, Unset

_FIELDS = (
    FieldSpec("index", (int,), required=True),
    FieldSpec("type", (str,), required=True, const="image"),
    FieldSpec("image", (dict,)),
)


def _parse_image(data: Any, strict: bool) -> RunStepDeltaStepDetailsToolCallsCodeOutputImage | Unset:
    if isinstance(data, Unset):
        return data
    return RunStepDeltaStepDetailsToolCallsCodeOutputImage.from_dict(data, strict)


@_attrs_define
class RunStepDeltaStepDetailsToolCallsCodeOutputImageObject(ExtraFields[Any]):
    """An image the code drew.

    Attributes:
        index (int): Which part (or tool call) this changes, counted from 0.
        type_ (Literal['image']): Always `image`.
        image (RunStepDeltaStepDetailsToolCallsCodeOutputImage | Unset): The image file.
    """

    index: int
    type_: Literal["image"] = "image"
    image: RunStepDeltaStepDetailsToolCallsCodeOutputImage | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _absent: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON-ready data: what was read, written back unchanged."""
        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "index": self.index,
            "type": self.type_,
        }
        if not isinstance(image := self.image, Unset):
            field_dict["image"] = image.to_dict()
        if self._absent:
            drop_absent_nulls(field_dict, self._absent)
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any], strict: bool = False) -> Self:
        """Read a RunStepDeltaStepDetailsToolCallsCodeOutputImageObject from decoded JSON.

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
            v_index = d.pop("index")
            v_type_ = d.pop("type")
            at = "image"
            v_image = _parse_image(d.pop("image", UNSET), strict)
        except KeyError as exc:
            raise InvalidPayloadError("required field is missing", str(exc.args[0])) from None
        except (TypeError, ValueError) as exc:
            raise InvalidPayloadError.wrap(exc, at) from exc
        obj = cls(
            index=v_index,
            type_=v_type_,
            image=v_image,
        )
        obj.additional_properties = d
        return obj


from ..models.run_step_delta_step_details_tool_calls_code_output_image import (
    RunStepDeltaStepDetailsToolCallsCodeOutputImage,
)
