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


@_attrs_define(eq=False, repr=False, getstate_setstate=False, on_setattr=_attrs_setters.NO_OP)
class ContainerReferenceParam(ExtraFields["Any"]):
    """ContainerReferenceParam

    Attributes:
        type (Literal['container_reference'])
        container_id (str)
    """

    container_id: str
    type: Literal["container_reference"] = "container_reference"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    type_ = DeprecatedAlias[Literal["container_reference"]]("type")


class ContainerReferenceParamParam(TypedDict, total=False):
    """The dict form of ContainerReferenceParam: what a request takes in its place (checked before sending)."""

    type: Required[Literal["container_reference"]]
    container_id: Required[str]


table_of(
    ContainerReferenceParam,
    field("type", const("container_reference"), required=True),
    field("container_id", STRING, required=True),
    extra=ANY,
)
