"""A call's arguments checked against its operation's row and made into one typed request.

`prepare` is the only place an endpoint's arguments become a request. What a caller passes
is checked before anything is sent: a path parameter that is not a non-empty string, a
query value of the wrong JSON type, a body (its model or a mapping) that breaks the spec,
each raises InvalidRequestError naming it (`thread_id`, `limit`, `body.tools[0].type`).
The per-call options of the official SDK (`timeout`, `extra_headers`, `extra_query`,
`extra_body`) are merged in here too. The result, a `PreparedRequest`, is plain data: the
client turns it into an httpx request (`Client.build_request`).
"""

from __future__ import annotations

import functools
import inspect
import re
from collections.abc import Callable, Mapping, Sequence
from typing import Any, ParamSpec, TypeVar
from urllib.parse import quote

import httpx

from . import errors
from ._limits import LimitTable, check_limits
from ._operation import UNKNOWN, Operation, Parameter
from ._unset import UNSET, Unset

Timeout = httpx.Timeout | float | None | Unset
"""A per-call timeout: UNSET for the client's own."""

_PLAIN_ID = re.compile(r"[A-Za-z0-9_-]+")
_QUERY_TYPES: dict[str, tuple[type, ...]] = {
    "string": (str,),
    "integer": (int,),
    "number": (int, float),
    "boolean": (bool,),
    "array": (list,),
}
P = ParamSpec("P")
R = TypeVar("R")

_TYPE_WORDS = {str: "a string", int: "an integer", float: "a number", bool: "a boolean", list: "a list"}


class PreparedRequest:
    """One request of an operation, checked and ready for the client to send.

    `url` is the path under the client's base URL, its parameters already encoded;
    `params` the query (None for none), `json` the body (None for none), `headers` the
    call's extra headers (None for none), `timeout` the call's (UNSET for the client's).
    """

    __slots__ = ("headers", "json", "method", "operation", "params", "timeout", "url")

    def __init__(
        self,
        operation: Operation[Any, Any],
        url: str,
        *,
        method: str | None = None,
        params: dict[str, Any] | None = None,
        json: Any = None,
        headers: dict[str, str] | None = None,
        timeout: Timeout = UNSET,
    ) -> None:
        self.operation = operation
        self.method = method or operation.method
        self.url = url
        self.params = params
        self.json = json
        self.headers = headers
        self.timeout = timeout

    @classmethod
    def from_mapping(cls, request: Mapping[str, Any]) -> PreparedRequest:
        """A request given as httpx's keyword arguments (`method`, `url`, `params`, `json`, ...), sent by hand."""
        return cls(
            UNKNOWN,
            request["url"],
            method=request["method"],
            params=request.get("params"),
            json=request.get("json"),
            headers=request.get("headers"),
            timeout=request.get("timeout", UNSET),
        )

    def __repr__(self) -> str:
        return f"PreparedRequest({self.method} {self.url}, operation={self.operation.id!r})"


def prepare(
    operation: Operation[Any, Any],
    values: tuple[object, ...],
    body: object,
    timeout: Timeout,
    extra_headers: Mapping[str, str] | None,
    extra_query: Mapping[str, Any] | None,
    extra_body: Mapping[str, Any] | None,
    *,
    streaming: bool = False,
) -> PreparedRequest:
    """The request of one call: `values` are the operation's parameters in table order.

    A query parameter left UNSET is not sent. `extra_body` is merged into the JSON body (a
    field newer than this spec can be sent today), `extra_query` into the query string,
    `extra_headers` over the client's headers; their keys win over the call's own. With
    `streaming`, the body asks for server-sent events (`"stream": true`, whatever `body`
    said); without it, an operation that can stream refuses `"stream": true`, since the
    answer would be events that a call returning the model cannot read.
    """
    url = operation.path
    params: dict[str, Any] | None = None
    for parameter, value in zip(operation.parameters, values, strict=True):
        if parameter.location == "path":
            url = url.replace("{" + parameter.name + "}", path_param(value, parameter.python_name))
        elif value is not UNSET and not (value is None and parameter.type == "object"):
            if params is None:
                params = {}
            if parameter.type == "object":  # style deepObject: `metadata[key]=value` for each pair
                params.update(_deep_object(value, parameter))
            else:
                params[parameter.name] = query_param(value, parameter)
    if params is not None:
        for name, limits in _parameter_limits().get(operation.id, {}).items():
            if name in params:
                check_limits(limits, params[name], name, enums=False)
    json: Any = None
    if body is not UNSET and operation.request is not None:
        model = operation.request.resolve()
        json = request_body(body, model)
        check_limits(_request_limits().get(model.__name__, ()), json, "body", enums=False)
    if extra_query:
        params = {**(params or {}), **extra_query}
    if extra_body:
        if json is None and operation.method in ("GET", "DELETE", "HEAD"):
            raise errors.InvalidRequestError(
                f"cannot be sent with a {operation.method} request; use extra_query", "extra_body"
            )
        json = {**(json or {}), **extra_body}
    headers = dict(extra_headers) if extra_headers else None
    if streaming:
        json = {**(json or {}), "stream": True}
        headers = {**(headers or {}), "Accept": "text/event-stream"}
    elif operation.streams and isinstance(json, dict) and json.get("stream") is True:
        raise errors.InvalidRequestError(
            "asks for server-sent events, which a call that returns the run cannot read: use stream()/astream()",
            "body.stream",
        )
    return PreparedRequest(operation, url, params=params, json=json, headers=headers, timeout=timeout)


