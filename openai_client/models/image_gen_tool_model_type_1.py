from collections.abc import Callable
from enum import StrEnum
from typing import ClassVar, Literal, Self, TypeAlias, cast


class ImageGenToolModelType1(StrEnum):
    GPT_IMAGE_1 = "gpt-image-1"
    GPT_IMAGE_1_5 = "gpt-image-1.5"
    GPT_IMAGE_1_MINI = "gpt-image-1-mini"
    GPT_IMAGE_2 = "gpt-image-2"
    GPT_IMAGE_2_2026_04_21 = "gpt-image-2-2026-04-21"

    known: ClassVar[Callable[[object], "ImageGenToolModelType1 | None"]]
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
    def _missing_(cls, value: object) -> "ImageGenToolModelType1 | None":
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = "UNKNOWN"
        member._value_ = value
        return member


ImageGenToolModelType1.known = cast(
    "Callable[[object], ImageGenToolModelType1 | None]", ImageGenToolModelType1._value2member_map_.get
)

ImageGenToolModelType1Literal: TypeAlias = Literal[
    "gpt-image-1", "gpt-image-1.5", "gpt-image-1-mini", "gpt-image-2", "gpt-image-2-2026-04-21"
]
"""The values of ImageGenToolModelType1 as plain strings, which requests take in its place."""
