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
    from ..models.open_api_connection_security_scheme import OpenApiConnectionSecuritySchemeParam


def _convert_security_scheme(
    value: OpenApiConnectionSecurityScheme | OpenApiConnectionSecuritySchemeParam,
) -> OpenApiConnectionSecurityScheme:
    return OpenApiConnectionAuthDetails.__table__.convert("security_scheme", value)  # type: ignore[no-any-return]


@_attrs_define(eq=False, repr=False, getstate_setstate=False, on_setattr=_attrs_setters.NO_OP)
class OpenApiConnectionAuthDetails(ExtraFields["Any"]):
    """The credentials of a project connection.

    Attributes:
        type (Literal['connection']): Always `connection`.
        security_scheme (OpenApiConnectionSecurityScheme): Which project connection holds the credentials.
    """

    security_scheme: OpenApiConnectionSecurityScheme = _attrs_field(converter=_convert_security_scheme)
    type: Literal["connection"] = "connection"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    type_ = DeprecatedAlias[Literal["connection"]]("type")


class OpenApiConnectionAuthDetailsParam(TypedDict, total=False):
    """The dict form of OpenApiConnectionAuthDetails: what a request takes in its place (checked before sending)."""

    type: Required[Literal["connection"]]
    security_scheme: Required[OpenApiConnectionSecurityScheme | OpenApiConnectionSecuritySchemeParam]


from ..models.open_api_connection_security_scheme import OpenApiConnectionSecurityScheme

table_of(
    OpenApiConnectionAuthDetails,
    field("type", const("connection"), required=True),
    field("security_scheme", model_of(OpenApiConnectionSecurityScheme), required=True),
    extra=ANY,
)
