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
    check_strict,
    dump_sent,
    read_sent,
)
from ..errors import InvalidPayloadError
from ..models.vector_store_data_source_asset_type import VectorStoreDataSourceAssetType

if TYPE_CHECKING:
    from ..models.vector_store_data_source_asset_type import VectorStoreDataSourceAssetTypeLiteral


def _parse_type_(data: Any, strict: bool) -> VectorStoreDataSourceAssetType:
    return VectorStoreDataSourceAssetType.known(data) or VectorStoreDataSourceAssetType.from_value(data)


def _convert_type_(
    value: VectorStoreDataSourceAssetType | VectorStoreDataSourceAssetTypeLiteral,
) -> VectorStoreDataSourceAssetType:
    """`type` as given to the constructor (a dict, string or sequence too), as its model."""
    try:
        return _parse_type_(value, True)
    except (TypeError, ValueError) as exc:
        raise InvalidPayloadError.wrap(exc, "type") from exc


_FIELD_SPECS = (
    FieldSpec("uri", "uri", (str,), required=True),
    FieldSpec("type", "type_", (str,), required=True, read=_parse_type_),
)
_KNOWN = frozenset({"uri", "type"})
_new = object.__new__


@_attrs_define(eq=False, repr=False, getstate_setstate=False, on_setattr=_attrs_setters.NO_OP)
class VectorStoreDataSource(ExtraFields[Any]):
    """Foundry: an Azure data asset a tool reads (a file by URI, or a data asset by ID).

    Attributes:
        uri (str): The asset's URI or ID.
        type_ (VectorStoreDataSourceAssetType): `uri_asset`: `uri` is an asset URI; `id_asset`: it is a data ID.
    """

    _FIELDS: ClassVar[tuple[FieldSpec, ...]] = _FIELD_SPECS
    uri: str
    type_: VectorStoreDataSourceAssetType = _attrs_field(converter=_convert_type_)
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON; a dict, string or sequence given for a field is read into its model first."""
        at = ""
        try:
            field_dict: dict[str, Any] = dict(self.additional_properties)
            field_dict["uri"] = self.uri
            field_dict["type"] = self.type_
        except AttributeError:
            field_dict = dump_sent(self, self.additional_properties)
        except (TypeError, ValueError) as exc:
            raise InvalidPayloadError.wrap(exc, at) from exc
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any], strict: bool = False) -> Self:
        """Read a VectorStoreDataSource from decoded JSON.

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
            obj.uri = d["uri"]
            at = "type"
            obj.type_ = _parse_type_(d["type"], strict)
        except KeyError:  # a required field the server left out: the generic path keeps it absent
            return read_sent(cls, dict(d), strict, True)
        except (TypeError, ValueError) as exc:
            raise InvalidPayloadError.wrap(exc, at) from exc
        # The fields the spec does not name, kept as received; none (the common case) costs a count.
        present = 2
        obj.additional_properties = {} if len(d) == present else {k: v for k, v in d.items() if k not in _KNOWN}
        return obj


class VectorStoreDataSourceParam(TypedDict, total=False):
    """The dict form of VectorStoreDataSource: what a request takes in its place (checked before sending)."""

    uri: Required[str]
    type: Required[VectorStoreDataSourceAssetType | VectorStoreDataSourceAssetTypeLiteral]
