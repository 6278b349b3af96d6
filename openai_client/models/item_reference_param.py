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
from ..models.item_reference_param_type_type_0 import ItemReferenceParamTypeType0
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.item_reference_param_type_type_0 import ItemReferenceParamTypeType0Literal


def _parse_type_(data: Any, strict: bool) -> ItemReferenceParamTypeType0 | None | Unset:
    if data is UNSET:
        return Unset.UNSET
    if data is None:
        return None
    if isinstance(data, str):
        return ItemReferenceParamTypeType0.known(data) or ItemReferenceParamTypeType0.from_value(data)
    raise TypeError(f"expected string or null, got {type(data).__name__}")


def _dump_type_(value: Any) -> Any:
    return value


def _convert_type_(
    value: ItemReferenceParamTypeType0 | ItemReferenceParamTypeType0Literal | None | Unset,
) -> ItemReferenceParamTypeType0 | None | Unset:
    """`type` as given to the constructor (a dict, string or sequence too), as its model."""
    try:
        return _parse_type_(value, True)
    except (TypeError, ValueError) as exc:
        raise InvalidPayloadError.wrap(exc, "type") from exc


_FIELD_SPECS = (
    FieldSpec("id", "id", (str,), required=True),
    FieldSpec("type", "type_", (str,), nullable=True, read=_parse_type_, dump=_dump_type_),
)
_KNOWN = frozenset({"id", "type"})
_new = object.__new__


@_attrs_define(eq=False, repr=False, getstate_setstate=False, on_setattr=_attrs_setters.NO_OP)
class ItemReferenceParam(ExtraFields[Any]):
    """ItemReferenceParam

    Attributes:
        id (str):
        type_ (ItemReferenceParamTypeType0 | None | Unset):
    """

    _FIELDS: ClassVar[tuple[FieldSpec, ...]] = _FIELD_SPECS
    id: str
    type_: ItemReferenceParamTypeType0 | None | Unset = _attrs_field(default=UNSET, converter=_convert_type_)
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON; a dict, string or sequence given for a field is read into its model first."""
        at = ""
        try:
            field_dict: dict[str, Any] = dict(self.additional_properties)
            field_dict["id"] = self.id
            at = "type"
            if (type_ := self.type_) is not UNSET:
                field_dict["type"] = as_request_json(type_, _parse_type_)
        except AttributeError:
            field_dict = dump_sent(self, self.additional_properties)
        except (TypeError, ValueError) as exc:
            raise InvalidPayloadError.wrap(exc, at) from exc
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any], strict: bool = False) -> Self:
        """Read a ItemReferenceParam from decoded JSON.

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
            obj.id = d["id"]
            at = "type"
            obj.type_ = _parse_type_(d.get("type", UNSET), strict)
        except KeyError:  # a required field the server left out: the generic path keeps it absent
            return read_sent(cls, dict(d), strict, True)
        except (TypeError, ValueError) as exc:
            raise InvalidPayloadError.wrap(exc, at) from exc
        # The fields the spec does not name, kept as received; none (the common case) costs a count.
        present = 1 + (obj.type_ is not UNSET)
        obj.additional_properties = {} if len(d) == present else {k: v for k, v in d.items() if k not in _KNOWN}
        return obj


class ItemReferenceParamParam(TypedDict, total=False):
    """The dict form of ItemReferenceParam: what a request takes in its place (checked before sending)."""

    id: Required[str]
    type: ItemReferenceParamTypeType0 | ItemReferenceParamTypeType0Literal | None
