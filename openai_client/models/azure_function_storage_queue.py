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
class AzureFunctionStorageQueue(ExtraFields["Any"]):
    """Where the queue is.

    Attributes:
        queue_service_endpoint (str): The URL of the storage account's queue service.
        queue_name (str): The queue's name.
    """

    queue_service_endpoint: str
    queue_name: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


class AzureFunctionStorageQueueParam(TypedDict, total=False):
    """The dict form of AzureFunctionStorageQueue: what a request takes in its place (checked before sending)."""

    queue_service_endpoint: Required[str]
    queue_name: Required[str]


table_of(
    AzureFunctionStorageQueue,
    field("queue_service_endpoint", STRING, required=True),
    field("queue_name", STRING, required=True),
    extra=ANY,
)
