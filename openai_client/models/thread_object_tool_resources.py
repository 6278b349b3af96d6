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
    from ..models.thread_object_code_interpreter_resources import ThreadObjectCodeInterpreterResourcesParam
    from ..models.thread_object_file_search_resources import ThreadObjectFileSearchResourcesParam


def _convert_code_interpreter(
    value: ThreadObjectCodeInterpreterResources | ThreadObjectCodeInterpreterResourcesParam | Unset,
) -> ThreadObjectCodeInterpreterResources | Unset:
    return ThreadObjectToolResources.__table__.convert("code_interpreter", value)  # type: ignore[no-any-return]


def _convert_file_search(
    value: ThreadObjectFileSearchResources | ThreadObjectFileSearchResourcesParam | Unset,
) -> ThreadObjectFileSearchResources | Unset:
    return ThreadObjectToolResources.__table__.convert("file_search", value)  # type: ignore[no-any-return]


@_attrs_define(eq=False, repr=False, getstate_setstate=False, on_setattr=_attrs_setters.NO_OP)
class ThreadObjectToolResources(ExtraFields["Any"]):
    """Files and vector stores the thread's tools may use.

    Attributes:
        code_interpreter (ThreadObjectCodeInterpreterResources | Unset): Files the code interpreter may read.
        file_search (ThreadObjectFileSearchResources | Unset): Vector stores file search may query.
    """

    code_interpreter: ThreadObjectCodeInterpreterResources | Unset = _attrs_field(
        default=UNSET, converter=_convert_code_interpreter
    )
    file_search: ThreadObjectFileSearchResources | Unset = _attrs_field(default=UNSET, converter=_convert_file_search)
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


class ThreadObjectToolResourcesParam(TypedDict, total=False):
    """The dict form of ThreadObjectToolResources: what a request takes in its place (checked before sending)."""

    code_interpreter: ThreadObjectCodeInterpreterResources | ThreadObjectCodeInterpreterResourcesParam
    file_search: ThreadObjectFileSearchResources | ThreadObjectFileSearchResourcesParam


from ..models.thread_object_code_interpreter_resources import ThreadObjectCodeInterpreterResources
from ..models.thread_object_file_search_resources import ThreadObjectFileSearchResources

table_of(
    ThreadObjectToolResources,
    field("code_interpreter", model_of(ThreadObjectCodeInterpreterResources)),
    field("file_search", model_of(ThreadObjectFileSearchResources)),
    extra=ANY,
)
