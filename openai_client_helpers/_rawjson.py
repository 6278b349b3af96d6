"""The objects of a list page as the exact JSON text the server sent, one line each.

An archive keeps what the server said, not what a model makes of it: each object of a
page's `data` array is cut out of the response text at its own position (the decoder's
`raw_decode` gives where each value ends), so keys, number spellings and unknown fields
stay as they were. JSON allows newlines only between tokens, never inside strings, so
turning them into spaces keeps the value identical while making it one line.
"""

from __future__ import annotations

import json
from typing import Any

_DECODER = json.JSONDecoder()
_WHITESPACE = " \t\n\r"


def _skip(text: str, index: int) -> int:
    while index < len(text) and text[index] in _WHITESPACE:
        index += 1
    return index


def one_line(text: str) -> str:
    """`text` (one JSON value) on one line: newlines between tokens become spaces."""
    return text.replace("\r", " ").replace("\n", " ")


def page_items(text: str) -> list[tuple[str, dict[str, Any]]]:
    """Each object of the top-level `data` array of a list page: (its JSON text on one line, decoded).

    Raises ValueError when `text` is not a JSON object with a `data` array of objects.
    """
    index = _skip(text, 0)
    if text[index : index + 1] != "{":
        raise ValueError("a list page is a JSON object")
    index = _skip(text, index + 1)
    while index < len(text) and text[index] != "}":
        key, index = _DECODER.raw_decode(text, index)
        index = _skip(text, index)
        if text[index : index + 1] != ":":
            raise ValueError("expected ':' in the page object")
        index = _skip(text, index + 1)
        if key == "data":
            return _array_items(text, index)
        _, index = _DECODER.raw_decode(text, index)
        index = _skip(text, index)
        if text[index : index + 1] == ",":
            index = _skip(text, index + 1)
    raise ValueError("the page has no `data` array")


def _array_items(text: str, index: int) -> list[tuple[str, dict[str, Any]]]:
    if text[index : index + 1] != "[":
        raise ValueError("`data` is not an array")
    items: list[tuple[str, dict[str, Any]]] = []
    index = _skip(text, index + 1)
    while index < len(text) and text[index] != "]":
        value, end = _DECODER.raw_decode(text, index)
        if not isinstance(value, dict):
            raise ValueError("an item of `data` is not an object")
        items.append((one_line(text[index:end]), value))
        index = _skip(text, end)
        if text[index : index + 1] == ",":
            index = _skip(text, index + 1)
    return items
