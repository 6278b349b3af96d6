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


def _parse_content(data: Any, strict: bool) -> list[RunStepDetailsToolCallsFileSearchResultContent] | Unset:
    if data is UNSET:
        return Unset.UNSET
    listed = data if type(data) is list else as_list(data)
    items: list[RunStepDetailsToolCallsFileSearchResultContent] = []
    try:
        for item in listed:
            items.append(
                item
                if isinstance(item, RunStepDetailsToolCallsFileSearchResultContent)
                else RunStepDetailsToolCallsFileSearchResultContent.from_dict(item, strict)
            )
    except (TypeError, ValueError) as exc:
        raise InvalidPayloadError.wrap(exc, f"[{len(items)}]") from exc
    return items


def _dump_content(value: Any) -> Any:
    return [item.to_dict() for item in value]


_FIELD_SPECS = (
    FieldSpec("file_id", "file_id", (str,), required=True),
    FieldSpec("file_name", "file_name", (str,), required=True),
    FieldSpec("score", "score", (float, int), required=True),
    FieldSpec("content", "content", (list,), read=_parse_content, dump=_dump_content),
)
_KNOWN = frozenset({"file_id", "file_name", "score", "content"})
_new = object.__new__


@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class RunStepDetailsToolCallsFileSearchResultObject(ExtraFields[Any]):
    """One file search result.

    Attributes:
        file_id (str): File the result came from.
        file_name (str): Name of that file.
        score (float): Relevance score (0 to 1).
        content (list[RunStepDetailsToolCallsFileSearchResultContent] | Unset): The matching content, when asked for
            with `include[]`.
    """

    _FIELDS: ClassVar[tuple[FieldSpec, ...]] = _FIELD_SPECS
    file_id: str
    file_name: str
    score: float
    content: list[RunStepDetailsToolCallsFileSearchResultContent] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON-ready data: what was read, written back unchanged."""
        try:
            field_dict: dict[str, Any] = {
                **self.additional_properties,
                "file_id": self.file_id,
                "file_name": self.file_name,
                "score": self.score,
            }
        except AttributeError:  # a field the server did not send: write those it did
            return dump_sent(self, self.additional_properties)
        if (content := self.content) is not UNSET:
            field_dict["content"] = [item.to_dict() for item in content]
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any], strict: bool = False) -> Self:
        """Read a RunStepDetailsToolCallsFileSearchResultObject from decoded JSON.

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
            obj.file_name = d["file_name"]
            obj.score = d["score"]
            at = "content"
            obj.content = _parse_content(d.get("content", UNSET), strict)
        except KeyError:  # a required field the server left out: the generic path keeps it absent
            return read_sent(cls, dict(d), strict, True)
        except (TypeError, ValueError) as exc:
            raise InvalidPayloadError.wrap(exc, at) from exc
        # The fields the spec does not name, kept as received; none (the common case) costs a count.
        present = 3 + (obj.content is not UNSET)
        obj.additional_properties = {} if len(d) == present else {k: v for k, v in d.items() if k not in _KNOWN}
        return obj


from ..models.run_step_details_tool_calls_file_search_result_content import (
    RunStepDetailsToolCallsFileSearchResultContent,
)