@functools.cache
def _request_limits() -> Mapping[str, LimitTable]:
    """The spec's limits on request bodies, by model name (the emitted table, loaded on first use)."""
    from .api._limits import REQUEST_LIMITS

    return REQUEST_LIMITS


@functools.cache
def _parameter_limits() -> Mapping[str, Mapping[str, LimitTable]]:
    """The spec's limits on query parameters, by operationId (loaded on first use)."""
    from .api._limits import PARAMETER_LIMITS

    return PARAMETER_LIMITS


def path_param(value: object, name: str) -> str:
    """A path parameter, percent-encoded so that no value can change the request's path.

    Encodes `/`, `?`, `#`, `%`, spaces and every other reserved character, and the dots of
    a `.` or `..` segment (which URL normalisation would otherwise resolve away). A value
    that is not a string, or an empty one, would address another object or endpoint: it
    raises InvalidRequestError naming the parameter, before anything is sent.
    """
    if not isinstance(value, str):
        raise errors.InvalidRequestError(f"expected a string ID, got {_type_name(value)}", name)
    if _PLAIN_ID.fullmatch(value):
        return value  # the IDs the API hands out (`run_abc123`): nothing to encode
    segment = quote(value, safe="")
    if not segment:
        raise errors.InvalidRequestError("must not be empty", name)
    if segment in (".", ".."):
        return segment.replace(".", "%2E")
    return segment


def query_param(value: object, parameter: Parameter) -> Any:
    """A query parameter's value as httpx sends it, checked against its JSON type (an array is of strings)."""
    return _query_value(value, parameter.python_name, _QUERY_TYPES.get(parameter.type, (str,)))


def _deep_object(value: object, parameter: Parameter) -> dict[str, Any]:
    """An object query parameter as the API reads it (OpenAPI's deepObject style): one
    `name[key]=value` pair per field, each value a string, number or boolean."""
    if not isinstance(value, Mapping):
        raise errors.InvalidRequestError(f"expected a mapping, got {_type_name(value)}", parameter.python_name)
    return {
        f"{parameter.name}[{key}]": _query_value(item, f"{parameter.python_name}[{key!r}]", (str, int, float, bool))
        for key, item in value.items()
    }


def _query_value(value: object, name: str, types: tuple[type, ...]) -> Any:
    if list in types and isinstance(value, Sequence) and not isinstance(value, (str, bytes)):
        return [_query_value(item, f"{name}[{index}]", (str,)) for index, item in enumerate(value)]
    if isinstance(value, types) and not (isinstance(value, bool) and bool not in types):
        return value  # an enum member is a str
    expected = " or ".join(_TYPE_WORDS[allowed] for allowed in types)
    raise errors.InvalidRequestError(f"expected {expected}, got {_type_name(value)}", name)


