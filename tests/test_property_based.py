"""Round trips for payloads generated from openapi.yaml's own schemas, plus mutations."""

from __future__ import annotations

import copy
from typing import Any

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from hypothesis_jsonschema import from_schema

from openai_client.models import ListRunsResponse, ListRunStepsResponse, RunObject, RunStepObject

from .conftest import SPEC_PATH

_SPEC: dict[str, Any] = yaml.safe_load(SPEC_PATH.read_text(encoding="utf-8"))
_SETTINGS = settings(max_examples=40, deadline=None, suppress_health_check=list(HealthCheck))


def _inline(schema: Any) -> Any:
    """The schema with every `$ref` replaced by its target (the spec has no recursive refs),
    and without `format: unixtime`, an OpenAPI annotation rather than a format to generate."""
    if isinstance(schema, dict):
        if "$ref" in schema:
            return _inline(_SPEC["components"]["schemas"][schema["$ref"].rsplit("/", 1)[1]])
        return {key: _inline(value) for key, value in schema.items() if key not in ("format", "description")}
    if isinstance(schema, list):
        return [_inline(value) for value in schema]
    return schema


def payloads(name: str) -> st.SearchStrategy[Any]:
    return from_schema(_inline(_SPEC["components"]["schemas"][name]))


MODELS: dict[str, Any] = {
    "RunObject": RunObject,
    "RunStepObject": RunStepObject,
    "ListRunsResponse": ListRunsResponse,
    "ListRunStepsResponse": ListRunStepsResponse,
}


@pytest.mark.parametrize("name", sorted(MODELS))
def test_generated_payloads_round_trip(name: str) -> None:
    model = MODELS[name]

    @_SETTINGS
    @given(payloads(name))
    def check(payload: dict[str, Any]) -> None:
        original = copy.deepcopy(payload)
        assert model.from_dict(payload).to_dict() == original
        assert payload == original, "from_dict must not change its input"

    check()


_UNKNOWN_KEYS = st.text(alphabet="abcdefghijklmnopqrstuvwxyz_", min_size=3, max_size=12).map(lambda k: f"x_{k}")
_ANY_JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=8),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner, max_size=3),
    max_leaves=6,
)


@_SETTINGS
@given(payloads("RunObject"), _UNKNOWN_KEYS, _ANY_JSON, st.sampled_from(["status", "last_error", "usage", "tools"]))
def test_unknown_fields_and_values_survive(run: dict[str, Any], key: str, value: Any, where: str) -> None:
    """Add an unknown field at the top and inside a nested object, and an unknown enum value."""
    run[key] = value
    if where == "status":
        run["status"] = f"future_{key}"
    elif where == "last_error":
        run["last_error"] = {"code": f"future_{key}", "message": "m", key: value}
    elif where == "usage":
        run["usage"] = {"prompt_tokens": 1, "completion_tokens": 2, "total_tokens": 3, key: value}
    else:
        run["tools"] = [*run["tools"], {"type": f"future_{key}", key: value}]
    expected = copy.deepcopy(run)
    assert RunObject.from_dict(run).to_dict() == expected
