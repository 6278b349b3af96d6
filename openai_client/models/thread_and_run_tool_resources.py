from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import InvalidPayloadError
from ..types import UNSET, Unset

T = TypeVar("T", bound="ThreadAndRunToolResources")


@_attrs_define
class ThreadAndRunToolResources:
    """Resources for the tools of a thread-and-run.

    Attributes:
        code_interpreter (ToolResourcesCodeInterpreter | Unset): Files the code interpreter can read.
        file_search (ThreadAndRunFileSearchResources | Unset): The vector store file search reads.
    """

    code_interpreter: ToolResourcesCodeInterpreter | Unset = UNSET
    file_search: ThreadAndRunFileSearchResources | Unset = UNSET
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
        """Build a ThreadAndRunToolResources from decoded JSON.

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
                file_search: ThreadAndRunFileSearchResources | Unset
                if isinstance(_file_search, Unset):
                    file_search = UNSET
                else:
                    file_search = ThreadAndRunFileSearchResources.from_dict(_file_search)

            except (TypeError, ValueError, AttributeError) as _exc:
                raise InvalidPayloadError.wrap(_exc, "file_search") from _exc

        except KeyError as _exc:
            raise InvalidPayloadError("required field is missing", str(_exc.args[0])) from None
        thread_and_run_tool_resources = cls(
            code_interpreter=code_interpreter,
            file_search=file_search,
        )

        thread_and_run_tool_resources.additional_properties = d
        return thread_and_run_tool_resources

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


from ..models.thread_and_run_file_search_resources import ThreadAndRunFileSearchResources
from ..models.tool_resources_code_interpreter import ToolResourcesCodeInterpreter
