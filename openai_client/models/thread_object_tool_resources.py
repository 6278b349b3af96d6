from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    ExtraFields,
    FieldSpec,
    as_object,
    check_strict,
    dump_sent,
)
from ..errors import InvalidPayloadError
from ..types import UNSET, Unset


def _parse_code_interpreter(data: Any, strict: bool) -> ThreadObjectCodeInterpreterResources | Unset:
    if data is UNSET:
        return Unset.UNSET
    if type(data) is dict or not isinstance(data, ThreadObjectCodeInterpreterResources):
        return ThreadObjectCodeInterpreterResources.from_dict(data, strict)
    return data


def _dump_code_interpreter(value: Any) -> Any:
    return value.to_dict()


def _parse_file_search(data: Any, strict: bool) -> ThreadObjectFileSearchResources | Unset:
    if data is UNSET:
        return Unset.UNSET
    if type(data) is dict or not isinstance(data, ThreadObjectFileSearchResources):
        return ThreadObjectFileSearchResources.from_dict(data, strict)
    return data


def _dump_file_search(value: Any) -> Any:
    return value.to_dict()


_FIELD_SPECS = (
    FieldSpec(
        "code_interpreter", "code_interpreter", (dict,), read=_parse_code_interpreter, dump=_dump_code_interpreter
    ),
    FieldSpec("file_search", "file_search", (dict,), read=_parse_file_search, dump=_dump_file_search),
)
_new = object.__new__


@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class ThreadObjectToolResources(ExtraFields[Any]):
    """Files and vector stores the thread's tools may use.

    Attributes:
        code_interpreter (ThreadObjectCodeInterpreterResources | Unset): Files the code interpreter may read.
        file_search (ThreadObjectFileSearchResources | Unset): Vector stores file search may query.
    """

    _FIELDS: ClassVar[tuple[FieldSpec, ...]] = _FIELD_SPECS
    code_interpreter: ThreadObjectCodeInterpreterResources | Unset = UNSET
    file_search: ThreadObjectFileSearchResources | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON-ready data: what was read, written back unchanged."""
        try:
            field_dict: dict[str, Any] = {
                **self.additional_properties,
            }
        except AttributeError:  # a field the server did not send: write those it did
            return dump_sent(self, self.additional_properties)
        if (code_interpreter := self.code_interpreter) is not UNSET:
            field_dict["code_interpreter"] = code_interpreter.to_dict()
        if (file_search := self.file_search) is not UNSET:
            field_dict["file_search"] = file_search.to_dict()
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any], strict: bool = False) -> Self:
        """Read a ThreadObjectToolResources from decoded JSON.

        Without `strict`, what the server sent is read as it is: a field it left out stays
        absent (see `is_sent`). With `strict`, a value of the wrong JSON type, a null where
        none is allowed, or a missing required field raises, at any depth.

        Raises:
            InvalidPayloadError: `src_dict` is not an object of this shape; its `path` names
                the field at fault.
        """
        d = src_dict.copy() if type(src_dict) is dict else as_object(src_dict)
        if strict:
            check_strict(d, _FIELD_SPECS, None)
        obj = _new(cls)
        pop = d.pop
        at = ""
        try:
            at = "code_interpreter"
            obj.code_interpreter = _parse_code_interpreter(pop("code_interpreter", UNSET), strict)
            at = "file_search"
            obj.file_search = _parse_file_search(pop("file_search", UNSET), strict)
        except (TypeError, ValueError) as exc:
            raise InvalidPayloadError.wrap(exc, at) from exc
        obj.additional_properties = d
        return obj


from ..models.thread_object_code_interpreter_resources import ThreadObjectCodeInterpreterResources
from ..models.thread_object_file_search_resources import ThreadObjectFileSearchResources
