from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, ClassVar, Required, Self, TypedDict

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
from ..models.file_search_tool_type import FileSearchToolType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.comparison_filter import ComparisonFilterParam
    from ..models.compound_filter import CompoundFilterParam
    from ..models.file_search_tool_type import FileSearchToolTypeLiteral
    from ..models.ranking_options import RankingOptionsParam


def _parse_type_(data: Any, strict: bool) -> FileSearchToolType:
    return FileSearchToolType.known(data) or FileSearchToolType.from_value(data)


def _convert_type_(value: FileSearchToolType | FileSearchToolTypeLiteral) -> FileSearchToolType:
    """`type` as given to the constructor (a dict, string or sequence too), as its model."""
    try:
        return _parse_type_(value, True)
    except (TypeError, ValueError) as exc:
        raise InvalidPayloadError.wrap(exc, "type") from exc


def _parse_vector_store_ids(data: Any, strict: bool) -> list[str]:
    return as_list(data)


def _dump_vector_store_ids(value: Any) -> Any:
    return list(value)


def _convert_vector_store_ids(value: Sequence[str]) -> list[str]:
    """`vector_store_ids` as given to the constructor (a dict, string or sequence too), as its model."""
    try:
        return _parse_vector_store_ids(value, True)
    except (TypeError, ValueError) as exc:
        raise InvalidPayloadError.wrap(exc, "vector_store_ids") from exc


def _parse_ranking_options(data: Any, strict: bool) -> RankingOptions | Unset:
    if data is UNSET:
        return Unset.UNSET
    if type(data) is dict or not isinstance(data, RankingOptions):
        return RankingOptions.from_dict(data, strict)
    return data


def _dump_ranking_options(value: Any) -> Any:
    return value.to_dict()


def _convert_ranking_options(value: RankingOptions | RankingOptionsParam | Unset) -> RankingOptions | Unset:
    """`ranking_options` as given to the constructor (a dict, string or sequence too), as its model."""
    try:
        return _parse_ranking_options(value, True)
    except (TypeError, ValueError) as exc:
        raise InvalidPayloadError.wrap(exc, "ranking_options") from exc


def _parse_filters(data: Any, strict: bool) -> ComparisonFilter | CompoundFilter | None | Unset:
    if data is UNSET:
        return Unset.UNSET
    if data is None:
        return None
    if type(data) is dict:
        return ComparisonFilter.from_dict(data, strict)
    if isinstance(data, (ComparisonFilter, CompoundFilter)):
        return data
    if isinstance(data, Mapping):
        return _parse_filters(dict(data), strict)
    raise TypeError(f"expected object or null, got {type(data).__name__}")


def _dump_filters(value: Any) -> Any:
    if isinstance(value, (ComparisonFilter, CompoundFilter)):
        return value.to_dict()
    return value


def _convert_filters(
    value: ComparisonFilter | ComparisonFilterParam | CompoundFilter | CompoundFilterParam | None | Unset,
) -> ComparisonFilter | CompoundFilter | None | Unset:
    """`filters` as given to the constructor (a dict, string or sequence too), as its model."""
    try:
        return _parse_filters(value, True)
    except (TypeError, ValueError) as exc:
        raise InvalidPayloadError.wrap(exc, "filters") from exc


_FIELD_SPECS = (
    FieldSpec("type", "type_", (str,), required=True, read=_parse_type_),
    FieldSpec(
        "vector_store_ids",
        "vector_store_ids",
        (list,),
        required=True,
        items=(str,),
        read=_parse_vector_store_ids,
        dump=_dump_vector_store_ids,
    ),
    FieldSpec("max_num_results", "max_num_results", (int,)),
    FieldSpec("ranking_options", "ranking_options", (dict,), read=_parse_ranking_options, dump=_dump_ranking_options),
    FieldSpec("filters", "filters", (dict,), nullable=True, read=_parse_filters, dump=_dump_filters),
)
_KNOWN = frozenset({"type", "vector_store_ids", "max_num_results", "ranking_options", "filters"})
_new = object.__new__


