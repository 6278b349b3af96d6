from typing import Literal, TypeAlias

from .._enum import OpenEnum


class MCPToolRequireApprovalEnum(OpenEnum):
    ALWAYS = "always"
    NEVER = "never"


MCPToolRequireApprovalEnumLiteral: TypeAlias = Literal["always", "never"]
"""The values of MCPToolRequireApprovalEnum as plain strings, which requests take in its place."""
