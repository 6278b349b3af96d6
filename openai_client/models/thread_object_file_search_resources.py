from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, ClassVar, Self, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _attrs_setters

from .._model import (
    ExtraFields,
    FieldSpec,
    as_list,
    as_object,
    as_request_json,
    check_strict,
    dump_sent,
    read_sent,
)
from ..errors import InvalidPayloadError
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.vector_store_configurations import VectorStoreConfigurationsParam


def _parse_vector_store_ids(data: Any, strict: bool) -> list[str] | Unset:
    if data is UNSET:
        return Unset.UNSET
    return as_list(data)


def _dump_vector_store_ids(value: Any) -> Any:
    return list(value)


def _convert_vector_store_ids(value: Sequence[str] | Unset) -> list[str] | Unset:
    """`vector_store_ids` as given to the constructor (a dict, string or sequence too), as its model."""
    try:
        return _parse_vector_store_ids(value, True)
    except (TypeError, ValueError) as exc:
        raise InvalidPayloadError.wrap(exc, "vector_store_ids") from exc


def _parse_vector_stores(data: Any, strict: bool) -> list[VectorStoreConfigurations] | Unset:
    if data is UNSET:
        return Unset.UNSET
    listed = data if type(data) is list else as_list(data)
    items: list[VectorStoreConfigurations] = []
    try:
        for item in listed:
            items.append(
                item
                if isinstance(item, VectorStoreConfigurations)
                else VectorStoreConfigurations.from_dict(item, strict)
            )
    except (TypeError, ValueError) as exc:
        raise InvalidPayloadError.wrap(exc, f"[{len(items)}]") from exc
    return items


def _dump_vector_stores(value: Any) -> Any:
    return [item.to_dict() for item in value]


def _convert_vector_stores(
    value: Sequence[VectorStoreConfigurations | VectorStoreConfigurationsParam] | Unset,
) -> list[VectorStoreConfigurations] | Unset:
    """`vector_stores` as given to the constructor (a dict, string or sequence too), as its model."""
    try:
        return _parse_vector_stores(value, True)
    except (TypeError, ValueError) as exc:
        raise InvalidPayloadError.wrap(exc, "vector_stores") from exc


_FIELD_SPECS = (
    FieldSpec(
        "vector_store_ids",
        "vector_store_ids",
        (list,),
        items=(str,),
        read=_parse_vector_store_ids,
        dump=_dump_vector_store_ids,
    ),
    FieldSpec("vector_stores", "vector_stores", (list,), read=_parse_vector_stores, dump=_dump_vector_stores),
)
_KNOWN = frozenset({"vector_store_ids", "vector_stores"})
_new = object.__new__


@_attrs_define(eq=False, repr=False, getstate_setstate=False, on_setattr=_attrs_setters.NO_OP)
class ThreadObjectFileSearchResources(ExtraFields[Any]):
    """Vector stores file search may query.

    Attributes:
        vector_store_ids (list[str] | Unset): Vector store IDs, at most 1.
        vector_stores (list[VectorStoreConfigurations] | Unset): Foundry: at most one store made of Azure data assets,
            in place of `vector_store_ids`.
    """

    _FIELDS: ClassVar[tuple[FieldSpec, ...]] = _FIELD_SPECS
    vector_store_ids: list[str] | Unset = _attrs_field(default=UNSET, converter=_convert_vector_store_ids)
    vector_stores: list[VectorStoreConfigurations] | Unset = _attrs_field(
        default=UNSET, converter=_convert_vector_stores
    )
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON; a dict, string or sequence given for a field is read into its model first."""
        at = ""
        try:
            field_dict: dict[str, Any] = dict(self.additional_properties)
            at = "vector_store_ids"
            if (vector_store_ids := self.vector_store_ids) is not UNSET:
                field_dict["vector_store_ids"] = as_request_json(vector_store_ids, _parse_vector_store_ids)
            at = "vector_stores"
            if (vector_stores := self.vector_stores) is not UNSET:
                field_dict["vector_stores"] = as_request_json(vector_stores, _parse_vector_stores)
        except AttributeError:
            field_dict = dump_sent(self, self.additional_properties)
        except (TypeError, ValueError) as exc:
            raise InvalidPayloadError.wrap(exc, at) from exc
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any], strict: bool = False) -> Self:
        """Read a ThreadObjectFileSearchResources from decoded JSON.

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
            at = "vector_store_ids"
            obj.vector_store_ids = _parse_vector_store_ids(d.get("vector_store_ids", UNSET), strict)
            at = "vector_stores"
            obj.vector_stores = _parse_vector_stores(d.get("vector_stores", UNSET), strict)
        except KeyError:  # a required field the server left out: the generic path keeps it absent
            return read_sent(cls, dict(d), strict, True)
        except (TypeError, ValueError) as exc:
            raise InvalidPayloadError.wrap(exc, at) from exc
        # The fields the spec does not name, kept as received; none (the common case) costs a count.
        present = 0 + (obj.vector_store_ids is not UNSET) + (obj.vector_stores is not UNSET)
        obj.additional_properties = {} if len(d) == present else {k: v for k, v in d.items() if k not in _KNOWN}
        return obj


class ThreadObjectFileSearchResourcesParam(TypedDict, total=False):
    """The dict form of ThreadObjectFileSearchResources: what a request takes in its place (checked before sending)."""

    vector_store_ids: Sequence[str]
    vector_stores: Sequence[VectorStoreConfigurations | VectorStoreConfigurationsParam]


from ..models.vector_store_configurations import VectorStoreConfigurations
