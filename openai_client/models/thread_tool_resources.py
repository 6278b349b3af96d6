from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import InvalidPayloadError
from ..types import UNSET, Unset

T = TypeVar("T", bound="ThreadToolResources")


@_attrs_define
class ThreadToolResources:
    """Resources for the tools of a new thread.

    Attributes:
        code_interpreter (ToolResourcesCodeInterpreter | Unset): Files the code interpreter can read.
        file_search (ThreadFileSearchResources | Unset): The vector store for file search: give exactly one of
            `vector_store_ids` (an existing store) or `vector_stores` (a store to create).
    """

    code_interpreter: ToolResourcesCodeInterpreter | Unset = UNSET
    file_search: ThreadFileSearchResources | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code_interpreter: dict[str, Any] | Unset = UNSET
        if not isinstance(self.code_interpreter, Unset):
            code_interpreter = self.code_interpreter.to_dict()

        file_search: dict[str, Any] | Unset = UNSET
        if not isinstance(self.file_search, Unset):
            file_search = self.file_search.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if code_interpreter is not UNSET:
            field_dict["code_interpreter"] = code_interpreter
        if file_search is not UNSET:
            field_dict["file_search"] = file_search

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build a ThreadToolResources from decoded JSON.

        Raises:
            InvalidPayloadError: `src_dict` is not an object, lacks a required field, or a
                field does not have the declared shape. Its `path` names the field.
        """
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise InvalidPayloadError(f"expected an object, got {type(src_dict).__name__}")
        d = dict(src_dict)
        try:
            try:
                _code_interpreter = d.pop("code_interpreter", UNSET)
                code_interpreter: ToolResourcesCodeInterpreter | Unset
                if isinstance(_code_interpreter, Unset):
                    code_interpreter = UNSET
                else:
                    code_interpreter = ToolResourcesCodeInterpreter.from_dict(_code_interpreter)

            except (TypeError, ValueError, AttributeError) as _exc:
                raise InvalidPayloadError.wrap(_exc, "code_interpreter") from _exc

            try:
                _file_search = d.pop("file_search", UNSET)
                file_search: ThreadFileSearchResources | Unset
                if isinstance(_file_search, Unset):
                    file_search = UNSET
                else:
                    file_search = ThreadFileSearchResources.from_dict(_file_search)

            except (TypeError, ValueError, AttributeError) as _exc:
                raise InvalidPayloadError.wrap(_exc, "file_search") from _exc

        except KeyError as _exc:
            raise InvalidPayloadError("required field is missing", str(_exc.args[0])) from None
        thread_tool_resources = cls(
            code_interpreter=code_interpreter,
            file_search=file_search,
        )

        thread_tool_resources.additional_properties = d
        return thread_tool_resources

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


from ..models.thread_file_search_resources import ThreadFileSearchResources
from ..models.tool_resources_code_interpreter import ToolResourcesCodeInterpreter
