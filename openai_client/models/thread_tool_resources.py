from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._payload import ExtraFields, FieldSpec, as_object, check_strict, drop_absent_nulls
from ..errors import InvalidPayloadError
from ..types import UNSET, Unset

_FIELDS = (
    FieldSpec("code_interpreter", (dict,)),
    FieldSpec("file_search", (dict,)),
)


def _parse_code_interpreter(data: Any, strict: bool) -> ToolResourcesCodeInterpreter | Unset:
    if isinstance(data, Unset):
        return data
    return ToolResourcesCodeInterpreter.from_dict(data, strict)


def _parse_file_search(data: Any, strict: bool) -> ThreadFileSearchResources | Unset:
    if isinstance(data, Unset):
        return data
    return ThreadFileSearchResources.from_dict(data, strict)


@_attrs_define
class ThreadToolResources(ExtraFields[Any]):
    """Resources for the tools of a new thread.

    Attributes:
        code_interpreter (ToolResourcesCodeInterpreter | Unset): Files the code interpreter can read.
        file_search (ThreadFileSearchResources | Unset): The vector store for file search: give exactly one of
            `vector_store_ids` (an existing store) or `vector_stores` (a store to create).
    """

    code_interpreter: ToolResourcesCodeInterpreter | Unset = UNSET
    file_search: ThreadFileSearchResources | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _absent: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON-ready data: what was read, written back unchanged."""
        field_dict: dict[str, Any] = {
            **self.additional_properties,
        }
        if not isinstance(code_interpreter := self.code_interpreter, Unset):
            field_dict["code_interpreter"] = code_interpreter.to_dict()
        if not isinstance(file_search := self.file_search, Unset):
            field_dict["file_search"] = file_search.to_dict()
        if self._absent:
            drop_absent_nulls(field_dict, self._absent)
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any], strict: bool = False) -> Self:
        """Read a ThreadToolResources from decoded JSON.

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
            at = "code_interpreter"
            v_code_interpreter = _parse_code_interpreter(d.pop("code_interpreter", UNSET), strict)
            at = "file_search"
            v_file_search = _parse_file_search(d.pop("file_search", UNSET), strict)
        except KeyError as exc:
            raise InvalidPayloadError("required field is missing", str(exc.args[0])) from None
        except (TypeError, ValueError) as exc:
            raise InvalidPayloadError.wrap(exc, at) from exc
        obj = cls(
            code_interpreter=v_code_interpreter,
            file_search=v_file_search,
        )
        obj.additional_properties = d
        return obj


from ..models.thread_file_search_resources import ThreadFileSearchResources
from ..models.tool_resources_code_interpreter import ToolResourcesCodeInterpreter
