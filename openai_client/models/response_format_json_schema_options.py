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


def _convert_schema(
    value: ResponseFormatJsonSchemaSchema | Mapping[str, Any] | Unset,
) -> ResponseFormatJsonSchemaSchema | Unset:
    return ResponseFormatJsonSchemaOptions.__table__.convert("schema", value)  # type: ignore[no-any-return]


@_attrs_define(eq=False, repr=False, getstate_setstate=False, on_setattr=_attrs_setters.NO_OP)
class ResponseFormatJsonSchemaOptions(ExtraFields["Any"]):
    """The schema an answer must match.

    Attributes:
        name (str): Format name (letters, digits, `_` and `-`; at most 64).
        description (str | Unset): What the format is for, for the model.
        schema (ResponseFormatJsonSchemaSchema | Unset): A JSON Schema object.
        strict (bool | None | Unset): Whether the answer must follow the schema exactly.
    """

    name: str
    description: str | Unset = UNSET
    schema: ResponseFormatJsonSchemaSchema | Unset = _attrs_field(default=UNSET, converter=_convert_schema)
    strict: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


class ResponseFormatJsonSchemaOptionsParam(TypedDict, total=False):
    """The dict form of ResponseFormatJsonSchemaOptions: what a request takes in its place (checked before sending)."""

    name: Required[str]
    description: str
    schema: ResponseFormatJsonSchemaSchema | Mapping[str, Any]
    strict: bool | None


from ..models.response_format_json_schema_schema import ResponseFormatJsonSchemaSchema

table_of(
    ResponseFormatJsonSchemaOptions,
    field("name", STRING, required=True),
    field("description", STRING),
    field("schema", model_of(ResponseFormatJsonSchemaSchema)),
    field("strict", BOOLEAN, nullable=True),
    extra=ANY,
)
