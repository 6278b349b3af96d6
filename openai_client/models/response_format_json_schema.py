from __future__ import annotations

from typing import TYPE_CHECKING, Any, Literal, Required, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _attrs_setters

from .._fields import (  # the combinators a table is built from (the formatter drops those unused)
    ANY,
    const,
    field,
    model_of,
    table_of,
)
from .._model import DeprecatedAlias, ExtraFields

if TYPE_CHECKING:
    from ..models.response_format_json_schema_options import ResponseFormatJsonSchemaOptionsParam


def _convert_json_schema(
    value: ResponseFormatJsonSchemaOptions | ResponseFormatJsonSchemaOptionsParam,
) -> ResponseFormatJsonSchemaOptions:
    return ResponseFormatJsonSchema.__table__.convert("json_schema", value)  # type: ignore[no-any-return]


@_attrs_define(eq=False, repr=False, getstate_setstate=False, on_setattr=_attrs_setters.NO_OP)
class ResponseFormatJsonSchema(ExtraFields["Any"]):
    """Answer with JSON that matches a schema.

    Attributes:
        type (Literal['json_schema']): Always `json_schema`.
        json_schema (ResponseFormatJsonSchemaOptions): The schema an answer must match.
    """

    json_schema: ResponseFormatJsonSchemaOptions = _attrs_field(converter=_convert_json_schema)
    type: Literal["json_schema"] = "json_schema"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    type_ = DeprecatedAlias[Literal["json_schema"]]("type")


class ResponseFormatJsonSchemaParam(TypedDict, total=False):
    """The dict form of ResponseFormatJsonSchema: what a request takes in its place (checked before sending)."""

    type: Required[Literal["json_schema"]]
    json_schema: Required[ResponseFormatJsonSchemaOptions | ResponseFormatJsonSchemaOptionsParam]


from ..models.response_format_json_schema_options import ResponseFormatJsonSchemaOptions

table_of(
    ResponseFormatJsonSchema,
    field("type", const("json_schema"), required=True),
    field("json_schema", model_of(ResponseFormatJsonSchemaOptions), required=True),
    extra=ANY,
)
