from typing import Literal, TypeAlias

from .._enum import OpenEnum


class MCPRequiredApprovalMode(OpenEnum):
    """Whether every call needs approval (`always`) or none does (`never`)."""

    ALWAYS = "always"
    NEVER = "never"


MCPRequiredApprovalModeLiteral: TypeAlias = Literal["always", "never"]
"""The values of MCPRequiredApprovalMode as plain strings, which requests take in its place."""
