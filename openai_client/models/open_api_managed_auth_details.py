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
    from ..models.open_api_managed_security_scheme import OpenApiManagedSecuritySchemeParam


def _convert_security_scheme(
    value: OpenApiManagedSecurityScheme | OpenApiManagedSecuritySchemeParam,
) -> OpenApiManagedSecurityScheme:
    return OpenApiManagedAuthDetails.__table__.convert("security_scheme", value)  # type: ignore[no-any-return]


@_attrs_define(eq=False, repr=False, getstate_setstate=False, on_setattr=_attrs_setters.NO_OP)
class OpenApiManagedAuthDetails(ExtraFields["Any"]):
    """The project's managed identity, with a token for an audience.

    Attributes:
        type (Literal['managed_identity']): Always `managed_identity`.
        security_scheme (OpenApiManagedSecurityScheme): The audience managed-identity tokens are asked for.
    """

    security_scheme: OpenApiManagedSecurityScheme = _attrs_field(converter=_convert_security_scheme)
    type: Literal["managed_identity"] = "managed_identity"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    type_ = DeprecatedAlias[Literal["managed_identity"]]("type")


class OpenApiManagedAuthDetailsParam(TypedDict, total=False):
    """The dict form of OpenApiManagedAuthDetails: what a request takes in its place (checked before sending)."""

    type: Required[Literal["managed_identity"]]
    security_scheme: Required[OpenApiManagedSecurityScheme | OpenApiManagedSecuritySchemeParam]


from ..models.open_api_managed_security_scheme import OpenApiManagedSecurityScheme

table_of(
    OpenApiManagedAuthDetails,
    field("type", const("managed_identity"), required=True),
    field("security_scheme", model_of(OpenApiManagedSecurityScheme), required=True),
    extra=ANY,
)
