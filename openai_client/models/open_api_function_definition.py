from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, Required, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _attrs_setters

from .._fields import (  # the combinators a table is built from (the formatter drops those unused)
    ANY,
    STRING,
    field,
    list_of,
    model_of,
    table_of,
    union_of,
)
from .._model import ExtraFields
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.function_object import FunctionObjectParam
    from ..models.open_api_anonymous_auth_details import OpenApiAnonymousAuthDetailsParam
    from ..models.open_api_connection_auth_details import OpenApiConnectionAuthDetailsParam
    from ..models.open_api_managed_auth_details import OpenApiManagedAuthDetailsParam


def _convert_spec(value: OpenApiSpecDocument | Mapping[str, Any]) -> OpenApiSpecDocument:
    return OpenApiFunctionDefinition.__table__.convert("spec", value)  # type: ignore[no-any-return]


def _convert_auth(
    value: OpenApiAnonymousAuthDetails
    | OpenApiAnonymousAuthDetailsParam
    | OpenApiConnectionAuthDetails
    | OpenApiConnectionAuthDetailsParam
    | OpenApiManagedAuthDetails
    | OpenApiManagedAuthDetailsParam
    | UnknownOpenApiAuthDetails,
) -> OpenApiAnonymousAuthDetails | OpenApiConnectionAuthDetails | OpenApiManagedAuthDetails | UnknownOpenApiAuthDetails:
    return OpenApiFunctionDefinition.__table__.convert("auth", value)  # type: ignore[no-any-return]


def _convert_default_params(value: Sequence[str] | Unset) -> list[str] | Unset:
    return OpenApiFunctionDefinition.__table__.convert("default_params", value)  # type: ignore[no-any-return]


def _convert_functions(value: Sequence[FunctionObject | FunctionObjectParam] | Unset) -> list[FunctionObject] | Unset:
    return OpenApiFunctionDefinition.__table__.convert("functions", value)  # type: ignore[no-any-return]


@_attrs_define(eq=False, repr=False, getstate_setstate=False, on_setattr=_attrs_setters.NO_OP)
class OpenApiFunctionDefinition(ExtraFields["Any"]):
    """The web API an OpenAPI tool calls, and how it authenticates.

    Attributes:
        name (str): The tool's name, for the model.
        spec (OpenApiSpecDocument): An OpenAPI document, as JSON.
        auth (OpenApiAnonymousAuthDetails | OpenApiConnectionAuthDetails | OpenApiManagedAuthDetails | UnknownOpenApiAuthDetails): How an OpenAPI tool authenticates to its API.
        description (str | Unset): What the API does, for the model.
        default_params (list[str] | Unset): Parameters of the document that take the values it gives as defaults.
        functions (list[FunctionObject] | Unset): The operations the service found in the document (sent by the service only).
    """

    name: str
    spec: OpenApiSpecDocument = _attrs_field(converter=_convert_spec)
    auth: (
        OpenApiAnonymousAuthDetails
        | OpenApiConnectionAuthDetails
        | OpenApiManagedAuthDetails
        | UnknownOpenApiAuthDetails
    ) = _attrs_field(converter=_convert_auth)
    description: str | Unset = UNSET
    default_params: list[str] | Unset = _attrs_field(default=UNSET, converter=_convert_default_params)
    functions: list[FunctionObject] | Unset = _attrs_field(default=UNSET, converter=_convert_functions)
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


class OpenApiFunctionDefinitionParam(TypedDict, total=False):
    """The dict form of OpenApiFunctionDefinition: what a request takes in its place (checked before sending)."""

    name: Required[str]
    spec: Required[OpenApiSpecDocument | Mapping[str, Any]]
    auth: Required[
        OpenApiAnonymousAuthDetails
        | OpenApiAnonymousAuthDetailsParam
        | OpenApiConnectionAuthDetails
        | OpenApiConnectionAuthDetailsParam
        | OpenApiManagedAuthDetails
        | OpenApiManagedAuthDetailsParam
        | UnknownOpenApiAuthDetails
    ]
    description: str
    default_params: Sequence[str]
    functions: Sequence[FunctionObject | FunctionObjectParam]


from ..models.function_object import FunctionObject
from ..models.open_api_anonymous_auth_details import OpenApiAnonymousAuthDetails
from ..models.open_api_connection_auth_details import OpenApiConnectionAuthDetails
from ..models.open_api_managed_auth_details import OpenApiManagedAuthDetails
from ..models.open_api_spec_document import OpenApiSpecDocument
from ..models.unknown_open_api_auth_details import UnknownOpenApiAuthDetails

table_of(
    OpenApiFunctionDefinition,
    field("name", STRING, required=True),
    field("spec", model_of(OpenApiSpecDocument), required=True),
    field(
        "auth",
        union_of(
            "type",
            {
                "anonymous": OpenApiAnonymousAuthDetails,
                "connection": OpenApiConnectionAuthDetails,
                "managed_identity": OpenApiManagedAuthDetails,
            },
            fallback=UnknownOpenApiAuthDetails,
        ),
        required=True,
    ),
    field("description", STRING),
    field("default_params", list_of(STRING)),
    field("functions", list_of(model_of(FunctionObject))),
    extra=ANY,
)
