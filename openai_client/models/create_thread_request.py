from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..errors import InvalidPayloadError
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateThreadRequest")


def _parse_tool_resources(data: object) -> None | ThreadToolResources | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if not isinstance(data, dict):
        raise TypeError(f"expected None | ThreadToolResources | Unset, got {type(data).__name__}")
    tool_resources_type_0 = ThreadToolResources.from_dict(data)

    return tool_resources_type_0


def _parse_metadata(data: object) -> Metadata | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if not isinstance(data, dict):
        raise TypeError(f"expected Metadata | None | Unset, got {type(data).__name__}")
    componentsschemas_nullable_metadata_type_0 = Metadata.from_dict(data)

    return componentsschemas_nullable_metadata_type_0


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

    def to_dict(self) -> dict[str, Any]:
        messages: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.messages, Unset):
            messages = []
            for messages_item_data in self.messages:
                messages_item = messages_item_data.to_dict()
                messages.append(messages_item)

        tool_resources: dict[str, Any] | None | Unset
        if isinstance(self.tool_resources, Unset):
            tool_resources = UNSET
        elif isinstance(self.tool_resources, ThreadToolResources):
            tool_resources = self.tool_resources.to_dict()
        else:
            tool_resources = self.tool_resources

        metadata: dict[str, Any] | None | Unset
        if isinstance(self.metadata, Unset):
            metadata = UNSET
        elif isinstance(self.metadata, Metadata):
            metadata = self.metadata.to_dict()
        else:
            metadata = self.metadata

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if messages is not UNSET:
            field_dict["messages"] = messages
        if tool_resources is not UNSET:
            field_dict["tool_resources"] = tool_resources
        if metadata is not UNSET:
            field_dict["metadata"] = metadata

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build a CreateThreadRequest from decoded JSON.

        Raises:
            InvalidPayloadError: `src_dict` is not an object, lacks a required field, or a
                field does not have the declared shape. Its `path` names the field.
        """
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise InvalidPayloadError(f"expected an object, got {type(src_dict).__name__}")
        d = dict(src_dict)
        try:
            try:
                _messages_source = d.pop("messages", UNSET)
                messages: list[CreateMessageRequest] | Unset = UNSET
                if _messages_source is not UNSET:
                    _messages = _messages_source
                    if not isinstance(_messages, list):
                        raise TypeError(f"expected an array, got {type(_messages).__name__}")
                    messages = []
                    try:
                        for messages_item_data in _messages:
                            messages_item = CreateMessageRequest.from_dict(messages_item_data)

                            messages.append(messages_item)
                    except (TypeError, ValueError, AttributeError, KeyError) as _exc:
                        raise InvalidPayloadError.wrap(_exc, f"[{len(messages)}]") from _exc

            except (TypeError, ValueError, AttributeError) as _exc:
                raise InvalidPayloadError.wrap(_exc, "messages") from _exc

            try:
                tool_resources = _parse_tool_resources(d.pop("tool_resources", UNSET))

            except (TypeError, ValueError, AttributeError) as _exc:
                raise InvalidPayloadError.wrap(_exc, "tool_resources") from _exc

            try:
                metadata = _parse_metadata(d.pop("metadata", UNSET))

            except (TypeError, ValueError, AttributeError) as _exc:
                raise InvalidPayloadError.wrap(_exc, "metadata") from _exc

        except KeyError as _exc:
            raise InvalidPayloadError("required field is missing", str(_exc.args[0])) from None
        create_thread_request = cls(
            messages=messages,
            tool_resources=tool_resources,
            metadata=metadata,
        )

        return create_thread_request


from ..models.create_message_request import CreateMessageRequest
from ..models.metadata import Metadata
from ..models.thread_tool_resources import ThreadToolResources
