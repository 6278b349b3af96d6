"""Generated models behave as SDK users expect: plain JSON out, wire names, mappings and pages as containers.

This module is also a type-checking program (`make typecheck`): both spellings of `type` and
`object` are read where mypy --strict sees them.
"""

from __future__ import annotations

import copy
import inspect
import json
import warnings
from typing import Any, cast

import pytest
import yaml

import openai_client.models as models
from openai_client._model import FreeForm, Model, Page
from openai_client.models import (
    AssistantToolsFunction,
    FunctionObject,
    FunctionParameters,
    ListRunsResponse,
    Metadata,
    RunObject,
    RunStatus,
)

from .conftest import REQUIRED_ACTION, run_payload
from .payloads import runs_in_every_status

GENERATED = [
    cls for _, cls in inspect.getmembers(models, inspect.isclass) if issubclass(cls, Model) and "__table__" in vars(cls)
]
JSON_TYPES = (dict, list, str, int, float, bool, type(None))


def plain(value: Any) -> bool:
    """Whether `value` is made of plain JSON types only, at every depth (as json.loads gives)."""
    if type(value) is dict:
        return all(type(key) is str and plain(item) for key, item in value.items())
    if type(value) is list:
        return all(plain(item) for item in value)
    return type(value) in JSON_TYPES


@pytest.mark.parametrize("payload", runs_in_every_status(), ids=lambda p: str(p["status"]))
def test_to_dict_is_plain_json_equal_to_what_was_read(payload: dict[str, Any]) -> None:
    run = RunObject.from_dict(copy.deepcopy(payload))
    written = run.to_dict()
    assert written == payload and plain(written)
    assert type(written["status"]) is str and yaml.safe_load(yaml.safe_dump(written)) == payload


def test_to_json_is_compact_json_of_to_dict() -> None:
    run = RunObject.from_dict(run_payload(instructions="Réponds en français"))
    assert run.to_json() == json.dumps(run.to_dict(), separators=(",", ":"), ensure_ascii=False)
    assert RunObject.from_json(run.to_json()) == run


def test_a_nullable_field_the_server_left_out_reads_none_as_in_the_sdk() -> None:
    payload = run_payload()
    del payload["required_action"], payload["last_error"], payload["expires_at"]
    run = RunObject.from_dict(payload)
    assert run.required_action is None and run.last_error is None and run.expires_at is None
    assert not run.is_sent("required_action") and run.to_dict() == payload
    if run.required_action:  # what SDK users write
        pytest.fail("None is falsy")


def test_free_form_objects_are_mappings_equal_to_their_dict() -> None:
    run = RunObject.from_dict(run_payload(metadata={"m": "1", "n": "2"}))
    assert run.metadata == {"m": "1", "n": "2"} and dict(run.metadata or {}) == {"m": "1", "n": "2"}
    assert run.metadata is not None and run.metadata.get("m") == "1" and run.metadata.get("zz", "d") == "d"
    assert list(run.metadata.items()) == [("m", "1"), ("n", "2")] and len(run.metadata) == 2
    parameters = FunctionParameters({"type": "object", "properties": {}})
    assert parameters == {"type": "object", "properties": {}} and "properties" in parameters
    assert Metadata(m="1") != Metadata(m="2") and Metadata(m="1") == Metadata({"m": "1"})
    assert all(issubclass(cls, FreeForm) for cls in (Metadata, FunctionParameters))


def test_pages_iterate_over_their_data_and_have_a_length() -> None:
    runs = runs_in_every_status()[:3]
    page = ListRunsResponse.from_dict(
        {"object": "list", "data": copy.deepcopy(runs), "first_id": "a", "last_id": "b", "has_more": False}
    )
    assert [run.id for run in page] == [run["id"] for run in runs] and len(page) == 3
    pages = [cls for cls in GENERATED if cls.__name__.startswith("List") and cls.__name__.endswith("Response")]
    assert pages and all(issubclass(cls, Page) for cls in pages)


@pytest.mark.parametrize("cls", [cls for cls in GENERATED if not issubclass(cls, (Page, FreeForm))])
def test_no_other_model_is_iterable(cls: type[Model]) -> None:
    with pytest.raises(TypeError, match="not iterable"):
        iter(cast(Any, object.__new__(cls)))


def test_attributes_are_the_wire_names_and_the_old_ones_warn_once() -> None:
    tool = AssistantToolsFunction(function=FunctionObject(name="f"))
    run = RunObject.from_dict(run_payload(status="requires_action", required_action=REQUIRED_ACTION))
    assert tool.type == "function" and run.object == "thread.run" and run.status is RunStatus.REQUIRES_ACTION
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        first: str = tool.type_
        again: str = tool.type_
        kind: str = run.object_
    assert first == again == "function" and kind == "thread.run"
    assert [str(w.message) for w in caught if w.category is DeprecationWarning] == [
        "AssistantToolsFunction.type_ is deprecated: use .type, as the API and the SDK name it",
        "RunObject.object_ is deprecated: use .object, as the API and the SDK name it",
    ]
