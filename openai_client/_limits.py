"""The spec's limits on a request (lengths, ranges, sizes, patterns, enums), checked in one place.

The table comes from the spec (`api/_limits.py`, written by codegen/emit_limits.py): a
sequence of (path, limits), where a path names property names, `[]` for each item of an
array, `*` for each value and `~` for each key of a map. A limit binds only values of its
JSON type (`maxLength` strings, `maximum` numbers, ...): checking types is the models' job.

The client checks a body before sending it (`check_limits`, raising InvalidRequestError
naming `body.temperature`); the local server finds the same violations and answers them as
the API does (`violations`, each with the API's `code` and message).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator, Mapping, Sequence
from functools import lru_cache
from typing import Any, NamedTuple

from .errors import InvalidRequestError

LimitTable = Sequence[tuple[Sequence[str], Mapping[str, Any]]]
ITEM, VALUE, KEY = "[]", "*", "~"


class Violation(NamedTuple):
    """One value outside its limits: where (`tools[0].function.name`), the API's code, and why."""

    path: str
    code: str
    message: str
    """What the API answers: "Invalid 'name': string too long. Expected ..."."""

    @property
    def reason(self) -> str:
        """The message without the "Invalid 'path': " the error's path already says."""
        return self.message.split(": ", 1)[1] if self.message.startswith("Invalid '") else self.message


def check_limits(table: LimitTable, value: object, path: str, *, enums: bool = True) -> None:
    """Raise InvalidRequestError, naming the path under `path` ("body"), for the first value of
    `value` outside the limits of `table`; nothing for a value within them. Without `enums`,
    a string outside an enum passes (see `violations`)."""
    for violation in violations(table, value, path, enums=enums):
        raise InvalidRequestError(violation.reason, violation.path)


def violations(table: LimitTable, value: object, path: str = "", *, enums: bool = True) -> Iterator[Violation]:
    """Every value of `value` outside the limits of `table`, in table order; paths start at `path`.

    `enums=False` lets values outside an enum through: the client sends them, since servers
    accept new values (a new `reasoning_effort`) before this spec lists them; the local
    server, which is this spec, refuses them.
    """
    for steps, limits in table:
        for where, found, is_key in _reached(value, tuple(steps), path):
            problem = _violation(where, found, limits, is_key=is_key, enums=enums)
            if problem is not None:
                yield problem


def _reached(value: object, steps: tuple[str, ...], path: str) -> Iterator[tuple[str, object, bool]]:
    """(path, value, is a map key) for each value `steps` lead to in `value`."""
    if not steps:
        yield path, value, False
        return
    step, rest = steps[0], steps[1:]
    if step == ITEM:
        if isinstance(value, list):
            for index, item in enumerate(value):
                yield from _reached(item, rest, f"{path}[{index}]")
    elif step == VALUE:
        if isinstance(value, Mapping):
            for key, item in value.items():
                yield from _reached(item, rest, _join(path, str(key)))
    elif step == KEY:
        if isinstance(value, Mapping) and not rest:
            for key in value:
                yield path, key, True
    elif isinstance(value, Mapping) and step in value:
        yield from _reached(value[step], rest, _join(path, step))


def _join(path: str, name: str) -> str:
    return f"{path}.{name}" if path else name


def _violation(path: str, value: object, limits: Mapping[str, Any], *, is_key: bool, enums: bool) -> Violation | None:
    where = f"Invalid '{path or 'body'}': "
    if isinstance(value, str):
        noun = "key" if is_key else "string"
        maximum, minimum = limits.get("maxLength"), limits.get("minLength")
        if maximum is not None and len(value) > maximum:
            return Violation(
                path,
                "string_above_max_length",
                f"{where}{noun} too long. Expected a {noun} with maximum length {maximum}, "
                f"but got a {noun} with length {len(value)} instead.",
            )
        if minimum is not None and len(value) < minimum:
            got = f"an empty {noun}" if not value else f"a {noun} with length {len(value)}"
            return Violation(
                path,
                "string_below_min_length",
                f"{where}{noun} too short. Expected a {noun} with minimum length {minimum}, but got {got} instead.",
            )
        pattern = limits.get("pattern")
        if pattern is not None and not _compiled(pattern).search(value):
            return Violation(
                path,
                "invalid_value",
                f"{where}{noun} does not match pattern. Expected a {noun} that matches the pattern '{pattern}'.",
            )
    elif isinstance(value, int | float) and not isinstance(value, bool):
        kind = code = "integer" if limits.get("type") == "integer" else "decimal"
        maximum, minimum = limits.get("maximum"), limits.get("minimum")
        if maximum is not None and value > maximum:
            return Violation(
                path,
                f"{code}_above_max_value",
                f"{where}{kind} above maximum value. Expected a value <= {_number(maximum)}, "
                f"but got {_number(value)} instead.",
            )
        if minimum is not None and value < minimum:
            return Violation(
                path,
                f"{code}_below_min_value",
                f"{where}{kind} below minimum value. Expected a value >= {_number(minimum)}, "
                f"but got {_number(value)} instead.",
            )
    elif isinstance(value, list):
        maximum, minimum = limits.get("maxItems"), limits.get("minItems")
        if maximum is not None and len(value) > maximum:
            return Violation(
                path,
                "array_above_max_length",
                f"{where}array too long. Expected an array with maximum length {maximum}, "
                f"but got an array with length {len(value)} instead.",
            )
        if minimum is not None and len(value) < minimum:
            got = "an empty array" if not value else f"an array with length {len(value)}"
            return Violation(
                path,
                "empty_array" if not value else "array_below_min_length",
                f"{where}array too short. Expected an array with minimum length {minimum}, but got {got} instead.",
            )
    elif isinstance(value, Mapping):
        maximum = limits.get("maxProperties")
        if maximum is not None and len(value) > maximum:
            return Violation(
                path,
                "object_above_max_properties",
                f"{where}too many properties. Expected an object with at most {maximum} properties, "
                f"but got an object with {len(value)} properties instead.",
            )
    return _outside_enum(path, value, limits.get("enum")) if enums else None


def _outside_enum(path: str, value: object, known: Sequence[object] | None) -> Violation | None:
    """An enum binds values of its members' types: a string enum says nothing of an object."""
    if not known or _json_kind(value) not in {_json_kind(member) for member in known}:
        return None
    value = getattr(value, "value", value)  # an enum member of the model: its wire value
    if value in known:
        return None
    supported = ", ".join(f"'{member}'" for member in known)
    return Violation(
        path,
        "invalid_value",
        f"Invalid value: '{value}'. Supported values are: {supported}.",
    )


def _json_kind(value: object) -> str:
    if isinstance(value, bool) or value is None:
        return repr(value)
    if isinstance(value, str):
        return "string"
    return "number" if isinstance(value, int | float) else type(value).__name__


def _number(value: float) -> str:
    return json.dumps(value)


@lru_cache(maxsize=64)
def _compiled(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern)
