from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    ExtraFields,
    FieldSpec,
    as_object,
    check_strict,
    dump_sent,
    read_sent,
)
from ..errors import InvalidPayloadError


def _parse_tool_resources(data: Any, strict: bool) -> None | ThreadObjectToolResources:
    if data is None:
        return None
    if type(data) is dict:
        return ThreadObjectToolResources.from_dict(data, strict)
    if isinstance(data, ThreadObjectToolResources):
        return data
    if isinstance(data, Mapping):
        return _parse_tool_resources(dict(data), strict)
    raise TypeError(f"expected object or null, got {type(data).__name__}")


def _dump_tool_resources(value: Any) -> Any:
    if isinstance(value, ThreadObjectToolResources):
        return value.to_dict()
    return value


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


_FIELD_SPECS = (
    FieldSpec("id", "id", (str,), required=True),
    FieldSpec("object", "object_", (str,), required=True, const="thread"),
    FieldSpec("created_at", "created_at", (int,), required=True),
    FieldSpec(
        "tool_resources",
        "tool_resources",
        (dict,),
        required=True,
        nullable=True,
        read=_parse_tool_resources,
        dump=_dump_tool_resources,
    ),
    FieldSpec("metadata", "metadata", (dict,), required=True, nullable=True, read=_parse_metadata, dump=_dump_metadata),
)
_KNOWN = frozenset({"id", "object", "created_at", "tool_resources", "metadata"})
_new = object.__new__


@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class ThreadObject(ExtraFields[Any]):
    """A thread: the conversation that runs work on.

    Attributes:
        id (str): The identifier.
        object_ (Literal['thread']): The object type: always `thread`.
        created_at (int): When it was created, in Unix seconds.
        tool_resources (None | ThreadObjectToolResources): Files and vector stores the thread's tools may use; `null`
            when none.
        metadata (Metadata | None): Metadata, or `null`.
    """

    _FIELDS: ClassVar[tuple[FieldSpec, ...]] = _FIELD_SPECS
    id: str
    created_at: int
    tool_resources: None | ThreadObjectToolResources
    metadata: Metadata | None
    object_: Literal["thread"] = "thread"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON-ready data: what was read, written back unchanged."""
        try:
            field_dict: dict[str, Any] = {
                **self.additional_properties,
                "id": self.id,
                "object": self.object_,
                "created_at": self.created_at,
                "tool_resources": _dump_tool_resources(self.tool_resources),
                "metadata": _dump_metadata(self.metadata),
            }
        except AttributeError:  # a field the server did not send: write those it did
            return dump_sent(self, self.additional_properties)
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any], strict: bool = False) -> Self:
        """Read a ThreadObject from decoded JSON.

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
            obj.id = d["id"]
            obj.object_ = d["object"]
            obj.created_at = d["created_at"]
            at = "tool_resources"
            value = d["tool_resources"]
            obj.tool_resources = None if value is None else _parse_tool_resources(value, strict)
            at = "metadata"
            value = d["metadata"]
            obj.metadata = None if value is None else _parse_metadata(value, strict)
        except KeyError:  # a required field the server left out: the generic path keeps it absent
            return read_sent(cls, dict(d), strict, True)
        except (TypeError, ValueError) as exc:
            raise InvalidPayloadError.wrap(exc, at) from exc
        # The fields the spec does not name, kept as received; none (the common case) costs a count.
        present = 5
        obj.additional_properties = {} if len(d) == present else {k: v for k, v in d.items() if k not in _KNOWN}
        return obj


from ..models.metadata import Metadata
from ..models.thread_object_tool_resources import ThreadObjectToolResources
