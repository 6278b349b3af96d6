"""Request bodies and query parameters checked as the API checks them: against the spec.

The generated request models already know every field's type, which fields are required,
which enum values exist and which fields an object may not have; reading a body with
`from_dict(body, strict=True)` and asking the result for `unknown_values()` finds what the
API would refuse; the spec's limits (`api/_limits.py`: lengths, ranges, sizes, patterns,
enums, for bodies and query parameters) the rest. The refusal names the parameter as the
API's 400 answers do (`param`).
"""

from __future__ import annotations

import copy
import enum
from typing import Any

from openai_client._limits import violations
from openai_client.api._limits import PARAMETER_LIMITS, REQUEST_LIMITS
from openai_client.errors import InvalidPayloadError

from ._errors import ApiError
from ._operations import ServedOperation


def check_body(operation: ServedOperation, body: Any) -> dict[str, Any]:
    """A copy of the body of a request to `operation` when the API would accept it, else ApiError(400).

    The state keeps parts of it as they are: the copy is what keeps them apart from the
    request the log records (and from anything the caller of `add_assistant` still holds).
    """
    model = operation.request_model
    if body is None and (model is None or not operation.body_required):
        return {}
    if not isinstance(body, dict):
        raise ApiError(400, "The request body must be a JSON object.", code="invalid_type")
    if model is None:
        return copy.deepcopy(body)
    try:
        parsed = model.from_dict(body, True)
    except InvalidPayloadError as error:
        raise _refusal(error) from None
    for path, value in parsed.unknown_values():
        raise _unsupported(path, value)
    for violation in violations(REQUEST_LIMITS.get(model.__name__, ()), body):
        raise ApiError(400, violation.message, param=violation.path, code=violation.code)
    return copy.deepcopy(body)


def check_query(operation: ServedOperation, query: dict[str, list[str]]) -> None:
    """ApiError(400) for a query parameter outside the spec's limits (`limit=500`, `include[]=nope`)."""
    for name, table in PARAMETER_LIMITS.get(operation.id, {}).items():
        given = query.get(name)
        if not given:
            continue
        is_array = any(path[:1] == ("[]",) for path, _ in table)
        value: Any = [_scalar(item) for item in given] if is_array else _scalar(given[0])
        for violation in violations(table, value, name):
            raise ApiError(400, violation.message, param=name, code=violation.code)


def _scalar(text: str) -> Any:
    """A query value as JSON would carry it: a number when it reads as one, else the text."""
    try:
        return int(text)
    except ValueError:
        return text


def _refusal(error: InvalidPayloadError) -> ApiError:
    path, reason = error.path, error.reason
    if reason == "required field is missing":
        return ApiError(400, f"Missing required parameter: '{path}'.", param=path, code="missing_required_parameter")
    if reason.startswith("not a field of this object"):
        return ApiError(400, f"Unrecognized request argument supplied: {path}", param=path, code="unknown_parameter")
    if reason.startswith("expected"):
        return ApiError(400, f"Invalid type for '{path}': {reason}.", param=path, code="invalid_type")
    return ApiError(400, f"Invalid value for '{path}': {reason}.", param=path, code="invalid_value")


def _unsupported(path: str, value: object) -> ApiError:
    if isinstance(value, enum.Enum):
        known = ", ".join(f"'{member.value}'" for member in type(value))
        return ApiError(
            400,
            f"Invalid value: '{value.value}'. Supported values are: {known}.",
            param=path,
            code="invalid_value",
        )
    kind = getattr(value, "type_", None)
    return ApiError(
        400,
        f"Invalid value: '{kind}'. Not a supported type for '{path}.type'.",
        param=f"{path}.type",
        code="invalid_value",
    )
