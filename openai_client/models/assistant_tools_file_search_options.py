from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Self, TypedDict

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
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.file_search_ranking_options import FileSearchRankingOptionsParam


def _parse_ranking_options(data: Any, strict: bool) -> FileSearchRankingOptions | Unset:
    if data is UNSET:
        return Unset.UNSET
    if type(data) is dict or not isinstance(data, FileSearchRankingOptions):
        return FileSearchRankingOptions.from_dict(data, strict)
    return data


def _dump_ranking_options(value: Any) -> Any:
    return value.to_dict()


def _convert_ranking_options(
    value: FileSearchRankingOptions | FileSearchRankingOptionsParam | Unset,
) -> FileSearchRankingOptions | Unset:
    """`ranking_options` as given to the constructor (a dict, string or sequence too), as its model."""
    try:
        return _parse_ranking_options(value, True)
    except (TypeError, ValueError) as exc:
        raise InvalidPayloadError.wrap(exc, "ranking_options") from exc


_FIELD_SPECS = (
    FieldSpec("max_num_results", "max_num_results", (int,)),
    FieldSpec("ranking_options", "ranking_options", (dict,), read=_parse_ranking_options, dump=_dump_ranking_options),
)
_KNOWN = frozenset({"max_num_results", "ranking_options"})
_new = object.__new__


@_attrs_define(eq=False, repr=False, getstate_setstate=False, on_setattr=_attrs_setters.NO_OP)
class AssistantToolsFileSearchOptions(ExtraFields[Any]):
    """Settings of the file search tool.

    Attributes:
        max_num_results (int | Unset): Most results to return, 1 to 50.
        ranking_options (FileSearchRankingOptions | Unset): How file search ranks results.
    """

    _FIELDS: ClassVar[tuple[FieldSpec, ...]] = _FIELD_SPECS
    max_num_results: int | Unset = UNSET
    ranking_options: FileSearchRankingOptions | Unset = _attrs_field(default=UNSET, converter=_convert_ranking_options)
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON; a dict, string or sequence given for a field is read into its model first."""
        at = ""
        try:
            field_dict: dict[str, Any] = dict(self.additional_properties)
            if (max_num_results := self.max_num_results) is not UNSET:
                field_dict["max_num_results"] = max_num_results
            at = "ranking_options"
            if (ranking_options := self.ranking_options) is not UNSET:
                field_dict["ranking_options"] = as_request_json(ranking_options, _parse_ranking_options)
        except AttributeError:
            field_dict = dump_sent(self, self.additional_properties)
        except (TypeError, ValueError) as exc:
            raise InvalidPayloadError.wrap(exc, at) from exc
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any], strict: bool = False) -> Self:
        """Read a AssistantToolsFileSearchOptions from decoded JSON.

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
            obj.max_num_results = d.get("max_num_results", UNSET)
            at = "ranking_options"
            obj.ranking_options = _parse_ranking_options(d.get("ranking_options", UNSET), strict)
        except KeyError:  # a required field the server left out: the generic path keeps it absent
            return read_sent(cls, dict(d), strict, True)
        except (TypeError, ValueError) as exc:
            raise InvalidPayloadError.wrap(exc, at) from exc
        # The fields the spec does not name, kept as received; none (the common case) costs a count.
        present = 0 + (obj.max_num_results is not UNSET) + (obj.ranking_options is not UNSET)
        obj.additional_properties = {} if len(d) == present else {k: v for k, v in d.items() if k not in _KNOWN}
        return obj


class AssistantToolsFileSearchOptionsParam(TypedDict, total=False):
    """The dict form of AssistantToolsFileSearchOptions: what a request takes in its place (checked before sending)."""

    max_num_results: int
    ranking_options: FileSearchRankingOptions | FileSearchRankingOptionsParam


from ..models.file_search_ranking_options import FileSearchRankingOptions
