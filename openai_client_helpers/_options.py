"""Checks for the helpers' option values: a typo is an error that names the choices, never a silent default."""

from __future__ import annotations

import enum
from collections.abc import Collection

from openai_client.errors import InvalidOptionError


def check_choice(name: str, value: object, choices: Collection[str]) -> str:
    """`value` (a string or a str enum member) when it is one of `choices`, else InvalidOptionError."""
    text = value.value if isinstance(value, enum.Enum) else value
    if not isinstance(text, str) or text not in choices:
        allowed = ", ".join(repr(choice) for choice in choices)
        raise InvalidOptionError(f"{name} must be one of {allowed}, not {value!r}")
    return text
