"""The operations the local server serves, read in ONE place from the client's operations table.

`openai_client.api._operations.OPERATIONS` (emitted from the spec) gives each operation's
id, method, path, request model, whether its body is required and whether it streams.
`served_operations` reads it once; routing, body checks and streaming all read its answer,
so a new operation in openapi.yaml needs no edit here (it answers "not implemented" until a
handler exists).
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import lru_cache

import attrs

from openai_client._model import Model
from openai_client.api._operations import OPERATIONS


@attrs.frozen
class ServedOperation:
    """One operation of the spec, as the server routes it."""

    id: str
    method: str
    path: str
    """The path template under the API's root: `/threads/{thread_id}/runs`."""
    streams: bool
    """`"stream": true` in its body asks for server-sent events."""
    request_model: type[Model] | None
    """The model its JSON body is read into (None: it takes no body)."""
    body_required: bool = False

    @property
    def segments(self) -> tuple[str, ...]:
        return tuple(self.path.strip("/").split("/"))

    def match(self, parts: tuple[str, ...]) -> dict[str, str] | None:
        """The path parameters when `parts` (the path's segments under the API's root) is this
        operation's path, else None."""
        if len(parts) != len(self.segments):
            return None
        params: dict[str, str] = {}
        for segment, part in zip(self.segments, parts, strict=True):
            if segment.startswith("{") and segment.endswith("}"):
                params[segment[1:-1]] = part
            elif segment != part:
                return None
        return params

    @property
    def literal_segments(self) -> int:
        """How many segments are fixed words: `/threads/runs` wins over `/threads/{thread_id}`."""
        return sum(1 for segment in self.segments if not segment.startswith("{"))


@lru_cache(maxsize=1)
def served_operations() -> Mapping[str, ServedOperation]:
    """operationId -> operation, for every operation the generated client has: its rows (`OPERATIONS`)."""
    return {
        operation.id: ServedOperation(
            id=operation.id,
            method=operation.method.upper(),
            path=operation.path,
            streams=operation.streams,
            request_model=None if operation.request is None else operation.request.resolve(),
            body_required=operation.body_required,
        )
        for operation in sorted(OPERATIONS.values(), key=lambda operation: operation.id)
    }


EXTRA_OPERATIONS: dict[str, ServedOperation] = {}
"""Operations served beside the client's (another API's, say), added with `_handlers.serve`."""


def routed_operations() -> list[ServedOperation]:
    """What the server routes: the client's operations, then any added beside them."""
    return [*served_operations().values(), *EXTRA_OPERATIONS.values()]
