from collections.abc import Callable
from enum import StrEnum
from typing import ClassVar, Literal, Self, TypeAlias, cast


class AssistantsNamedToolChoiceType(StrEnum):
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

    known: ClassVar[Callable[[object], "AssistantsNamedToolChoiceType | None"]]
    """The known member for a value, else None, in one dictionary lookup (what readers try first)."""

    def __str__(self) -> str:
        return str(self.value)

    @property
    def is_unknown(self) -> bool:
        """True when the API sent a value this client's spec does not list."""
        return self._value_ not in type(self)._value2member_map_

    @classmethod
    def from_value(cls, value: object) -> Self:
        """The member for `value`; an unknown string gives an unknown member, anything else ValueError."""
        member = cls._value2member_map_.get(value)
        if member is not None:
            return cast(Self, member)
        if not isinstance(value, str):
            raise ValueError(f"{value!r} is not a valid {cls.__name__}")
        return cls(value)

    @classmethod
    def _missing_(cls, value: object) -> "AssistantsNamedToolChoiceType | None":
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = "UNKNOWN"
        member._value_ = value
        return member


AssistantsNamedToolChoiceType.known = cast(
    "Callable[[object], AssistantsNamedToolChoiceType | None]", AssistantsNamedToolChoiceType._value2member_map_.get
)

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
