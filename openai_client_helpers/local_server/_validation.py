"""Request bodies checked as the API checks them: against the spec's models, strictly.

The generated request models already know every field's type, which fields are required,
which enum values exist and which fields an object may not have; reading a body with
`from_dict(body, strict=True)` and asking the result for `unknown_values()` finds what the
API would refuse. The refusal names the parameter as the API's 400 answers do (`param`).
"""

from __future__ import annotations

import copy
import enum
from typing import Any

from openai_client import models
from openai_client.errors import InvalidPayloadError

from ._errors import ApiError

REQUEST_MODELS: dict[str, Any] = {
    "createAssistant": models.CreateAssistantRequest,
    "modifyAssistant": models.ModifyAssistantRequest,
    "createThread": models.CreateThreadRequest,
    "modifyThread": models.ModifyThreadRequest,
    "createMessage": models.CreateMessageRequest,
    "modifyMessage": models.ModifyMessageRequest,
    "createThreadAndRun": models.CreateThreadAndRunRequest,
    "createRun": models.CreateRunRequest,
    "modifyRun": models.ModifyRunRequest,
    "submitToolOutputsToRun": models.SubmitToolOutputsRunRequest,
}
"""The request body each operation takes (the others take none)."""
OPTIONAL_BODIES = frozenset({"createThread", "cancelRun"})


def check_body(operation: str, body: Any) -> dict[str, Any]:
    """A copy of the body of a request to `operation` when the API would accept it, else ApiError(400).

    The state keeps parts of it as they are: the copy is what keeps them apart from the
    request the log records (and from anything the caller of `add_assistant` still holds).
    """
    model = REQUEST_MODELS.get(operation)
    if body is None and (model is None or operation in OPTIONAL_BODIES):
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
    return copy.deepcopy(body)


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
    kind = getattr(value, "type", None)
    return ApiError(
        400,
        f"Invalid value: '{kind}'. Not a supported type for '{path}.type'.",
        param=f"{path}.type",
        code="invalid_value",
    )
