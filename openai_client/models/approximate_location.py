from __future__ import annotations

from typing import Any, Literal, Required, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _attrs_setters

from .._fields import (  # the combinators a table is built from (the formatter drops those unused)
    ANY,
    STRING,
    const,
    field,
    table_of,
)
from .._model import DeprecatedAlias, ExtraFields
from ..types import UNSET, Unset


@_attrs_define(eq=False, repr=False, getstate_setstate=False, on_setattr=_attrs_setters.NO_OP)
class ApproximateLocation(ExtraFields["Any"]):
    """ApproximateLocation

    Attributes:
        type (Literal['approximate'])
        country (None | str | Unset)
        region (None | str | Unset)
        city (None | str | Unset)
        timezone (None | str | Unset)
    """

    type: Literal["approximate"] = "approximate"
    country: None | str | Unset = UNSET
    region: None | str | Unset = UNSET
    city: None | str | Unset = UNSET
    timezone: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    type_ = DeprecatedAlias[Literal["approximate"]]("type")


class ApproximateLocationParam(TypedDict, total=False):
    """The dict form of ApproximateLocation: what a request takes in its place (checked before sending)."""

    type: Required[Literal["approximate"]]
    country: str | None
    region: str | None
    city: str | None
    timezone: str | None


table_of(
    ApproximateLocation,
    field("type", const("approximate"), required=True),
    field("country", STRING, nullable=True),
    field("region", STRING, nullable=True),
    field("city", STRING, nullable=True),
    field("timezone", STRING, nullable=True),
    extra=ANY,
)
