from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._payload import ExtraFields, FieldSpec, as_object, check_strict, drop_absent_nulls
from ..errors import InvalidPayloadError
from ..types import UNSET, Unset

_FIELDS = (
    FieldSpec("file_id", (str,), required=True),
    FieldSpec("file_name", (str,), required=True),
    FieldSpec("score", (float, int), required=True),
    FieldSpec("content", (list,)),
)


def _parse_content(data: Any, strict: bool) -> list[RunStepDetailsToolCallsFileSearchResultContent] | Unset:
    if isinstance(data, Unset):
        return data
    if type(data) is not list:
        raise TypeError(f"expected an array, got {type(data).__name__}")
    items: list[RunStepDetailsToolCallsFileSearchResultContent] = []
    try:
        for item in data:
            items.append(RunStepDetailsToolCallsFileSearchResultContent.from_dict(item, strict))
    except (TypeError, ValueError) as exc:
        raise InvalidPayloadError.wrap(exc, f"[{len(items)}]") from exc
    return items


@_attrs_define
class RunStepDetailsToolCallsFileSearchResultObject(ExtraFields[Any]):
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
    _absent: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON-ready data: what was read, written back unchanged."""
        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "file_id": self.file_id,
            "file_name": self.file_name,
            "score": self.score,
        }
        if not isinstance(content := self.content, Unset):
            field_dict["content"] = [item.to_dict() for item in content]
        if self._absent:
            drop_absent_nulls(field_dict, self._absent)
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any], strict: bool = False) -> Self:
        """Read a RunStepDetailsToolCallsFileSearchResultObject from decoded JSON.

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
            v_file_name = d.pop("file_name")
            v_score = d.pop("score")
            at = "content"
            v_content = _parse_content(d.pop("content", UNSET), strict)
        except KeyError as exc:
            raise InvalidPayloadError("required field is missing", str(exc.args[0])) from None
        except (TypeError, ValueError) as exc:
            raise InvalidPayloadError.wrap(exc, at) from exc
        obj = cls(
            file_id=v_file_id,
            file_name=v_file_name,
            score=v_score,
            content=v_content,
        )
        obj.additional_properties = d
        return obj


from ..models.run_step_details_tool_calls_file_search_result_content import (
    RunStepDetailsToolCallsFileSearchResultContent,
)
