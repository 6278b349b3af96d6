from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._payload import ExtraFields, FieldSpec, as_object, check_strict, drop_absent_nulls
from ..errors import InvalidPayloadError
from ..models.file_search_ranker import FileSearchRanker
from ..types import UNSET, Unset

_FIELDS = (
    FieldSpec("score_threshold", (float, int), required=True),
    FieldSpec("ranker", (str,)),
)


def _parse_ranker(data: Any, strict: bool) -> FileSearchRanker | Unset:
    if isinstance(data, Unset):
        return data
    return FileSearchRanker.from_value(data)


@_attrs_define
class FileSearchRankingOptions(ExtraFields[Any]):
    """How file search ranks results.

    Attributes:
        score_threshold (float): Results scoring below this are dropped (0 to 1).
        ranker (FileSearchRanker | Unset): Ranker used by file search.
    """

    score_threshold: float
    ranker: FileSearchRanker | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _absent: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON-ready data: what was read, written back unchanged."""
        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "score_threshold": self.score_threshold,
        }
        if not isinstance(ranker := self.ranker, Unset):
            field_dict["ranker"] = ranker.value
        if self._absent:
            drop_absent_nulls(field_dict, self._absent)
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any], strict: bool = False) -> Self:
        """Read a FileSearchRankingOptions from decoded JSON.

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
            v_score_threshold = d.pop("score_threshold")
            at = "ranker"
            v_ranker = _parse_ranker(d.pop("ranker", UNSET), strict)
        except KeyError as exc:
            raise InvalidPayloadError("required field is missing", str(exc.args[0])) from None
        except (TypeError, ValueError) as exc:
            raise InvalidPayloadError.wrap(exc, at) from exc
        obj = cls(
            score_threshold=v_score_threshold,
            ranker=v_ranker,
        )
        obj.additional_properties = d
        return obj
