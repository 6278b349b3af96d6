from __future__ import annotations

from typing import Any, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._fields import (  # the combinators a table is built from (the formatter drops those unused)
    ANY,
    STRING,
    const,
    enum_of,
    field,
    model_of,
    table_of,
    union_of,
)
from .._model import DeprecatedAlias, ExtraFields
from ..models.function_shell_call_status import FunctionShellCallStatus
from ..types import UNSET, Unset


@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class FunctionShellCall(ExtraFields["Any"]):
    """FunctionShellCall

    Attributes:
        type (Literal['shell_call'])
        id (str)
        call_id (str)
        action (FunctionShellAction)
        status (FunctionShellCallStatus)
        environment (ContainerReferenceResource | LocalEnvironmentResource | None | UnknownFunctionShellCallEnvironment)
        caller (DirectToolCallCaller | None | ProgramToolCallCaller | UnknownToolCallCaller | Unset)
        created_by (str | Unset)
    """

    id: str
    call_id: str
    action: FunctionShellAction
    status: FunctionShellCallStatus
    environment: ContainerReferenceResource | LocalEnvironmentResource | None | UnknownFunctionShellCallEnvironment
    type: Literal["shell_call"] = "shell_call"
    caller: DirectToolCallCaller | None | ProgramToolCallCaller | UnknownToolCallCaller | Unset = UNSET
    created_by: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    type_ = DeprecatedAlias[Literal["shell_call"]]("type")


from ..models.container_reference_resource import ContainerReferenceResource
from ..models.direct_tool_call_caller import DirectToolCallCaller
from ..models.function_shell_action import FunctionShellAction
from ..models.local_environment_resource import LocalEnvironmentResource
from ..models.program_tool_call_caller import ProgramToolCallCaller
from ..models.unknown_function_shell_call_environment import UnknownFunctionShellCallEnvironment
from ..models.unknown_tool_call_caller import UnknownToolCallCaller

table_of(
    FunctionShellCall,
    field("type", const("shell_call"), required=True),
    field("id", STRING, required=True),
    field("call_id", STRING, required=True),
    field("action", model_of(FunctionShellAction), required=True),
    field("status", enum_of(FunctionShellCallStatus), required=True),
    field(
        "environment",
        union_of(
            "type",
            {"local": LocalEnvironmentResource, "container_reference": ContainerReferenceResource},
            fallback=UnknownFunctionShellCallEnvironment,
        ),
        required=True,
        nullable=True,
    ),
    field(
        "caller",
        union_of(
            "type", {"direct": DirectToolCallCaller, "program": ProgramToolCallCaller}, fallback=UnknownToolCallCaller
        ),
        nullable=True,
    ),
    field("created_by", STRING),
    extra=ANY,
)
