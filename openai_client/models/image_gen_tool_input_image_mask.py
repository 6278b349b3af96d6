from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypedDict

from attrs import define as _attrs_define
from attrs import setters as _attrs_setters

from .._model import (
    FieldSpec,
    Model,
    as_object,
    check_strict,
    dump_sent,
    read_sent,
)
from ..errors import InvalidPayloadError
from ..types import UNSET, Unset

_FIELD_SPECS = (
    FieldSpec("image_url", "image_url", (str,)),
    FieldSpec("file_id", "file_id", (str,)),
)
_new = object.__new__


@_attrs_define(eq=False, repr=False, getstate_setstate=False, on_setattr=_attrs_setters.NO_OP)
class ImageGenToolInputImageMask(Model):
    """ImageGenToolInputImageMask

    Attributes:
        image_url (str | Unset):
        file_id (str | Unset):
    """

    _FIELDS: ClassVar[tuple[FieldSpec, ...]] = _FIELD_SPECS
    image_url: str | Unset = UNSET
    file_id: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON; a dict, string or sequence given for a field is read into its model first."""
        at = ""
        try:
            field_dict: dict[str, Any] = {}
            if (image_url := self.image_url) is not UNSET:
                field_dict["image_url"] = image_url
            if (file_id := self.file_id) is not UNSET:
                field_dict["file_id"] = file_id
        except AttributeError:
            field_dict = dump_sent(self, None)
        except (TypeError, ValueError) as exc:
            raise InvalidPayloadError.wrap(exc, at) from exc
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any], strict: bool = False) -> Self:
        """Read a ImageGenToolInputImageMask from decoded JSON.

        Without `strict`, what the server sent is read as it is: a field it left out stays
        absent (see `is_sent`). With `strict`, a value of the wrong JSON type, a null where
        none is allowed, or a missing required field raises, at any depth.

        Raises:
            InvalidPayloadError: `src_dict` is not an object of this shape; its `path` names
                the field at fault.
        """
        d = src_dict if type(src_dict) is dict else as_object(src_dict)
        if strict:
            check_strict(d, _FIELD_SPECS, closed=True)
        obj = _new(cls)
        at = ""
        try:
            obj.image_url = d.get("image_url", UNSET)
            obj.file_id = d.get("file_id", UNSET)
        except KeyError:  # a required field the server left out: the generic path keeps it absent
            return read_sent(cls, dict(d), strict, False)
        except (TypeError, ValueError) as exc:
            raise InvalidPayloadError.wrap(exc, at) from exc
        return obj


class ImageGenToolInputImageMaskParam(TypedDict, total=False):
    """The dict form of ImageGenToolInputImageMask: what a request takes in its place (checked before sending)."""

    image_url: str
    file_id: str
