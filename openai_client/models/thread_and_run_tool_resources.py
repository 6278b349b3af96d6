from __future__ import annotations

from typing import TYPE_CHECKING, Any, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _attrs_setters

from .._fields import (  # the combinators a table is built from (the formatter drops those unused)
    ANY,
    field,
    model_of,
    table_of,
)
from .._model import ExtraFields
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.thread_and_run_file_search_resources import ThreadAndRunFileSearchResourcesParam
    from ..models.tool_resources_code_interpreter import ToolResourcesCodeInterpreterParam


def _convert_code_interpreter(
    value: ToolResourcesCodeInterpreter | ToolResourcesCodeInterpreterParam | Unset,
) -> ToolResourcesCodeInterpreter | Unset:
    return ThreadAndRunToolResources.__table__.convert("code_interpreter", value)  # type: ignore[no-any-return]


def _convert_file_search(
    value: ThreadAndRunFileSearchResources | ThreadAndRunFileSearchResourcesParam | Unset,
) -> ThreadAndRunFileSearchResources | Unset:
    return ThreadAndRunToolResources.__table__.convert("file_search", value)  # type: ignore[no-any-return]


@_attrs_define(eq=False, repr=False, getstate_setstate=False, on_setattr=_attrs_setters.NO_OP)
class ThreadAndRunToolResources(ExtraFields["Any"]):
    """Resources for the tools of a thread-and-run.

    Attributes:
        code_interpreter (ToolResourcesCodeInterpreter | Unset): Files the code interpreter can read.
        file_search (ThreadAndRunFileSearchResources | Unset): The vector store file search reads.
    """

    code_interpreter: ToolResourcesCodeInterpreter | Unset = _attrs_field(
        default=UNSET, converter=_convert_code_interpreter
    )
    file_search: ThreadAndRunFileSearchResources | Unset = _attrs_field(default=UNSET, converter=_convert_file_search)
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


class ThreadAndRunToolResourcesParam(TypedDict, total=False):
    """The dict form of ThreadAndRunToolResources: what a request takes in its place (checked before sending)."""

    code_interpreter: ToolResourcesCodeInterpreter | ToolResourcesCodeInterpreterParam
    file_search: ThreadAndRunFileSearchResources | ThreadAndRunFileSearchResourcesParam


from ..models.thread_and_run_file_search_resources import ThreadAndRunFileSearchResources
from ..models.tool_resources_code_interpreter import ToolResourcesCodeInterpreter

table_of(
    ThreadAndRunToolResources,
    field("code_interpreter", model_of(ToolResourcesCodeInterpreter)),
    field("file_search", model_of(ThreadAndRunFileSearchResources)),
    extra=ANY,
)
