"""The one base of every generated enum: open, so that a value the spec does not list yet is kept.

A new run status or error code becomes a member that keeps the exact string, compares equal
to it, and reports `is_unknown`; known members work as usual. Members are `str`s.
"""

from __future__ import annotations

from enum import StrEnum
from typing import TYPE_CHECKING, Any, Self, cast


class OpenEnum(StrEnum):
    """An enum that takes any string: the spec's values are its members, any other value an unknown member."""

    if TYPE_CHECKING:

        @classmethod
        def known(cls, value: object) -> Self | None:
            """The known member for a value, else None, in one dictionary lookup (what readers try first)."""

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        # The members' map, filled in as the enum machinery adds them: one lookup per read.
        type.__setattr__(cls, "known", cls._value2member_map_.get)

    def __str__(self) -> str:
        return str.__str__(self)

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
    def _missing_(cls, value: object) -> Self | None:
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = "UNKNOWN"
        member._value_ = value
        return member
