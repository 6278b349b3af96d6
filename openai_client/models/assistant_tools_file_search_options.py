from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._payload import ExtraFields, FieldSpec, as_object, check_strict, drop_absent_nulls
from ..errors import InvalidPayloadError
from ..types import UNSET, Unset

_FIELDS = (
    FieldSpec("max_num_results", (int,)),
    FieldSpec("ranking_options", (dict,)),
)


def _parse_ranking_options(data: Any, strict: bool) -> FileSearchRankingOptions | Unset:
    if isinstance(data, Unset):
        return data
    return FileSearchRankingOptions.from_dict(data, strict)


@_attrs_define
class AssistantToolsFileSearchOptions(ExtraFields[Any]):
    """Settings of the file search tool.

    Attributes:
        max_num_results (int | Unset): Most results to return, 1 to 50.
        ranking_options (FileSearchRankingOptions | Unset): How file search ranks results.
    """

    max_num_results: int | Unset = UNSET
    ranking_options: FileSearchRankingOptions | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _absent: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON-ready data: what was read, written back unchanged."""
        field_dict: dict[str, Any] = {
            **self.additional_properties,
        }
        if not isinstance(max_num_results := self.max_num_results, Unset):
            field_dict["max_num_results"] = max_num_results
        if not isinstance(ranking_options := self.ranking_options, Unset):
            field_dict["ranking_options"] = ranking_options.to_dict()
        if self._absent:
            drop_absent_nulls(field_dict, self._absent)
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any], strict: bool = False) -> Self:
        """Read a AssistantToolsFileSearchOptions from decoded JSON.

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
            v_max_num_results = d.pop("max_num_results", UNSET)
            at = "ranking_options"
            v_ranking_options = _parse_ranking_options(d.pop("ranking_options", UNSET), strict)
        except KeyError as exc:
            raise InvalidPayloadError("required field is missing", str(exc.args[0])) from None
        except (TypeError, ValueError) as exc:
            raise InvalidPayloadError.wrap(exc, at) from exc
        obj = cls(
            max_num_results=v_max_num_results,
            ranking_options=v_ranking_options,
        )
        obj.additional_properties = d
        return obj


from ..models.file_search_ranking_options import FileSearchRankingOptions
