from __future__ import annotations

from typing import Any, Required, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _attrs_setters

from .._fields import (  # the combinators a table is built from (the formatter drops those unused)
    ANY,
    STRING,
    field,
    table_of,
)
from .._model import ExtraFields


@_attrs_define(eq=False, repr=False, getstate_setstate=False, on_setattr=_attrs_setters.NO_OP)
class ConnectedAgentDetails(ExtraFields["Any"]):
    """The agent to call, and what it is for.

    Attributes:
        id (str): The called agent's ID.
        name (str): The name the model calls it by.
        description (str): What the agent does, for the model.
    """

    id: str
    name: str
    description: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


class ConnectedAgentDetailsParam(TypedDict, total=False):
    """The dict form of ConnectedAgentDetails: what a request takes in its place (checked before sending)."""

    id: Required[str]
    name: Required[str]
    description: Required[str]


table_of(
    ConnectedAgentDetails,
    field("id", STRING, required=True),
    field("name", STRING, required=True),
    field("description", STRING, required=True),
    extra=ANY,
)
