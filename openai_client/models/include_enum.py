from collections.abc import Callable
from enum import StrEnum
from typing import ClassVar, Literal, Self, TypeAlias, cast


class IncludeEnum(StrEnum):
    CODE_INTERPRETER_CALL_OUTPUTS = "code_interpreter_call.outputs"
    COMPUTER_CALL_OUTPUT_OUTPUT_IMAGE_URL = "computer_call_output.output.image_url"
    FILE_SEARCH_CALL_RESULTS = "file_search_call.results"
    MESSAGE_INPUT_IMAGE_IMAGE_URL = "message.input_image.image_url"
    MESSAGE_OUTPUT_TEXT_LOGPROBS = "message.output_text.logprobs"
    REASONING_ENCRYPTED_CONTENT = "reasoning.encrypted_content"
    WEB_SEARCH_CALL_ACTION_SOURCES = "web_search_call.action.sources"
    WEB_SEARCH_CALL_RESULTS = "web_search_call.results"

    known: ClassVar[Callable[[object], "IncludeEnum | None"]]
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
    def _missing_(cls, value: object) -> "IncludeEnum | None":
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = "UNKNOWN"
        member._value_ = value
        return member


IncludeEnum.known = cast("Callable[[object], IncludeEnum | None]", IncludeEnum._value2member_map_.get)

IncludeEnumLiteral: TypeAlias = Literal[
    "code_interpreter_call.outputs",
    "computer_call_output.output.image_url",
    "file_search_call.results",
    "message.input_image.image_url",
    "message.output_text.logprobs",
    "reasoning.encrypted_content",
    "web_search_call.action.sources",
    "web_search_call.results",
]
"""The values of IncludeEnum as plain strings, which requests take in its place."""
