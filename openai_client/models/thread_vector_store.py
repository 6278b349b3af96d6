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
    from ..models.auto_chunking_strategy import AutoChunkingStrategyParam
    from ..models.static_chunking_strategy import StaticChunkingStrategyParam


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


def _parse_chunking_strategy(
    data: Any, strict: bool
) -> AutoChunkingStrategy | StaticChunkingStrategy | UnknownChunkingStrategy | Unset:
    if data is UNSET:
        return Unset.UNSET
    if type(data) is dict:
        tag = data.get("type")
        if tag == "auto":
            return AutoChunkingStrategy.from_dict(data, strict)
        if tag == "static":
            return StaticChunkingStrategy.from_dict(data, strict)
        return UnknownChunkingStrategy.from_dict(data, strict)
    if isinstance(data, (AutoChunkingStrategy, StaticChunkingStrategy, UnknownChunkingStrategy)):
        return data
    if isinstance(data, Mapping):
        return _parse_chunking_strategy(dict(data), strict)
    raise TypeError(f"expected object, got {type(data).__name__}")


def _dump_chunking_strategy(value: Any) -> Any:
    if isinstance(value, (AutoChunkingStrategy, StaticChunkingStrategy, UnknownChunkingStrategy)):
        return value.to_dict()
    return value


def _convert_chunking_strategy(
    value: AutoChunkingStrategy
    | AutoChunkingStrategyParam
    | StaticChunkingStrategy
    | StaticChunkingStrategyParam
    | UnknownChunkingStrategy
    | Unset,
) -> AutoChunkingStrategy | StaticChunkingStrategy | UnknownChunkingStrategy | Unset:
    """`chunking_strategy` as given to the constructor (a dict, string or sequence too), as its model."""
    try:
        return _parse_chunking_strategy(value, True)
    except (TypeError, ValueError) as exc:
        raise InvalidPayloadError.wrap(exc, "chunking_strategy") from exc


def _parse_metadata(data: Any, strict: bool) -> Metadata | None | Unset:
    if data is UNSET:
        return Unset.UNSET
    if data is None:
        return None
    if type(data) is dict:
        return Metadata.from_dict(data, strict)
    if isinstance(data, Metadata):
        return data
    if isinstance(data, Mapping):
        return _parse_metadata(dict(data), strict)
    raise TypeError(f"expected object or null, got {type(data).__name__}")


def _dump_metadata(value: Any) -> Any:
    if isinstance(value, Metadata):
        return value.to_dict()
    return value


def _convert_metadata(value: Metadata | Mapping[str, str] | None | Unset) -> Metadata | None | Unset:
    """`metadata` as given to the constructor (a dict, string or sequence too), as its model."""
    try:
        return _parse_metadata(value, True)
    except (TypeError, ValueError) as exc:
        raise InvalidPayloadError.wrap(exc, "metadata") from exc


_FIELD_SPECS = (
    FieldSpec("file_ids", "file_ids", (list,), items=(str,), read=_parse_file_ids, dump=_dump_file_ids),
    FieldSpec(
        "chunking_strategy", "chunking_strategy", (dict,), read=_parse_chunking_strategy, dump=_dump_chunking_strategy
    ),
    FieldSpec("metadata", "metadata", (dict,), nullable=True, read=_parse_metadata, dump=_dump_metadata),
)
_KNOWN = frozenset({"file_ids", "chunking_strategy", "metadata"})
_new = object.__new__


@_attrs_define(eq=False, repr=False, getstate_setstate=False, on_setattr=_attrs_setters.NO_OP)
class ThreadVectorStore(ExtraFields[Any]):
    """A vector store to create with the thread.

    Attributes:
        file_ids (list[str] | Unset): Files to add to the store.
        chunking_strategy (AutoChunkingStrategy | StaticChunkingStrategy | UnknownChunkingStrategy | Unset): How files
            are split into chunks (`auto` when not given).
        metadata (Metadata | None | Unset): Metadata, or `null`.
    """

    _FIELDS: ClassVar[tuple[FieldSpec, ...]] = _FIELD_SPECS
    file_ids: list[str] | Unset = _attrs_field(default=UNSET, converter=_convert_file_ids)
    chunking_strategy: AutoChunkingStrategy | StaticChunkingStrategy | UnknownChunkingStrategy | Unset = _attrs_field(
        default=UNSET, converter=_convert_chunking_strategy
    )
    metadata: Metadata | None | Unset = _attrs_field(default=UNSET, converter=_convert_metadata)
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON; a dict, string or sequence given for a field is read into its model first."""
        at = ""
        try:
            field_dict: dict[str, Any] = dict(self.additional_properties)
            at = "file_ids"
            if (file_ids := self.file_ids) is not UNSET:
                field_dict["file_ids"] = as_request_json(file_ids, _parse_file_ids)
            at = "chunking_strategy"
            if (chunking_strategy := self.chunking_strategy) is not UNSET:
                field_dict["chunking_strategy"] = as_request_json(chunking_strategy, _parse_chunking_strategy)
            at = "metadata"
            if (metadata := self.metadata) is not UNSET:
                field_dict["metadata"] = as_request_json(metadata, _parse_metadata)
        except AttributeError:
            field_dict = dump_sent(self, self.additional_properties)
        except (TypeError, ValueError) as exc:
            raise InvalidPayloadError.wrap(exc, at) from exc
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any], strict: bool = False) -> Self:
        """Read a ThreadVectorStore from decoded JSON.

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
            at = "chunking_strategy"
            obj.chunking_strategy = _parse_chunking_strategy(d.get("chunking_strategy", UNSET), strict)
            at = "metadata"
            obj.metadata = _parse_metadata(d.get("metadata", UNSET), strict)
        except KeyError:  # a required field the server left out: the generic path keeps it absent
            return read_sent(cls, dict(d), strict, True)
        except (TypeError, ValueError) as exc:
            raise InvalidPayloadError.wrap(exc, at) from exc
        # The fields the spec does not name, kept as received; none (the common case) costs a count.
        present = 0 + (obj.file_ids is not UNSET) + (obj.chunking_strategy is not UNSET) + (obj.metadata is not UNSET)
        obj.additional_properties = {} if len(d) == present else {k: v for k, v in d.items() if k not in _KNOWN}
        return obj


class ThreadVectorStoreParam(TypedDict, total=False):
    """The dict form of ThreadVectorStore: what a request takes in its place (checked before sending)."""

    file_ids: Sequence[str]
    chunking_strategy: (
        AutoChunkingStrategy
        | AutoChunkingStrategyParam
        | StaticChunkingStrategy
        | StaticChunkingStrategyParam
        | UnknownChunkingStrategy
    )
    metadata: Metadata | Mapping[str, str] | None


from ..models.auto_chunking_strategy import AutoChunkingStrategy
from ..models.metadata import Metadata
from ..models.static_chunking_strategy import StaticChunkingStrategy
from ..models.unknown_chunking_strategy import UnknownChunkingStrategy
