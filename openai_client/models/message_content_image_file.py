from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._payload import ExtraFields, FieldSpec, as_object, check_strict, drop_absent_nulls
from ..errors import InvalidPayloadError
from ..models.image_detail import ImageDetail
from ..types import UNSET, Unset

_FIELDS = (
    FieldSpec("file_id", (str,), required=True),
    FieldSpec("detail", (str,)),
)


def _parse_detail(data: Any, strict: bool) -> ImageDetail | Unset:
    if isinstance(data, Unset):
        return data
    return ImageDetail.from_value(data)


@_attrs_define
class MessageContentImageFile(ExtraFields[Any]):
    """The file and the detail to see it at.

    Attributes:
        file_id (str): File ID.
        detail (ImageDetail | Unset): Detail level to see an image at.
    """

    file_id: str
    detail: ImageDetail | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _absent: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON-ready data: what was read, written back unchanged."""
        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "file_id": self.file_id,
        }
        if not isinstance(detail := self.detail, Unset):
            field_dict["detail"] = detail.value
        if self._absent:
            drop_absent_nulls(field_dict, self._absent)
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any], strict: bool = False) -> Self:
        """Read a MessageContentImageFile from decoded JSON.

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
            v_file_id = d.pop("file_id")
            at = "detail"
            v_detail = _parse_detail(d.pop("detail", UNSET), strict)
        except KeyError as exc:
            raise InvalidPayloadError("required field is missing", str(exc.args[0])) from None
        except (TypeError, ValueError) as exc:
            raise InvalidPayloadError.wrap(exc, at) from exc
        obj = cls(
            file_id=v_file_id,
            detail=v_detail,
        )
        obj.additional_properties = d
        return obj
