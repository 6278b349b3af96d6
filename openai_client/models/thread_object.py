from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._payload import ExtraFields, FieldSpec, as_object, check_strict, drop_absent_nulls, missing_keys
from ..errors import InvalidPayloadError

_FIELDS = (
    FieldSpec("id", (str,), required=True),
    FieldSpec("object", (str,), required=True, const="thread"),
    FieldSpec("created_at", (int,), required=True),
    FieldSpec("tool_resources", (dict,), required=True, nullable=True),
    FieldSpec("metadata", (dict,), required=True, nullable=True),
)
_ABSENT_IF_NULL = frozenset({"tool_resources", "metadata"})


def _dump_tool_resources(value: None | ThreadObjectToolResources) -> Any:
    if isinstance(value, ThreadObjectToolResources):
        return value.to_dict()
    return value


def _parse_tool_resources(data: Any, strict: bool) -> None | ThreadObjectToolResources:
    if data is None:
        return None
    if type(data) is dict:
        return ThreadObjectToolResources.from_dict(data, strict)
    raise TypeError(f"expected object or null, got {type(data).__name__}")


def _dump_metadata(value: Metadata | None) -> Any:
    if isinstance(value, Metadata):
        return value.to_dict()
    return value


def _parse_metadata(data: Any, strict: bool) -> Metadata | None:
    if data is None:
        return None
    if type(data) is dict:
        return Metadata.from_dict(data, strict)
    raise TypeError(f"expected object or null, got {type(data).__name__}")


@_attrs_define
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

    id: str
    created_at: int
    tool_resources: None | ThreadObjectToolResources
    metadata: Metadata | None
    object_: Literal["thread"] = "thread"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _absent: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON-ready data: what was read, written back unchanged."""
        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "id": self.id,
            "object": self.object_,
            "created_at": self.created_at,
            "tool_resources": _dump_tool_resources(self.tool_resources),
            "metadata": _dump_metadata(self.metadata),
        }
        if self._absent:
            drop_absent_nulls(field_dict, self._absent)
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any], strict: bool = False) -> Self:
        """Read a ThreadObject from decoded JSON.

        With `strict`, a value of the wrong JSON type, a null where none is allowed, or a
        missing required field raises, at any depth; without it, only what cannot be read.

        Raises:
            InvalidPayloadError: `src_dict` is not an object of this shape; its `path` names
                the field at fault.
        """
        d = src_dict.copy() if type(src_dict) is dict else as_object(src_dict)
        if strict:
            check_strict(d, _FIELDS, None)
        absent = () if d.keys() >= _ABSENT_IF_NULL else missing_keys(d, _ABSENT_IF_NULL)
        at = ""
        try:
            v_id = d.pop("id")
            v_object_ = d.pop("object")
            v_created_at = d.pop("created_at")
            at = "tool_resources"
            v_tool_resources = d.pop("tool_resources", None)
            if v_tool_resources is not None:
                v_tool_resources = _parse_tool_resources(v_tool_resources, strict)
            at = "metadata"
            v_metadata = d.pop("metadata", None)
            if v_metadata is not None:
                v_metadata = _parse_metadata(v_metadata, strict)
        except KeyError as exc:
            raise InvalidPayloadError("required field is missing", str(exc.args[0])) from None
        except (TypeError, ValueError) as exc:
            raise InvalidPayloadError.wrap(exc, at) from exc
        obj = cls(
            id=v_id,
            object_=v_object_,
            created_at=v_created_at,
            tool_resources=v_tool_resources,
            metadata=v_metadata,
        )
        obj.additional_properties = d
        if absent:
            obj._absent = absent
        return obj


from ..models.metadata import Metadata
from ..models.thread_object_tool_resources import ThreadObjectToolResources
