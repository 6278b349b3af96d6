from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Required, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _attrs_setters

from .._fields import (  # the combinators a table is built from (the formatter drops those unused)
    ANY,
    BOOLEAN,
    STRING,
    field,
    model_of,
    table_of,
)
from .._model import ExtraFields
from ..types import UNSET, Unset


def _convert_parameters(value: FunctionParameters | Mapping[str, Any] | Unset) -> FunctionParameters | Unset:
    return FunctionObject.__table__.convert("parameters", value)  # type: ignore[no-any-return]


@_attrs_define(eq=False, repr=False, getstate_setstate=False, on_setattr=_attrs_setters.NO_OP)
class FunctionObject(ExtraFields["Any"]):
    """A function the model may call.

    Attributes:
        name (str): Function name (letters, digits, `_` and `-`; at most 64).
        description (str | Unset): What the function does, for the model.
        parameters (FunctionParameters | Unset): The function's arguments as a JSON Schema object.
        strict (bool | None | Unset): Whether the model must follow `parameters` exactly.
    """

    name: str
    description: str | Unset = UNSET
    parameters: FunctionParameters | Unset = _attrs_field(default=UNSET, converter=_convert_parameters)
    strict: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


class FunctionObjectParam(TypedDict, total=False):
    """The dict form of FunctionObject: what a request takes in its place (checked before sending)."""

    name: Required[str]
    description: str
    parameters: FunctionParameters | Mapping[str, Any]
    strict: bool | None


from ..models.function_parameters import FunctionParameters

table_of(
    FunctionObject,
    field("name", STRING, required=True),
    field("description", STRING),
    field("parameters", model_of(FunctionParameters)),
    field("strict", BOOLEAN, nullable=True),
    extra=ANY,
)
