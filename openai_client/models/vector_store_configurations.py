from __future__ import annotations

from typing import TYPE_CHECKING, Any, Required, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _attrs_setters

from .._fields import (  # the combinators a table is built from (the formatter drops those unused)
    ANY,
    STRING,
    field,
    model_of,
    table_of,
)
from .._model import ExtraFields

if TYPE_CHECKING:
    from ..models.vector_store_configuration import VectorStoreConfigurationParam


def _convert_configuration(value: VectorStoreConfiguration | VectorStoreConfigurationParam) -> VectorStoreConfiguration:
    return VectorStoreConfigurations.__table__.convert("configuration", value)  # type: ignore[no-any-return]


@_attrs_define(eq=False, repr=False, getstate_setstate=False, on_setattr=_attrs_setters.NO_OP)
class VectorStoreConfigurations(ExtraFields["Any"]):
    """Foundry: a vector store made of Azure data assets, by name.

    Attributes:
        name (str): The store's name.
        configuration (VectorStoreConfiguration): The assets a vector store is made of.
    """

    name: str
    configuration: VectorStoreConfiguration = _attrs_field(converter=_convert_configuration)
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


class VectorStoreConfigurationsParam(TypedDict, total=False):
    """The dict form of VectorStoreConfigurations: what a request takes in its place (checked before sending)."""

    name: Required[str]
    configuration: Required[VectorStoreConfiguration | VectorStoreConfigurationParam]


from ..models.vector_store_configuration import VectorStoreConfiguration

table_of(
    VectorStoreConfigurations,
    field("name", STRING, required=True),
    field("configuration", model_of(VectorStoreConfiguration), required=True),
    extra=ANY,
)
