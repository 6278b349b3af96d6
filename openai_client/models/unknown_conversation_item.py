from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._fields import (  # the combinators a table is built from (the formatter drops those unused)
    ANY,
    STRING,
    field,
    table_of,
)
from .._model import DeprecatedAlias, ExtraFields


@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class UnknownConversationItem(ExtraFields["Any"]):
    """A ConversationItem whose `type` this client does not know yet (known: `message`, `function_call`,
    `function_call_output`, `file_search_call`, `web_search_call`, `image_generation_call`, `computer_call`,
    `computer_call_output`, `tool_search_call`, `tool_search_output`, `additional_tools`, `reasoning`, `program`,
    `program_output`, `compaction`, `code_interpreter_call`, `local_shell_call`, `local_shell_call_output`,
    `shell_call`, `shell_call_output`, `apply_patch_call`, `apply_patch_call_output`, `mcp_list_tools`,
    `mcp_approval_request`, `mcp_approval_response`, `mcp_call`, `custom_tool_call`, `custom_tool_call_output`). All its
    fields are kept as received, in `additional_properties`, and sent back unchanged.

    Attributes:
        type (str): The unknown type.
    """

    is_unknown: ClassVar[bool] = True
    """Always True: this object is of a kind this client's spec does not list (as `is_unknown` of an enum value)."""
    type: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    type_ = DeprecatedAlias[str]("type")


table_of(
    UnknownConversationItem,
    field("type", STRING, required=True),
    extra=ANY,
)
