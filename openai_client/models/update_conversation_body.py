from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Required, Self, TypedDict

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


def _parse_metadata(data: Any, strict: bool) -> Metadata | None:
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


def _convert_metadata(value: Metadata | Mapping[str, str] | None) -> Metadata | None:
    """`metadata` as given to the constructor (a dict, string or sequence too), as its model."""
    try:
        return _parse_metadata(value, True)
    except (TypeError, ValueError) as exc:
        raise InvalidPayloadError.wrap(exc, "metadata") from exc


_FIELD_SPECS = (
    FieldSpec("metadata", "metadata", (dict,), required=True, nullable=True, read=_parse_metadata, dump=_dump_metadata),
)
_KNOWN = frozenset({"metadata"})
_new = object.__new__


@_attrs_define(eq=False, repr=False, getstate_setstate=False, on_setattr=_attrs_setters.NO_OP)
class UpdateConversationBody(ExtraFields[Any]):
    """UpdateConversationBody

    Attributes:
        metadata (Metadata | None): Metadata, or `null`.
    """

    _FIELDS: ClassVar[tuple[FieldSpec, ...]] = _FIELD_SPECS
    metadata: Metadata | None = _attrs_field(converter=_convert_metadata)
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON; a dict, string or sequence given for a field is read into its model first."""
        at = ""
        try:
            field_dict: dict[str, Any] = dict(self.additional_properties)
            at = "metadata"
            field_dict["metadata"] = as_request_json(self.metadata, _parse_metadata)
        except AttributeError:
            field_dict = dump_sent(self, self.additional_properties)
        except (TypeError, ValueError) as exc:
            raise InvalidPayloadError.wrap(exc, at) from exc
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any], strict: bool = False) -> Self:
        """Read a UpdateConversationBody from decoded JSON.

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
            at = "metadata"
            obj.metadata = _parse_metadata(d["metadata"], strict)
        except KeyError:  # a required field the server left out: the generic path keeps it absent
            return read_sent(cls, dict(d), strict, True)
        except (TypeError, ValueError) as exc:
            raise InvalidPayloadError.wrap(exc, at) from exc
        # The fields the spec does not name, kept as received; none (the common case) costs a count.
        present = 1
        obj.additional_properties = {} if len(d) == present else {k: v for k, v in d.items() if k not in _KNOWN}
        return obj


class UpdateConversationBodyParam(TypedDict, total=False):
    """The dict form of UpdateConversationBody: what a request takes in its place (checked before sending)."""

    metadata: Required[Metadata | Mapping[str, str] | None]


from ..models.metadata import Metadata
