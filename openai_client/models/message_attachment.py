from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._payload import ExtraFields, FieldSpec, as_object, check_strict, drop_absent_nulls
from ..errors import InvalidPayloadError

_FIELDS = (
    FieldSpec("file_id", (str,), required=True),
    FieldSpec("tools", (list,), required=True),
)


def _dump_tools_item(
    value: AssistantToolsCode | AssistantToolsFileSearchTypeOnly | UnknownMessageAttachmentTool,
) -> Any:
    if isinstance(value, (AssistantToolsCode, AssistantToolsFileSearchTypeOnly, UnknownMessageAttachmentTool)):
        return value.to_dict()
    return value


def _parse_tools_item(
    data: Any, strict: bool
) -> AssistantToolsCode | AssistantToolsFileSearchTypeOnly | UnknownMessageAttachmentTool:
    if type(data) is dict:
        tag = data.get("type")
        if tag == "code_interpreter":
            return AssistantToolsCode.from_dict(data, strict)
        if tag == "file_search":
            return AssistantToolsFileSearchTypeOnly.from_dict(data, strict)
        return UnknownMessageAttachmentTool.from_dict(data, strict)
    raise TypeError(f"expected object, got {type(data).__name__}")


def _parse_tools(
    data: Any, strict: bool
) -> list[AssistantToolsCode | AssistantToolsFileSearchTypeOnly | UnknownMessageAttachmentTool]:
    if type(data) is not list:
        raise TypeError(f"expected an array, got {type(data).__name__}")
    items: list[AssistantToolsCode | AssistantToolsFileSearchTypeOnly | UnknownMessageAttachmentTool] = []
    try:
        for item in data:
            items.append(_parse_tools_item(item, strict))
    except (TypeError, ValueError) as exc:
        raise InvalidPayloadError.wrap(exc, f"[{len(items)}]") from exc
    return items


@_attrs_define
class MessageAttachment(ExtraFields[Any]):
    """A file attached to a message.

    Attributes:
        file_id (str): File ID.
        tools (list[AssistantToolsCode | AssistantToolsFileSearchTypeOnly | UnknownMessageAttachmentTool]): Tools that
            may read the file.
    """

    file_id: str
    tools: list[AssistantToolsCode | AssistantToolsFileSearchTypeOnly | UnknownMessageAttachmentTool]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _absent: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON-ready data: what was read, written back unchanged."""
        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "file_id": self.file_id,
            "tools": [_dump_tools_item(item) for item in self.tools],
        }
        if self._absent:
            drop_absent_nulls(field_dict, self._absent)
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any], strict: bool = False) -> Self:
        """Read a MessageAttachment from decoded JSON.

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
            v_file_id = d.pop("file_id")
            at = "tools"
            v_tools = _parse_tools(d.pop("tools"), strict)
        except KeyError as exc:
            raise InvalidPayloadError("required field is missing", str(exc.args[0])) from None
        except (TypeError, ValueError) as exc:
            raise InvalidPayloadError.wrap(exc, at) from exc
        obj = cls(
            file_id=v_file_id,
            tools=v_tools,
        )
        obj.additional_properties = d
        return obj


from ..models.assistant_tools_code import AssistantToolsCode
from ..models.assistant_tools_file_search_type_only import AssistantToolsFileSearchTypeOnly
from ..models.unknown_message_attachment_tool import UnknownMessageAttachmentTool
