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
    from ..models.vector_store_data_source import VectorStoreDataSourceParam


def _parse_file_ids(data: Any, strict: bool) -> list[str] | Unset:
    if data is UNSET:
        return Unset.UNSET
    return as_list(data)


def _dump_file_ids(value: Any) -> Any:
    return list(value)


def _convert_file_ids(value: Sequence[str] | Unset) -> list[str] | Unset:
    """`file_ids` as given to the constructor (a dict, string or sequence too), as its model."""
    try:
        return _parse_file_ids(value, True)
    except (TypeError, ValueError) as exc:
        raise InvalidPayloadError.wrap(exc, "file_ids") from exc


def _parse_data_sources(data: Any, strict: bool) -> list[VectorStoreDataSource] | Unset:
    if data is UNSET:
        return Unset.UNSET
    listed = data if type(data) is list else as_list(data)
    items: list[VectorStoreDataSource] = []
    try:
        for item in listed:
            items.append(
                item if isinstance(item, VectorStoreDataSource) else VectorStoreDataSource.from_dict(item, strict)
            )
    except (TypeError, ValueError) as exc:
        raise InvalidPayloadError.wrap(exc, f"[{len(items)}]") from exc
    return items


def _dump_data_sources(value: Any) -> Any:
    return [item.to_dict() for item in value]


def _convert_data_sources(
    value: Sequence[VectorStoreDataSource | VectorStoreDataSourceParam] | Unset,
) -> list[VectorStoreDataSource] | Unset:
    """`data_sources` as given to the constructor (a dict, string or sequence too), as its model."""
    try:
        return _parse_data_sources(value, True)
    except (TypeError, ValueError) as exc:
        raise InvalidPayloadError.wrap(exc, "data_sources") from exc


_FIELD_SPECS = (
    FieldSpec("file_ids", "file_ids", (list,), items=(str,), read=_parse_file_ids, dump=_dump_file_ids),
    FieldSpec("data_sources", "data_sources", (list,), read=_parse_data_sources, dump=_dump_data_sources),
)
_KNOWN = frozenset({"file_ids", "data_sources"})
_new = object.__new__


@_attrs_define(eq=False, repr=False, getstate_setstate=False, on_setattr=_attrs_setters.NO_OP)
class ToolResourcesCodeInterpreter(ExtraFields[Any]):
    """Files the code interpreter can read.

    Attributes:
        file_ids (list[str] | Unset): File IDs, at most 20.
        data_sources (list[VectorStoreDataSource] | Unset): Foundry: Azure data assets to read, in place of `file_ids`.
    """

    _FIELDS: ClassVar[tuple[FieldSpec, ...]] = _FIELD_SPECS
    file_ids: list[str] | Unset = _attrs_field(default=UNSET, converter=_convert_file_ids)
    data_sources: list[VectorStoreDataSource] | Unset = _attrs_field(default=UNSET, converter=_convert_data_sources)
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON; a dict, string or sequence given for a field is read into its model first."""
        at = ""
        try:
            field_dict: dict[str, Any] = dict(self.additional_properties)
            at = "file_ids"
            if (file_ids := self.file_ids) is not UNSET:
                field_dict["file_ids"] = as_request_json(file_ids, _parse_file_ids)
            at = "data_sources"
            if (data_sources := self.data_sources) is not UNSET:
                field_dict["data_sources"] = as_request_json(data_sources, _parse_data_sources)
        except AttributeError:
            field_dict = dump_sent(self, self.additional_properties)
        except (TypeError, ValueError) as exc:
            raise InvalidPayloadError.wrap(exc, at) from exc
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any], strict: bool = False) -> Self:
        """Read a ToolResourcesCodeInterpreter from decoded JSON.

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
            at = "file_ids"
            obj.file_ids = _parse_file_ids(d.get("file_ids", UNSET), strict)
            at = "data_sources"
            obj.data_sources = _parse_data_sources(d.get("data_sources", UNSET), strict)
        except KeyError:  # a required field the server left out: the generic path keeps it absent
            return read_sent(cls, dict(d), strict, True)
        except (TypeError, ValueError) as exc:
            raise InvalidPayloadError.wrap(exc, at) from exc
        # The fields the spec does not name, kept as received; none (the common case) costs a count.
        present = 0 + (obj.file_ids is not UNSET) + (obj.data_sources is not UNSET)
        obj.additional_properties = {} if len(d) == present else {k: v for k, v in d.items() if k not in _KNOWN}
        return obj


class ToolResourcesCodeInterpreterParam(TypedDict, total=False):
    """The dict form of ToolResourcesCodeInterpreter: what a request takes in its place (checked before sending)."""

    file_ids: Sequence[str]
    data_sources: Sequence[VectorStoreDataSource | VectorStoreDataSourceParam]


from ..models.vector_store_data_source import VectorStoreDataSource
