from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._payload import FieldSpec, as_object, check_strict, drop_absent_nulls
from ..errors import InvalidPayloadError
from ..types import UNSET, Unset

_FIELDS = (
    FieldSpec("messages", (list,)),
    FieldSpec("tool_resources", (dict,), nullable=True),
    FieldSpec("metadata", (dict,), nullable=True),
)


def _parse_messages(data: Any, strict: bool) -> list[CreateMessageRequest] | Unset:
    if isinstance(data, Unset):
        return data
    if type(data) is not list:
        raise TypeError(f"expected an array, got {type(data).__name__}")
    items: list[CreateMessageRequest] = []
    try:
        for item in data:
            items.append(CreateMessageRequest.from_dict(item, strict))
    except (TypeError, ValueError) as exc:
        raise InvalidPayloadError.wrap(exc, f"[{len(items)}]") from exc
    return items


def _dump_tool_resources(value: None | ThreadToolResources) -> Any:
    if isinstance(value, ThreadToolResources):
        return value.to_dict()
    return value


def _parse_tool_resources(data: Any, strict: bool) -> None | ThreadToolResources | Unset:
    if isinstance(data, Unset):
        return data
    if data is None:
        return None
    if type(data) is dict:
        return ThreadToolResources.from_dict(data, strict)
    raise TypeError(f"expected object or null, got {type(data).__name__}")


def _dump_metadata(value: Metadata | None) -> Any:
    if isinstance(value, Metadata):
        return value.to_dict()
    return value


def _parse_metadata(data: Any, strict: bool) -> Metadata | None | Unset:
    if isinstance(data, Unset):
        return data
    if data is None:
        return None
    if type(data) is dict:
        return Metadata.from_dict(data, strict)
    raise TypeError(f"expected object or null, got {type(data).__name__}")


@_attrs_define
class CreateThreadRequest:
    """A thread to create.

    Attributes:
        messages (list[CreateMessageRequest] | Unset): Messages to start the thread with.
        tool_resources (None | ThreadToolResources | Unset): Files and vector stores for the thread's tools.
        metadata (Metadata | None | Unset): Metadata, or `null`.
    """

    messages: list[CreateMessageRequest] | Unset = UNSET
    tool_resources: None | ThreadToolResources | Unset = UNSET
    metadata: Metadata | None | Unset = UNSET
    _absent: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON-ready data: what was read, written back unchanged."""
        field_dict: dict[str, Any] = {}
        if not isinstance(messages := self.messages, Unset):
            field_dict["messages"] = [item.to_dict() for item in messages]
        if not isinstance(tool_resources := self.tool_resources, Unset):
            field_dict["tool_resources"] = _dump_tool_resources(tool_resources)
        if not isinstance(metadata := self.metadata, Unset):
            field_dict["metadata"] = _dump_metadata(metadata)
        if self._absent:
            drop_absent_nulls(field_dict, self._absent)
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any], strict: bool = False) -> Self:
        """Read a CreateThreadRequest from decoded JSON.

        With `strict`, a value of the wrong JSON type, a null where none is allowed, or a
        missing required field raises, at any depth; without it, only what cannot be read.

        Raises:
            InvalidPayloadError: `src_dict` is not an object of this shape; its `path` names
                the field at fault.
        """
        d = src_dict.copy() if type(src_dict) is dict else as_object(src_dict)
        if strict:
            check_strict(d, _FIELDS)
        at = ""
        try:
            at = "messages"
            v_messages = _parse_messages(d.pop("messages", UNSET), strict)
            at = "tool_resources"
            v_tool_resources = _parse_tool_resources(d.pop("tool_resources", UNSET), strict)
            at = "metadata"
            v_metadata = _parse_metadata(d.pop("metadata", UNSET), strict)
        except KeyError as exc:
            raise InvalidPayloadError("required field is missing", str(exc.args[0])) from None
        except (TypeError, ValueError) as exc:
            raise InvalidPayloadError.wrap(exc, at) from exc
        obj = cls(
            messages=v_messages,
            tool_resources=v_tool_resources,
            metadata=v_metadata,
        )
        return obj


from ..models.create_message_request import CreateMessageRequest
from ..models.metadata import Metadata
from ..models.thread_tool_resources import ThreadToolResources
