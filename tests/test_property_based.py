"""Round trips for payloads generated from openapi.yaml's own schemas, plus mutations.

Bounded by default (`make test` stays fast); `make test-deep` runs the `deep` profile,
with many more examples each.
"""

from __future__ import annotations

import copy
import functools
import os
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis_jsonschema import from_schema

from openai_client.models import ListRunsResponse, ListRunStepsResponse, RunObject, RunStepObject

from .conftest import load_spec

_SPEC: dict[str, Any] = load_spec()
# No deadline: a loaded CI machine may be slow, which is not a failure of the code under test.
settings.register_profile("default", max_examples=25, deadline=None)
settings.register_profile("deep", parent=settings.get_profile("default"), max_examples=2000)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "default"))
_SETTINGS = settings()


def _inline(schema: Any) -> Any:
    """The schema with every `$ref` replaced by its target (the spec has no recursive refs),
    without `format: unixtime` (an OpenAPI annotation rather than a format to generate), and
    with `oneOf` as `anyOf`: the members differ in their `type` constant, so both mean the
    same, and `anyOf` spares the generator from filtering out payloads matching two members."""
    if isinstance(schema, dict):
        if "$ref" in schema:
            return _inline(_SPEC["components"]["schemas"][schema["$ref"].rsplit("/", 1)[1]])
        return {
            ("anyOf" if key == "oneOf" else key): _inline(value)
            for key, value in schema.items()
            if key not in ("format", "description")
        }
    if isinstance(schema, list):
        return [_inline(value) for value in schema]
    return schema


def _strategy(schema: dict[str, Any]) -> st.SearchStrategy[Any]:
    """Objects and arrays field by field; hypothesis-jsonschema for the rest. Drawing a whole
    object from one schema makes it filter most candidates, which is slow and trips health checks."""
    if schema.get("type") == "object" and "properties" in schema:
        required = set(schema.get("required", []))
        properties = {name: _strategy(value) for name, value in schema["properties"].items()}
        return st.fixed_dictionaries(
            {name: value for name, value in properties.items() if name in required},
            optional={name: value for name, value in properties.items() if name not in required},
        )
    if schema.get("type") == "array" and isinstance(schema.get("items"), dict):
        return st.lists(_strategy(schema["items"]), max_size=3)
    if set(schema) == {"anyOf"}:
        return st.one_of([_strategy(member) for member in schema["anyOf"]])
    return from_schema(schema)


@functools.cache  # building a strategy from a schema is the slow part: once per schema
def payloads(name: str) -> st.SearchStrategy[Any]:
    return _strategy(_inline(_SPEC["components"]["schemas"][name]))


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
        run["status"] = f"zz_future_{key}"
    elif where == "last_error":
        run["last_error"] = {"code": f"zz_future_{key}", "message": "m", key: value}
    elif where == "usage":
        run["usage"] = {"prompt_tokens": 1, "completion_tokens": 2, "total_tokens": 3, key: value}
    else:
        run["tools"] = [*run["tools"], {"type": f"zz_future_{key}", key: value}]
    expected = copy.deepcopy(run)
    assert RunObject.from_dict(run).to_dict() == expected


@pytest.mark.parametrize("name", ["RunObject", "RunStepObject"])
def test_any_subset_of_required_fields_may_be_absent(name: str) -> None:
    """What a server of an older API version sends: any required field may be missing (but `object`, which says
    what kind of body it is)."""
    model = MODELS[name]
    required = [field for field in _SPEC["components"]["schemas"][name]["required"] if field != "object"]

    @_SETTINGS
    @given(payloads(name), st.sets(st.sampled_from(required)))
    def check(payload: dict[str, Any], removed: set[str]) -> None:
        for field in removed:
            del payload[field]
        original = copy.deepcopy(payload)
        parsed = model.from_dict(payload)
        assert {field for field in required if not parsed.is_sent(field)} == removed
        assert parsed.to_dict() == original

    check()
