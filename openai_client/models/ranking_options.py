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
from ..models.ranker_version_type import RankerVersionType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.hybrid_search_options import HybridSearchOptionsParam
    from ..models.ranker_version_type import RankerVersionTypeLiteral


def _parse_ranker(data: Any, strict: bool) -> RankerVersionType | Unset:
    if data is UNSET:
        return Unset.UNSET
    return RankerVersionType.known(data) or RankerVersionType.from_value(data)


def _convert_ranker(value: RankerVersionType | RankerVersionTypeLiteral | Unset) -> RankerVersionType | Unset:
    """`ranker` as given to the constructor (a dict, string or sequence too), as its model."""
    try:
        return _parse_ranker(value, True)
    except (TypeError, ValueError) as exc:
        raise InvalidPayloadError.wrap(exc, "ranker") from exc


def _parse_hybrid_search(data: Any, strict: bool) -> HybridSearchOptions | Unset:
    if data is UNSET:
        return Unset.UNSET
    if type(data) is dict or not isinstance(data, HybridSearchOptions):
        return HybridSearchOptions.from_dict(data, strict)
    return data


def _dump_hybrid_search(value: Any) -> Any:
    return value.to_dict()


def _convert_hybrid_search(
    value: HybridSearchOptions | HybridSearchOptionsParam | Unset,
) -> HybridSearchOptions | Unset:
    """`hybrid_search` as given to the constructor (a dict, string or sequence too), as its model."""
    try:
        return _parse_hybrid_search(value, True)
    except (TypeError, ValueError) as exc:
        raise InvalidPayloadError.wrap(exc, "hybrid_search") from exc


_FIELD_SPECS = (
    FieldSpec("ranker", "ranker", (str,), read=_parse_ranker),
    FieldSpec("score_threshold", "score_threshold", (float, int)),
    FieldSpec("hybrid_search", "hybrid_search", (dict,), read=_parse_hybrid_search, dump=_dump_hybrid_search),
)
_KNOWN = frozenset({"ranker", "score_threshold", "hybrid_search"})
_new = object.__new__


@_attrs_define(eq=False, repr=False, getstate_setstate=False, on_setattr=_attrs_setters.NO_OP)
class RankingOptions(ExtraFields[Any]):
    """RankingOptions

    Attributes:
        ranker (RankerVersionType | Unset):
        score_threshold (float | Unset):
        hybrid_search (HybridSearchOptions | Unset):
    """

    _FIELDS: ClassVar[tuple[FieldSpec, ...]] = _FIELD_SPECS
    ranker: RankerVersionType | Unset = _attrs_field(default=UNSET, converter=_convert_ranker)
    score_threshold: float | Unset = UNSET
    hybrid_search: HybridSearchOptions | Unset = _attrs_field(default=UNSET, converter=_convert_hybrid_search)
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON; a dict, string or sequence given for a field is read into its model first."""
        at = ""
        try:
            field_dict: dict[str, Any] = dict(self.additional_properties)
            if (ranker := self.ranker) is not UNSET:
                field_dict["ranker"] = ranker
            if (score_threshold := self.score_threshold) is not UNSET:
                field_dict["score_threshold"] = score_threshold
            at = "hybrid_search"
            if (hybrid_search := self.hybrid_search) is not UNSET:
                field_dict["hybrid_search"] = as_request_json(hybrid_search, _parse_hybrid_search)
        except AttributeError:
            field_dict = dump_sent(self, self.additional_properties)
        except (TypeError, ValueError) as exc:
            raise InvalidPayloadError.wrap(exc, at) from exc
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any], strict: bool = False) -> Self:
        """Read a RankingOptions from decoded JSON.

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
            at = "ranker"
            obj.ranker = _parse_ranker(d.get("ranker", UNSET), strict)
            obj.score_threshold = d.get("score_threshold", UNSET)
            at = "hybrid_search"
            obj.hybrid_search = _parse_hybrid_search(d.get("hybrid_search", UNSET), strict)
        except KeyError:  # a required field the server left out: the generic path keeps it absent
            return read_sent(cls, dict(d), strict, True)
        except (TypeError, ValueError) as exc:
            raise InvalidPayloadError.wrap(exc, at) from exc
        # The fields the spec does not name, kept as received; none (the common case) costs a count.
        present = 0 + (obj.ranker is not UNSET) + (obj.score_threshold is not UNSET) + (obj.hybrid_search is not UNSET)
        obj.additional_properties = {} if len(d) == present else {k: v for k, v in d.items() if k not in _KNOWN}
        return obj


class RankingOptionsParam(TypedDict, total=False):
    """The dict form of RankingOptions: what a request takes in its place (checked before sending)."""

    ranker: RankerVersionType | RankerVersionTypeLiteral
    score_threshold: float
    hybrid_search: HybridSearchOptions | HybridSearchOptionsParam


from ..models.hybrid_search_options import HybridSearchOptions
