from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import InvalidPayloadError

T = TypeVar("T", bound="MessageAttachment")


def _parse_tools_item(
    data: object,
) -> AssistantToolsCode | AssistantToolsFileSearchTypeOnly | UnknownMessageAttachmentTool:
    if isinstance(data, dict):
        discriminator = data.get("type")
        if discriminator == "code_interpreter":
            return AssistantToolsCode.from_dict(data)
        if discriminator == "file_search":
            return AssistantToolsFileSearchTypeOnly.from_dict(data)
    if not isinstance(data, dict):
        raise TypeError(
            f"expected AssistantToolsCode | AssistantToolsFileSearchTypeOnly | UnknownMessageAttachmentTool, got {type(data).__name__}"
        )
    componentsschemas_message_attachment_tool_type_2 = UnknownMessageAttachmentTool.from_dict(data)

    return componentsschemas_message_attachment_tool_type_2


@_attrs_define
class MessageAttachment:
    """A file attached to a message.

    Attributes:
        file_id (str): File ID.
        tools (list[AssistantToolsCode | AssistantToolsFileSearchTypeOnly | UnknownMessageAttachmentTool]): Tools that
            may read the file.
    """

    file_id: str
    tools: list[AssistantToolsCode | AssistantToolsFileSearchTypeOnly | UnknownMessageAttachmentTool]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        file_id = self.file_id

        tools = []
        for tools_item_data in self.tools:
            tools_item: dict[str, Any]
            if isinstance(tools_item_data, AssistantToolsCode) or isinstance(
                tools_item_data, AssistantToolsFileSearchTypeOnly
            ):
                tools_item = tools_item_data.to_dict()
            else:
                tools_item = tools_item_data.to_dict()

            tools.append(tools_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "file_id": file_id,
                "tools": tools,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build a MessageAttachment from decoded JSON.

        Raises:
            InvalidPayloadError: `src_dict` is not an object, lacks a required field, or a
                field does not have the declared shape. Its `path` names the field.
        """
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise InvalidPayloadError(f"expected an object, got {type(src_dict).__name__}")
        d = dict(src_dict)
        try:
            file_id = d.pop("file_id")

            try:
                _tools = d.pop("tools")
                if not isinstance(_tools, list):
                    raise TypeError(f"expected an array, got {type(_tools).__name__}")
                tools = []
                try:
                    for tools_item_data in _tools:
                        tools_item = _parse_tools_item(tools_item_data)

                        tools.append(tools_item)
                except (TypeError, ValueError, AttributeError, KeyError) as _exc:
                    raise InvalidPayloadError.wrap(_exc, f"[{len(tools)}]") from _exc

            except (TypeError, ValueError, AttributeError) as _exc:
                raise InvalidPayloadError.wrap(_exc, "tools") from _exc

        except KeyError as _exc:
            raise InvalidPayloadError("required field is missing", str(_exc.args[0])) from None
        message_attachment = cls(
            file_id=file_id,
            tools=tools,
        )

        message_attachment.additional_properties = d
        return message_attachment

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


from ..models.assistant_tools_code import AssistantToolsCode
from ..models.assistant_tools_file_search_type_only import AssistantToolsFileSearchTypeOnly
from ..models.unknown_message_attachment_tool import UnknownMessageAttachmentTool
