from collections.abc import Callable
from enum import StrEnum
from typing import ClassVar, Literal, Self, TypeAlias, cast


class RunStatus(StrEnum):
    CANCELLED = "cancelled"
    CANCELLING = "cancelling"
    COMPLETED = "completed"
    EXPIRED = "expired"
    FAILED = "failed"
    INCOMPLETE = "incomplete"
    IN_PROGRESS = "in_progress"
    QUEUED = "queued"
    REQUIRES_ACTION = "requires_action"

    known: ClassVar[Callable[[object], "RunStatus | None"]]
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
    def _missing_(cls, value: object) -> "RunStatus | None":
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = "UNKNOWN"
        member._value_ = value
        return member


RunStatus.known = cast("Callable[[object], RunStatus | None]", RunStatus._value2member_map_.get)

RunStatusLiteral: TypeAlias = Literal[
    "cancelled",
    "cancelling",
    "completed",
    "expired",
    "failed",
    "incomplete",
    "in_progress",
    "queued",
    "requires_action",
]
"""The values of RunStatus as plain strings, which requests take in its place."""
