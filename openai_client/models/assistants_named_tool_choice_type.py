from typing import Literal, TypeAlias

from .._enum import OpenEnum


class AssistantsNamedToolChoiceType(OpenEnum):
    """Kind of the tool to call."""

    AZURE_AI_SEARCH = "azure_ai_search"
    BING_CUSTOM_SEARCH = "bing_custom_search"
    BING_GROUNDING = "bing_grounding"
    CODE_INTERPRETER = "code_interpreter"
    CONNECTED_AGENT = "connected_agent"
    DEEP_RESEARCH = "deep_research"
    FABRIC_DATAAGENT = "fabric_dataagent"
    FILE_SEARCH = "file_search"
    FUNCTION = "function"
    MCP = "mcp"
    SHAREPOINT_GROUNDING = "sharepoint_grounding"


AssistantsNamedToolChoiceTypeLiteral: TypeAlias = Literal[
    "azure_ai_search",
    "bing_custom_search",
    "bing_grounding",
    "code_interpreter",
    "connected_agent",
    "deep_research",
    "fabric_dataagent",
    "file_search",
    "function",
    "mcp",
    "sharepoint_grounding",
]
"""The values of AssistantsNamedToolChoiceType as plain strings, which requests take in its place."""
