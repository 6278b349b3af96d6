from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _attrs_setters

from .._fields import (  # the combinators a table is built from (the formatter drops those unused)
    ANY,
    STRING,
    field,
    table_of,
)
from .._model import DeprecatedAlias, ExtraFields


@_attrs_define(eq=False, repr=False, getstate_setstate=False, on_setattr=_attrs_setters.NO_OP)
class UnknownInputItem(ExtraFields["Any"]):
    """An InputItem whose `type` this client does not know yet (known: `message`, `file_search_call`, `computer_call`,
    `computer_call_output`, `web_search_call`, `function_call`, `function_call_output`, `tool_search_call`,
    `tool_search_output`, `additional_tools`, `reasoning`, `compaction`, `image_generation_call`,
    `code_interpreter_call`, `local_shell_call`, `local_shell_call_output`, `shell_call`, `shell_call_output`,
    `apply_patch_call`, `apply_patch_call_output`, `mcp_list_tools`, `mcp_approval_request`, `mcp_approval_response`,
    `mcp_call`, `custom_tool_call_output`, `custom_tool_call`, `compaction_trigger`, `ItemReferenceParam`, `program`,
    `program_output`). All its fields are kept as received, in `additional_properties`, and sent back unchanged.

    Attributes:
        type (str): The unknown type.
    """

    is_unknown: ClassVar[bool] = True
    """Always True: this object is of a kind this client's spec does not list (as `is_unknown` of an enum value)."""
    type: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    type_ = DeprecatedAlias[str]("type")


table_of(
    UnknownInputItem,
    field("type", STRING, required=True),
    extra=ANY,
)
