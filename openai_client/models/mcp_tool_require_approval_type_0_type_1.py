from typing import Literal, TypeAlias

from .._enum import OpenEnum


class MCPToolRequireApprovalType0Type1(OpenEnum):
    ALWAYS = "always"
    NEVER = "never"


MCPToolRequireApprovalType0Type1Literal: TypeAlias = Literal["always", "never"]
"""The values of MCPToolRequireApprovalType0Type1 as plain strings, which requests take in its place."""
