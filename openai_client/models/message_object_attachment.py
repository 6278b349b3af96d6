from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    ExtraFields,
    FieldSpec,
    as_list,
    as_object,
    check_strict,
    dump_sent,
    read_sent,
)
from ..errors import InvalidPayloadError
from ..types import UNSET, Unset


def _parse_data_source(data: Any, strict: bool) -> VectorStoreDataSource | Unset:
    if data is UNSET:
        return Unset.UNSET
    if type(data) is dict or not isinstance(data, VectorStoreDataSource):
        return VectorStoreDataSource.from_dict(data, strict)
    return data


def _dump_data_source(value: Any) -> Any:
    return value.to_dict()


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
    if isinstance(data, (AssistantToolsCode, AssistantToolsFileSearchTypeOnly, UnknownMessageAttachmentTool)):
        return data
    if isinstance(data, Mapping):
        return _parse_tools_item(dict(data), strict)
    raise TypeError(f"expected object, got {type(data).__name__}")


def _dump_tools_item(value: Any) -> Any:
    if isinstance(value, (AssistantToolsCode, AssistantToolsFileSearchTypeOnly, UnknownMessageAttachmentTool)):
        return value.to_dict()
    return value


def _parse_tools(
    data: Any, strict: bool
) -> list[AssistantToolsCode | AssistantToolsFileSearchTypeOnly | UnknownMessageAttachmentTool] | Unset:
    if data is UNSET:
        return Unset.UNSET
    listed = data if type(data) is list else as_list(data)
    items: list[AssistantToolsCode | AssistantToolsFileSearchTypeOnly | UnknownMessageAttachmentTool] = []
    try:
        for item in listed:
            items.append(_parse_tools_item(item, strict))
    except (TypeError, ValueError) as exc:
        raise InvalidPayloadError.wrap(exc, f"[{len(items)}]") from exc
    return items


def _dump_tools(value: Any) -> Any:
    return [_dump_tools_item(item) for item in value]


_FIELD_SPECS = (
    FieldSpec("file_id", "file_id", (str,)),
    FieldSpec("data_source", "data_source", (dict,), read=_parse_data_source, dump=_dump_data_source),
    FieldSpec("tools", "tools", (list,), read=_parse_tools, dump=_dump_tools),
)
_KNOWN = frozenset({"file_id", "data_source", "tools"})
_new = object.__new__


@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class MessageObjectAttachment(ExtraFields[Any]):
    """A file attached to a message as the API returns it; unlike a request's attachment, either field may be left out.

    Attributes:
        file_id (str | Unset): File ID.
        data_source (VectorStoreDataSource | Unset): Foundry: an Azure data asset a tool reads (a file by URI, or a data
            asset by ID).
        tools (list[AssistantToolsCode | AssistantToolsFileSearchTypeOnly | UnknownMessageAttachmentTool] | Unset):
            Tools that may read the file.
    """

    _FIELDS: ClassVar[tuple[FieldSpec, ...]] = _FIELD_SPECS
    file_id: str | Unset = UNSET
    data_source: VectorStoreDataSource | Unset = UNSET
    tools: list[AssistantToolsCode | AssistantToolsFileSearchTypeOnly | UnknownMessageAttachmentTool] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON-ready data: what was read, written back unchanged."""
        try:
            field_dict: dict[str, Any] = {
                **self.additional_properties,
            }
        except AttributeError:  # a field the server did not send: write those it did
            return dump_sent(self, self.additional_properties)
        if (file_id := self.file_id) is not UNSET:
            field_dict["file_id"] = file_id
        if (data_source := self.data_source) is not UNSET:
            field_dict["data_source"] = data_source.to_dict()
        if (tools := self.tools) is not UNSET:
            field_dict["tools"] = [_dump_tools_item(item) for item in tools]
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any], strict: bool = False) -> Self:
        """Read a MessageObjectAttachment from decoded JSON.

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
            at = "data_source"
            value = d.get("data_source", UNSET)
            obj.data_source = (
                VectorStoreDataSource.from_dict(value, strict)
                if type(value) is dict
                else _parse_data_source(value, strict)
            )
            at = "tools"
            obj.tools = _parse_tools(d.get("tools", UNSET), strict)
        except KeyError:  # a required field the server left out: the generic path keeps it absent
            return read_sent(cls, dict(d), strict, True)
        except (TypeError, ValueError) as exc:
            raise InvalidPayloadError.wrap(exc, at) from exc
        # The fields the spec does not name, kept as received; none (the common case) costs a count.
        present = 0 + (obj.file_id is not UNSET) + (obj.data_source is not UNSET) + (obj.tools is not UNSET)
        obj.additional_properties = {} if len(d) == present else {k: v for k, v in d.items() if k not in _KNOWN}
        return obj


from ..models.assistant_tools_code import AssistantToolsCode
from ..models.assistant_tools_file_search_type_only import AssistantToolsFileSearchTypeOnly
from ..models.unknown_message_attachment_tool import UnknownMessageAttachmentTool
from ..models.vector_store_data_source import VectorStoreDataSource
