from collections.abc import Callable
from enum import StrEnum
from typing import ClassVar, Literal, Self, TypeAlias, cast


class RunStepType(StrEnum):
    ACTIVITIES = "activities"
    MESSAGE_CREATION = "message_creation"
    TOOL_CALLS = "tool_calls"

    known: ClassVar[Callable[[object], "RunStepType | None"]]
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
    def _missing_(cls, value: object) -> "RunStepType | None":
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = "UNKNOWN"
        member._value_ = value
        return member


RunStepType.known = cast("Callable[[object], RunStepType | None]", RunStepType._value2member_map_.get)

RunStepTypeLiteral: TypeAlias = Literal["activities", "message_creation", "tool_calls"]
"""The values of RunStepType as plain strings, which requests take in its place."""
