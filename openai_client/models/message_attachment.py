from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, ClassVar, Required, Self, TypedDict

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
    from ..models.assistant_tools_code import AssistantToolsCodeParam
    from ..models.assistant_tools_file_search_type_only import AssistantToolsFileSearchTypeOnlyParam
    from ..models.vector_store_data_source import VectorStoreDataSourceParam


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
) -> list[AssistantToolsCode | AssistantToolsFileSearchTypeOnly | UnknownMessageAttachmentTool]:
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


def _convert_tools(
    value: Sequence[
        AssistantToolsCode
        | AssistantToolsCodeParam
        | AssistantToolsFileSearchTypeOnly
        | AssistantToolsFileSearchTypeOnlyParam
        | UnknownMessageAttachmentTool
    ],
) -> list[AssistantToolsCode | AssistantToolsFileSearchTypeOnly | UnknownMessageAttachmentTool]:
    """`tools` as given to the constructor (a dict, string or sequence too), as its model."""
    try:
        return _parse_tools(value, True)
    except (TypeError, ValueError) as exc:
        raise InvalidPayloadError.wrap(exc, "tools") from exc


def _parse_data_source(data: Any, strict: bool) -> VectorStoreDataSource | Unset:
    if data is UNSET:
        return Unset.UNSET
    if type(data) is dict or not isinstance(data, VectorStoreDataSource):
        return VectorStoreDataSource.from_dict(data, strict)
    return data


def _dump_data_source(value: Any) -> Any:
    return value.to_dict()


def _convert_data_source(
    value: VectorStoreDataSource | VectorStoreDataSourceParam | Unset,
) -> VectorStoreDataSource | Unset:
    """`data_source` as given to the constructor (a dict, string or sequence too), as its model."""
    try:
        return _parse_data_source(value, True)
    except (TypeError, ValueError) as exc:
        raise InvalidPayloadError.wrap(exc, "data_source") from exc


_FIELD_SPECS = (
    FieldSpec("file_id", "file_id", (str,), required=True),
    FieldSpec("tools", "tools", (list,), required=True, read=_parse_tools, dump=_dump_tools),
    FieldSpec("data_source", "data_source", (dict,), read=_parse_data_source, dump=_dump_data_source),
)
_KNOWN = frozenset({"file_id", "tools", "data_source"})
_new = object.__new__


@_attrs_define(eq=False, repr=False, getstate_setstate=False, on_setattr=_attrs_setters.NO_OP)
class MessageAttachment(ExtraFields[Any]):
    """A file attached to a message.

    Attributes:
        file_id (str): File ID.
        tools (list[AssistantToolsCode | AssistantToolsFileSearchTypeOnly | UnknownMessageAttachmentTool]): Tools that
            may read the file.
        data_source (VectorStoreDataSource | Unset): Foundry: an Azure data asset a tool reads (a file by URI, or a data
            asset by ID).
    """

    _FIELDS: ClassVar[tuple[FieldSpec, ...]] = _FIELD_SPECS
    file_id: str
    tools: list[AssistantToolsCode | AssistantToolsFileSearchTypeOnly | UnknownMessageAttachmentTool] = _attrs_field(
        converter=_convert_tools
    )
    data_source: VectorStoreDataSource | Unset = _attrs_field(default=UNSET, converter=_convert_data_source)
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON; a dict, string or sequence given for a field is read into its model first."""
        at = ""
        try:
            field_dict: dict[str, Any] = dict(self.additional_properties)
            field_dict["file_id"] = self.file_id
            at = "tools"
            field_dict["tools"] = as_request_json(self.tools, _parse_tools)
            at = "data_source"
            if (data_source := self.data_source) is not UNSET:
                field_dict["data_source"] = as_request_json(data_source, _parse_data_source)
        except AttributeError:
            field_dict = dump_sent(self, self.additional_properties)
        except (TypeError, ValueError) as exc:
            raise InvalidPayloadError.wrap(exc, at) from exc
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any], strict: bool = False) -> Self:
        """Read a MessageAttachment from decoded JSON.

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
            obj.file_id = d["file_id"]
            at = "tools"
            obj.tools = _parse_tools(d["tools"], strict)
            at = "data_source"
            obj.data_source = _parse_data_source(d.get("data_source", UNSET), strict)
        except KeyError:  # a required field the server left out: the generic path keeps it absent
            return read_sent(cls, dict(d), strict, True)
        except (TypeError, ValueError) as exc:
            raise InvalidPayloadError.wrap(exc, at) from exc
        # The fields the spec does not name, kept as received; none (the common case) costs a count.
        present = 2 + (obj.data_source is not UNSET)
        obj.additional_properties = {} if len(d) == present else {k: v for k, v in d.items() if k not in _KNOWN}
        return obj


class MessageAttachmentParam(TypedDict, total=False):
    """The dict form of MessageAttachment: what a request takes in its place (checked before sending)."""

    file_id: Required[str]
    tools: Required[
        Sequence[
            AssistantToolsCode
            | AssistantToolsCodeParam
            | AssistantToolsFileSearchTypeOnly
            | AssistantToolsFileSearchTypeOnlyParam
            | UnknownMessageAttachmentTool
        ]
    ]
    data_source: VectorStoreDataSource | VectorStoreDataSourceParam


from ..models.assistant_tools_code import AssistantToolsCode
from ..models.assistant_tools_file_search_type_only import AssistantToolsFileSearchTypeOnly
from ..models.unknown_message_attachment_tool import UnknownMessageAttachmentTool
from ..models.vector_store_data_source import VectorStoreDataSource
