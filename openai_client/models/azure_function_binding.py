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
    from ..models.azure_function_storage_queue import AzureFunctionStorageQueueParam


def _convert_storage_queue(
    value: AzureFunctionStorageQueue | AzureFunctionStorageQueueParam,
) -> AzureFunctionStorageQueue:
    return AzureFunctionBinding.__table__.convert("storage_queue", value)  # type: ignore[no-any-return]


@_attrs_define(eq=False, repr=False, getstate_setstate=False, on_setattr=_attrs_setters.NO_OP)
class AzureFunctionBinding(ExtraFields["Any"]):
    """A storage queue an Azure Function tool reads or writes.

    Attributes:
        type (Literal['storage_queue']): Always `storage_queue`.
        storage_queue (AzureFunctionStorageQueue): Where the queue is.
    """

    storage_queue: AzureFunctionStorageQueue = _attrs_field(converter=_convert_storage_queue)
    type: Literal["storage_queue"] = "storage_queue"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    type_ = DeprecatedAlias[Literal["storage_queue"]]("type")


class AzureFunctionBindingParam(TypedDict, total=False):
    """The dict form of AzureFunctionBinding: what a request takes in its place (checked before sending)."""

    type: Required[Literal["storage_queue"]]
    storage_queue: Required[AzureFunctionStorageQueue | AzureFunctionStorageQueueParam]


from ..models.azure_function_storage_queue import AzureFunctionStorageQueue

table_of(
    AzureFunctionBinding,
    field("type", const("storage_queue"), required=True),
    field("storage_queue", model_of(AzureFunctionStorageQueue), required=True),
    extra=ANY,
)