@_attrs_define(eq=False, repr=False, getstate_setstate=False, on_setattr=_attrs_setters.NO_OP)
class FileSearchTool(ExtraFields[Any]):
    """FileSearchTool

    Attributes:
        type_ (FileSearchToolType):  Default: FileSearchToolType.FILE_SEARCH.
        vector_store_ids (list[str]):
        max_num_results (int | Unset):
        ranking_options (RankingOptions | Unset):
        filters (ComparisonFilter | CompoundFilter | None | Unset):
    """

    _FIELDS: ClassVar[tuple[FieldSpec, ...]] = _FIELD_SPECS
    type_: FileSearchToolType = _attrs_field(converter=_convert_type_)
    vector_store_ids: list[str] = _attrs_field(converter=_convert_vector_store_ids)
    max_num_results: int | Unset = UNSET
    ranking_options: RankingOptions | Unset = _attrs_field(default=UNSET, converter=_convert_ranking_options)
    filters: ComparisonFilter | CompoundFilter | None | Unset = _attrs_field(default=UNSET, converter=_convert_filters)
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON; a dict, string or sequence given for a field is read into its model first."""
        at = ""
        try:
            field_dict: dict[str, Any] = dict(self.additional_properties)
            field_dict["type"] = self.type_
            at = "vector_store_ids"
            field_dict["vector_store_ids"] = as_request_json(self.vector_store_ids, _parse_vector_store_ids)
            if (max_num_results := self.max_num_results) is not UNSET:
                field_dict["max_num_results"] = max_num_results
            at = "ranking_options"
            if (ranking_options := self.ranking_options) is not UNSET:
                field_dict["ranking_options"] = as_request_json(ranking_options, _parse_ranking_options)
            at = "filters"
            if (filters := self.filters) is not UNSET:
                field_dict["filters"] = as_request_json(filters, _parse_filters)
        except AttributeError:
            field_dict = dump_sent(self, self.additional_properties)
        except (TypeError, ValueError) as exc:
            raise InvalidPayloadError.wrap(exc, at) from exc
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any], strict: bool = False) -> Self:
        """Read a FileSearchTool from decoded JSON.

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
            at = "vector_store_ids"
            obj.vector_store_ids = _parse_vector_store_ids(d["vector_store_ids"], strict)
            obj.max_num_results = d.get("max_num_results", UNSET)
            at = "ranking_options"
            obj.ranking_options = _parse_ranking_options(d.get("ranking_options", UNSET), strict)
            at = "filters"
            obj.filters = _parse_filters(d.get("filters", UNSET), strict)
        except KeyError:  # a required field the server left out: the generic path keeps it absent
            return read_sent(cls, dict(d), strict, True)
        except (TypeError, ValueError) as exc:
            raise InvalidPayloadError.wrap(exc, at) from exc
        # The fields the spec does not name, kept as received; none (the common case) costs a count.
        present = (
            2 + (obj.max_num_results is not UNSET) + (obj.ranking_options is not UNSET) + (obj.filters is not UNSET)
        )
        obj.additional_properties = {} if len(d) == present else {k: v for k, v in d.items() if k not in _KNOWN}
        return obj


class FileSearchToolParam(TypedDict, total=False):
    """The dict form of FileSearchTool: what a request takes in its place (checked before sending)."""

    type: Required[FileSearchToolType | FileSearchToolTypeLiteral]
    vector_store_ids: Required[Sequence[str]]
    max_num_results: int
    ranking_options: RankingOptions | RankingOptionsParam
    filters: ComparisonFilter | ComparisonFilterParam | CompoundFilter | CompoundFilterParam | None


from ..models.comparison_filter import ComparisonFilter
from ..models.compound_filter import CompoundFilter
from ..models.ranking_options import RankingOptions
