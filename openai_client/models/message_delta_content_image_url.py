from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._payload import ExtraFields, FieldSpec, as_object, check_strict, drop_absent_nulls
from ..errors import InvalidPayloadError
from ..models.message_delta_content_image_url_detail import MessageDeltaContentImageUrlDetail
from ..types import UNSET, Unset

_FIELDS = (
    FieldSpec("url", (str,)),
    FieldSpec("detail", (str,)),
)


def _parse_detail(data: Any, strict: bool) -> MessageDeltaContentImageUrlDetail | Unset:
    if isinstance(data, Unset):
        return data
    return MessageDeltaContentImageUrlDetail.from_value(data)


@_attrs_define
class MessageDeltaContentImageUrl(ExtraFields[Any]):
    """The image URL, and how closely the model looks at it.

    Attributes:
        url (str | Unset): The image's URL.
        detail (MessageDeltaContentImageUrlDetail | Unset): How closely the model looks at the image. Default:
            MessageDeltaContentImageUrlDetail.AUTO.
    """

    url: str | Unset = UNSET
    detail: MessageDeltaContentImageUrlDetail | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _absent: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON-ready data: what was read, written back unchanged."""
        field_dict: dict[str, Any] = {
            **self.additional_properties,
        }
        if not isinstance(url := self.url, Unset):
            field_dict["url"] = url
        if not isinstance(detail := self.detail, Unset):
            field_dict["detail"] = detail.value
        if self._absent:
            drop_absent_nulls(field_dict, self._absent)
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any], strict: bool = False) -> Self:
        """Read a MessageDeltaContentImageUrl from decoded JSON.

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
            v_url = d.pop("url", UNSET)
            at = "detail"
            v_detail = _parse_detail(d.pop("detail", UNSET), strict)
        except KeyError as exc:
            raise InvalidPayloadError("required field is missing", str(exc.args[0])) from None
        except (TypeError, ValueError) as exc:
            raise InvalidPayloadError.wrap(exc, at) from exc
        obj = cls(
            url=v_url,
            detail=v_detail,
        )
        obj.additional_properties = d
        return obj
