from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypedDict

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


def _parse_attributes(data: Any, strict: bool) -> None | Unset | VectorStoreFileAttributesType0:
    if data is UNSET:
        return Unset.UNSET
    if data is None:
        return None
    if type(data) is dict:
        return VectorStoreFileAttributesType0.from_dict(data, strict)
    if isinstance(data, VectorStoreFileAttributesType0):
        return data
    if isinstance(data, Mapping):
        return _parse_attributes(dict(data), strict)
    raise TypeError(f"expected object or null, got {type(data).__name__}")


def _dump_attributes(value: Any) -> Any:
    if isinstance(value, VectorStoreFileAttributesType0):
        return value.to_dict()
    return value


def _convert_attributes(
    value: VectorStoreFileAttributesType0 | Mapping[str, Any] | None | Unset,
) -> None | Unset | VectorStoreFileAttributesType0:
    """`attributes` as given to the constructor (a dict, string or sequence too), as its model."""
    try:
        return _parse_attributes(value, True)
    except (TypeError, ValueError) as exc:
        raise InvalidPayloadError.wrap(exc, "attributes") from exc


_FIELD_SPECS = (
    FieldSpec("file_id", "file_id", (str,)),
    FieldSpec("text", "text", (str,)),
    FieldSpec("filename", "filename", (str,)),
    FieldSpec("attributes", "attributes", (dict,), nullable=True, read=_parse_attributes, dump=_dump_attributes),
    FieldSpec("score", "score", (float, int)),
)
_KNOWN = frozenset({"file_id", "text", "filename", "attributes", "score"})
_new = object.__new__


@_attrs_define(eq=False, repr=False, getstate_setstate=False, on_setattr=_attrs_setters.NO_OP)
class FileSearchToolCallResultsType0Item(ExtraFields[Any]):
    """FileSearchToolCallResultsType0Item

    Attributes:
        file_id (str | Unset):
        text (str | Unset):
        filename (str | Unset):
        attributes (None | Unset | VectorStoreFileAttributesType0):
        score (float | Unset):
    """

    _FIELDS: ClassVar[tuple[FieldSpec, ...]] = _FIELD_SPECS
    file_id: str | Unset = UNSET
    text: str | Unset = UNSET
    filename: str | Unset = UNSET
    attributes: None | Unset | VectorStoreFileAttributesType0 = _attrs_field(
        default=UNSET, converter=_convert_attributes
    )
    score: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON; a dict, string or sequence given for a field is read into its model first."""
        at = ""
        try:
            field_dict: dict[str, Any] = dict(self.additional_properties)
            if (file_id := self.file_id) is not UNSET:
                field_dict["file_id"] = file_id
            if (text := self.text) is not UNSET:
                field_dict["text"] = text
            if (filename := self.filename) is not UNSET:
                field_dict["filename"] = filename
            at = "attributes"
            if (attributes := self.attributes) is not UNSET:
                field_dict["attributes"] = as_request_json(attributes, _parse_attributes)
            if (score := self.score) is not UNSET:
                field_dict["score"] = score
        except AttributeError:
            field_dict = dump_sent(self, self.additional_properties)
        except (TypeError, ValueError) as exc:
            raise InvalidPayloadError.wrap(exc, at) from exc
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any], strict: bool = False) -> Self:
        """Read a FileSearchToolCallResultsType0Item from decoded JSON.

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
            obj.file_id = d.get("file_id", UNSET)
            obj.text = d.get("text", UNSET)
            obj.filename = d.get("filename", UNSET)
            at = "attributes"
            obj.attributes = _parse_attributes(d.get("attributes", UNSET), strict)
            obj.score = d.get("score", UNSET)
        except KeyError:  # a required field the server left out: the generic path keeps it absent
            return read_sent(cls, dict(d), strict, True)
        except (TypeError, ValueError) as exc:
            raise InvalidPayloadError.wrap(exc, at) from exc
        # The fields the spec does not name, kept as received; none (the common case) costs one subset test.
        obj.additional_properties = {} if _KNOWN.issuperset(d) else {k: v for k, v in d.items() if k not in _KNOWN}
        return obj


class FileSearchToolCallResultsType0ItemParam(TypedDict, total=False):
    """The dict form of FileSearchToolCallResultsType0Item: what a request takes in its place (checked before sending)."""

    file_id: str
    text: str
    filename: str
    attributes: VectorStoreFileAttributesType0 | Mapping[str, Any] | None
    score: float


from ..models.vector_store_file_attributes_type_0 import VectorStoreFileAttributesType0
