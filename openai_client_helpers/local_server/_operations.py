"""The operations the local server serves, gathered in ONE place from the client's endpoint modules.

Every endpoint module of `openai_client.api` carries its operation (`_OPERATION`: id, method,
path) and says the rest in its names: the request model its `_get_kwargs` takes as `body`
(and whether it may be left out) and whether it has a `stream` function. `served_operations`
reads them once; routing, body checks and streaming all read its answer, so a new operation
in openapi.yaml needs no edit here (it answers "not implemented" until a handler exists).
"""

from __future__ import annotations

import importlib
import inspect
import pkgutil
import typing
from collections.abc import Mapping
from functools import lru_cache
from typing import Any

import attrs

import openai_client.api
from openai_client._model import Model
from openai_client._operation import Operation


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
    """operationId -> operation, for every operation the generated client has.

    This is the one source the server reads operations from; once the client emits its
    own operations table, this reads that instead.
    """
    found: dict[str, ServedOperation] = {}
    for info in pkgutil.walk_packages(openai_client.api.__path__, f"{openai_client.api.__name__}."):
        module = importlib.import_module(info.name)
        operation = getattr(module, "_OPERATION", None)
        if not isinstance(operation, Operation):
            continue
        model, required = _request_body(module)
        found[operation.id] = ServedOperation(
            id=operation.id,
            method=operation.method.upper(),
            path=operation.path,
            streams=callable(getattr(module, "stream", None)),
            request_model=model,
            body_required=required,
        )
    return dict(sorted(found.items()))


EXTRA_OPERATIONS: dict[str, ServedOperation] = {}
"""Operations served beside the client's (another API's, say), added with `_handlers.serve`."""


def routed_operations() -> list[ServedOperation]:
    """What the server routes: the client's operations, then any added beside them."""
    return [*served_operations().values(), *EXTRA_OPERATIONS.values()]


def _request_body(module: Any) -> tuple[type[Model] | None, bool]:
    build = getattr(module, "_get_kwargs", None)
    if build is None:
        return None, False
    parameter = inspect.signature(build).parameters.get("body")
    if parameter is None:
        return None, False
    hint = typing.get_type_hints(build).get("body")
    models = [member for member in typing.get_args(hint) or (hint,) if isinstance(member, type)]
    model = next((member for member in models if issubclass(member, Model)), None)
    return model, parameter.default is inspect.Parameter.empty
