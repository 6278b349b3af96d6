from __future__ import annotations

from typing import Any, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._fields import (  # the combinators a table is built from (the formatter drops those unused)
    ANY,
    STRING,
    const,
    field,
    table_of,
)
from .._model import DeprecatedAlias, ExtraFields


@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class ContainerReferenceResource(ExtraFields["Any"]):
    """ContainerReferenceResource

    Attributes:
        type (Literal['container_reference'])
        container_id (str)
    """

    container_id: str
    type: Literal["container_reference"] = "container_reference"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    type_ = DeprecatedAlias[Literal["container_reference"]]("type")


table_of(
    ContainerReferenceResource,
    field("type", const("container_reference"), required=True),
    field("container_id", STRING, required=True),
    extra=ANY,
)
