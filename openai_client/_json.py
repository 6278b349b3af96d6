"""JSON text to Python values, the way every reader in the package does it.

The API's JSON is UTF-8. Decoding the bytes as UTF-8 (a byte order mark allowed) and parsing
the text skips the encoding detection `json.loads` runs on bytes, a third of its time on a
run's body; and a document with no whitespace around it (what servers send) is handed to
the C scanner directly. The result, and the errors, are `json.loads`'s.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any, cast

_decoder = json.JSONDecoder()
_decode = _decoder.decode
_scan: Callable[[str, int], tuple[Any, int]] = cast(Any, _decoder).scan_once
"""The C scanner the decoder made for itself (typeshed does not declare the attribute)."""


def decode_text(text: str) -> Any:
    """`json.loads(text)` for a str, with the common case (no surrounding whitespace) made short."""
    try:
        value, end = _scan(text, 0)
    except StopIteration:  # leading whitespace, or no value at all: the full decoder decides
        return _decode(text)
    if end == len(text):
        return value
    return _decode(text)  # trailing whitespace is fine; anything else raises "Extra data"


def loads(data: bytes | bytearray | str) -> Any:
    """The value of a JSON document given as UTF-8 bytes or text; ValueError when it is not JSON."""
    return decode_text(data if isinstance(data, str) else data.decode("utf-8-sig"))
