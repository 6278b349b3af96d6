"""What the spec says of each operation: the rows of the operations table, and how they travel.

Every generated endpoint module declares one `Operation` (its `OPERATION`), written by the
template from the spec, and `api/_operations.py` indexes them all by operationId
(`OPERATIONS`). A row holds everything the runtime needs to send the call and read its
answer: method, path template, parameters (with their JSON types, enums and whether they
are required), request, response and error models, whether it can stream, whether sending
it twice is safe, and what to check when it may have acted but its answer was lost.

Models are named by `ModelRef`, imported on first use, so that the table (and an endpoint
module) can be imported without importing the models. This module imports nothing
generated: the rows are given to it.

The request carries its row in its httpx extensions, so the retry transport and the error
messages read the facts instead of guessing them from the URL.
"""

from __future__ import annotations

import functools
import importlib
from collections.abc import Callable
from typing import Any, Generic, Literal, NamedTuple, TypeVar

import httpx

OPERATION_EXTENSION = "openai_client.operation"

R = TypeVar("R")
"""What a 2xx answer reads as: the response model, or `httpx.Response` for an answer without a schema."""
E = TypeVar("E")
"""What an error answer reads as: the error model (None for an operation without one)."""


class ModelRef:
    """A generated model named by its module, imported the first time it is needed.

    `module` is relative to `package` (as in `from ...models.run_object import RunObject`),
    so a vendored copy of the package under another name keeps working. `requires` names the
    keys a body must have to be read as this model (the schema's required properties): an
    error body without them is some other JSON, not the API's error object.

    `union=True` names one of the spec's unions instead (`ConversationItem`, an answer that is
    one of several kinds of object): a type alias in `models/_tables.py`, whose reader (the
    union's codec, picking the member by its tag) is in that module's `UNION_READERS`.
    """

    __slots__ = ("_model", "_reader", "module", "name", "package", "requires", "union")

    def __init__(
        self, module: str, name: str, package: str | None, requires: tuple[str, ...] = (), *, union: bool = False
    ) -> None:
        self.module = module
        self.name = name
        self.package = package
        self.requires = requires
        self.union = union
        self._model: Any = None
        self._reader: Callable[[Any, bool], Any] | None = None

    def resolve(self) -> Any:
        """The model class, or the union's type alias (imported on the first call)."""
        model = self._model
        if model is None:
            model = self._model = getattr(importlib.import_module(self.module, self.package), self.name)
        return model

    def read(self, data: Any, strict: bool) -> Any:
        """`data` (decoded JSON) read as this model, or as the member of the union its tag names;
        InvalidPayloadError when it has not the shape declared."""
        if not self.union:
            # Looked up per call: a model installs its compiled reader on first use, over this one.
            return self.resolve().from_dict(data, strict)
        reader = self._reader
        if reader is None:
            from ._fields import read_value  # with the first union answer, not with the package

            codec = importlib.import_module(self.module, self.package).UNION_READERS[self.name]
            reader = self._reader = functools.partial(read_value, codec)
        return reader(data, strict)

    def _key(self) -> tuple[str, str, str | None, tuple[str, ...], bool]:
        return (self.module, self.name, self.package, self.requires, self.union)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, ModelRef) and self._key() == other._key()

    def __hash__(self) -> int:
        return hash(self._key())

    def __repr__(self) -> str:
        return f"ModelRef({self.module!r}, {self.name!r}{', union=True' if self.union else ''})"


class Parameter(NamedTuple):
    """A path or query parameter of an operation.

    `name` is its name on the wire (`include[]`), `python_name` the argument's (`include`);
    `type` its JSON Schema type (`string`, `integer`, `number`, `boolean`, or `array` of
    strings); `enum` the values the spec lists (for an array, those of its items), empty
    for any value.
    """

    name: str
    python_name: str
    location: Literal["path", "query"]
    type: str = "string"
    required: bool = False
    enum: tuple[str, ...] = ()


class Operation(NamedTuple, Generic[R, E]):
    """One operation of the spec.

    `parameters`: its path parameters in path order, then its query parameters, in the
    order the endpoint functions take them. `request`, `response`, `error`: the models of
    its JSON body, of a 2xx answer and of an error answer (None where the spec has none);
    `body_required`: the body may not be left out. `streams`: it can answer with server-sent
    events (it has `stream` and `astream`).
    `resend_safe`: sending it again cannot do the work twice (it only reads, or deletes).
    `if_interrupted`: what to check before sending it again when it may have acted, with
    `{path}` the request's path and `{parent}` that path without its last segment.
    """

    id: str
    method: str
    path: str
    parameters: tuple[Parameter, ...] = ()
    request: ModelRef | None = None
    body_required: bool = False
    response: ModelRef | None = None
    error: ModelRef | None = None
    streams: bool = False
    resend_safe: bool = False
    if_interrupted: str = ""

    def advice(self, request: httpx.Request) -> str:
        """For a request of this operation that may have acted: what to check, in one sentence."""
        if self.resend_safe:
            return ""
        path = request.url.path
        check = self.if_interrupted.format(path=path, parent=path.rsplit("/", 1)[0])
        return f" The request may have been processed: {check} before sending it again."


UNKNOWN: Operation[httpx.Response, None] = Operation(
    id="",
    method="",
    path="",
    resend_safe=False,
    if_interrupted="check whether it took effect",
)
"""A request sent through the client's pool by hand: nothing is known of it, so it is never resent."""


def operation_of(request: httpx.Request) -> Operation[Any, Any]:
    """The operation a request was built for (UNKNOWN for one built by hand)."""
    operation = request.extensions.get(OPERATION_EXTENSION)
    return operation if isinstance(operation, Operation) else UNKNOWN
