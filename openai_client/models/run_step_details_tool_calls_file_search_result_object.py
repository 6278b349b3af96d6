from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import InvalidPayloadError
from ..types import UNSET, Unset

T = TypeVar("T", bound="RunStepDetailsToolCallsFileSearchResultObject")


@_attrs_define
class RunStepDetailsToolCallsFileSearchResultObject:
    """One file search result.

    Attributes:
        file_id (str): File the result came from.
        file_name (str): Name of that file.
        score (float): Relevance score (0 to 1).
        content (list[RunStepDetailsToolCallsFileSearchResultContent] | Unset): The matching content, when asked for
            with `include[]`.
    """

    file_id: str
    file_name: str
    score: float
    content: list[RunStepDetailsToolCallsFileSearchResultContent] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        file_id = self.file_id

        file_name = self.file_name

        score = self.score

        content: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.content, Unset):
            content = []
            for content_item_data in self.content:
                content_item = content_item_data.to_dict()
                content.append(content_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "file_id": file_id,
                "file_name": file_name,
                "score": score,
            }
        )
        if content is not UNSET:
            field_dict["content"] = content

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build a RunStepDetailsToolCallsFileSearchResultObject from decoded JSON.

        Raises:
            InvalidPayloadError: `src_dict` is not an object, lacks a required field, or a
                field does not have the declared shape. Its `path` names the field.
        """
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise InvalidPayloadError(f"expected an object, got {type(src_dict).__name__}")
        d = dict(src_dict)
        try:
            file_id = d.pop("file_id")

            file_name = d.pop("file_name")

            score = d.pop("score")

            try:
                _content_source = d.pop("content", UNSET)
                content: list[RunStepDetailsToolCallsFileSearchResultContent] | Unset = UNSET
                if _content_source is not UNSET:
                    _content = _content_source
                    if not isinstance(_content, list):
                        raise TypeError(f"expected an array, got {type(_content).__name__}")
                    content = []
                    try:
                        for content_item_data in _content:
                            content_item = RunStepDetailsToolCallsFileSearchResultContent.from_dict(content_item_data)

                            content.append(content_item)
                    except (TypeError, ValueError, AttributeError, KeyError) as _exc:
                        raise InvalidPayloadError.wrap(_exc, f"[{len(content)}]") from _exc

            except (TypeError, ValueError, AttributeError) as _exc:
                raise InvalidPayloadError.wrap(_exc, "content") from _exc

        except KeyError as _exc:
            raise InvalidPayloadError("required field is missing", str(_exc.args[0])) from None
        run_step_details_tool_calls_file_search_result_object = cls(
            file_id=file_id,
            file_name=file_name,
            score=score,
            content=content,
        )

        run_step_details_tool_calls_file_search_result_object.additional_properties = d
        return run_step_details_tool_calls_file_search_result_object

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


from ..models.run_step_details_tool_calls_file_search_result_content import (
    RunStepDetailsToolCallsFileSearchResultContent,
)