def request_body(body: object, model: Any) -> Any:
    """The JSON of a request body given as its model or as a mapping, checked against the spec.

    Either form gives the same JSON: a mapping is read strictly into the model, which
    writes it; a model is written, and what it wrote must read back strictly. A missing
    field, a value of the wrong type or a field the spec does not know raises
    InvalidRequestError naming its path (`body.thread.messages[0].role`), before sending.
    """
    try:
        if isinstance(body, Mapping):
            return model.from_dict(body, True).to_dict()
        if isinstance(body, model):
            data = body.to_dict()
            model.from_dict(data, True)  # the check: what is sent must read back under the spec
            return data
    except errors.InvalidPayloadError as error:
        raise errors.InvalidRequestError(error.reason, f"body.{error.path}" if error.path else "body") from None
    raise errors.InvalidRequestError(f"expected a {model.__name__} or a dict, got {_type_name(body)}", "body")


def explains_arguments(operation: Operation[Any, Any]) -> Callable[[Callable[P, R]], Callable[P, R]]:
    """Decorate an endpoint function so that a call with the wrong arguments says what to pass.

    The usual slip of a user of the official SDK is to pass the body's fields as keywords
    (`create_assistant.sync(client=c, model="gpt-4o")`): Python would only say "unexpected
    keyword argument 'model'"; this says to pass them in `body=`. The signature stays the
    function's own, so type checkers flag the same calls (a missing `body`, a body field as a
    keyword). Only a call whose arguments do not bind is explained: a TypeError from inside
    the call goes on unchanged, and a call that binds costs one frame.
    """

    def decorate(function: Callable[P, R]) -> Callable[P, R]:
        where = _function_name(operation, function.__name__)

        def explained(args: tuple[Any, ...], kwargs: dict[str, Any], error: TypeError) -> TypeError | None:
            try:
                inspect.signature(function).bind(*args, **kwargs)
            except TypeError:
                return TypeError(_argument_message(operation, where, function, kwargs, error))
            return None

        if inspect.iscoroutinefunction(function):

            @functools.wraps(function)
            async def explaining_async(*args: Any, **kwargs: Any) -> Any:
                try:
                    pending = function(*args, **kwargs)
                except TypeError as error:
                    raise (explained(args, kwargs, error) or error) from None
                return await pending  # a coroutine: function is async

            return explaining_async  # type: ignore[return-value]  # the same parameters, awaitable as before

        @functools.wraps(function)
        def explaining(*args: P.args, **kwargs: P.kwargs) -> R:
            try:
                return function(*args, **kwargs)
            except TypeError as error:
                problem = explained(args, kwargs, error)
                if problem is None:
                    raise
                raise problem from None

        return explaining

    return decorate


def _argument_message(
    operation: Operation[Any, Any],
    where: str,
    function: Callable[..., Any],
    kwargs: Mapping[str, object],
    error: TypeError,
) -> str:
    accepted = inspect.signature(function).parameters
    unknown = [name for name in kwargs if name not in accepted]
    fields = _body_fields(operation)
    if unknown and fields and all(name in fields or f"{name}_" in fields for name in unknown):
        names = ", ".join(repr(name) for name in unknown)
        example = ", ".join(f"{name!r}: ..." for name in unknown)
        return (
            f"{where}() got body fields as keyword arguments ({names}): pass the request in body=, "
            f"as a model or a dict: body={{{example}}}"
        )
    if unknown:
        hint = " (the request's fields go in body=)" if fields else ""
        return f"{where}() got unexpected keyword arguments: {', '.join(repr(name) for name in unknown)}{hint}"
    if "body" in accepted and "body" not in kwargs and accepted["body"].default is inspect.Parameter.empty:
        return f"{where}() needs the request: pass body= (a model or a dict)"
    return f"{where}(): {error}"


def _function_name(operation: Operation[Any, Any], function: str) -> str:
    """`create_assistant.sync`: the endpoint module (the operationId in snake case) and the function."""
    return f"{re.sub(r'(?<!^)(?=[A-Z])', '_', operation.id).lower()}.{function}"


def _body_fields(operation: Operation[Any, Any]) -> frozenset[str]:
    if operation.request is None:
        return frozenset()
    import attrs  # only here, on the way to a TypeError: importing the package does not need it

    model = operation.request.resolve()
    if not attrs.has(model):
        return frozenset()
    return frozenset(name for field in attrs.fields(model) for name in (field.name, field.alias))


def _type_name(value: object) -> str:
    return "None" if value is None else type(value).__name__
