"""The runtime's one call path (openai_client/_request.py, _response.py, _call.py), unit by unit.

Driven by rows of the operations table, over `httpx.MockTransport` (and respx, as users mock
httpx): no server. Rows are made here too, for shapes this spec does not have (an answer
without a schema, an error schema of its own), since the runtime reads any row the same way.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from typing import Any

import httpx
import pytest
import respx

from openai_client import AuthenticatedClient, RetryPolicy, errors
from openai_client._call import acall, acall_detailed, call, call_detailed
from openai_client._operation import ModelRef, Operation, Parameter
from openai_client._request import PreparedRequest, prepare
from openai_client.api._operations import OPERATIONS
from openai_client.api.assistants import create_assistant
from openai_client.api.runs import create_thread_and_run, get_run
from openai_client.models import RunObject
from openai_client.types import UNSET

from .conftest import ASSISTANT_ID, TOKEN, run_payload

RUN = json.dumps(run_payload()).encode()
BASE = "https://api.test/v1"
DONE = b"event: done\ndata: [DONE]\n\n"


def _events(*names: str) -> bytes:
    run = json.dumps(run_payload())
    return b"".join(f"event: {name}\ndata: {run}\n\n".encode() for name in names) + DONE


def _client(handler: Callable[[httpx.Request], httpx.Response]) -> AuthenticatedClient:
    return AuthenticatedClient(
        base_url=BASE,
        token=TOKEN,
        retry_policy=RetryPolicy(max_retries=0),
        httpx_args={"transport": httpx.MockTransport(handler)},
    )


def _answer(status: int, content: bytes, content_type: str = "application/json") -> Callable[..., httpx.Response]:
    return lambda request: httpx.Response(status, content=content, headers={"content-type": content_type})


class Problem:
    """An error schema that is not the API's `ErrorResponse`: `{"detail": ...}`."""

    def __init__(self, detail: str) -> None:
        self.detail = detail

    @classmethod
    def from_dict(cls, data: Mapping[str, Any], strict: bool = False) -> Problem:
        if not isinstance(data.get("detail"), str):
            raise errors.InvalidPayloadError("expected a string", "detail")
        return cls(data["detail"])


POKE: Operation[httpx.Response, Problem] = Operation(
    id="pokeThing",
    method="POST",
    path="/things/{thing_id}/poke",
    parameters=(Parameter("thing_id", "thing_id", "path", required=True), Parameter("n", "n", "query", "integer")),
    error=ModelRef("tests.test_call_path", "Problem", None, requires=("detail",)),
    if_interrupted="retrieve it (GET {path}) to see whether the change was made",
)
"""A row of a shape this spec lacks: a 2xx answer without a schema, an error schema of its own."""


def _poke(client: AuthenticatedClient, **options: Any) -> httpx.Response:
    return call(POKE, client, ("thing 1", options.pop("n", UNSET)), UNSET, UNSET, None, None, None)


# -- prepare: arguments in, one typed request out -------------------------------------------
def test_prepare_encodes_path_and_query_from_the_row() -> None:
    prepared = prepare(POKE, ("a/b", 3), UNSET, 5.0, {"X-Trace": "1"}, {"extra": "q"}, None)
    assert isinstance(prepared, PreparedRequest)
    assert (prepared.method, prepared.url, prepared.params) == ("POST", "/things/a%2Fb/poke", {"n": 3, "extra": "q"})
    assert (prepared.json, prepared.headers, prepared.timeout, prepared.operation) == (
        None,
        {"X-Trace": "1"},
        5.0,
        POKE,
    )


def test_prepare_leaves_unset_query_parameters_out_and_checks_their_type() -> None:
    assert prepare(POKE, ("t", UNSET), UNSET, UNSET, None, None, None).params is None
    with pytest.raises(errors.InvalidRequestError, match="n: expected an integer, got str"):
        prepare(POKE, ("t", "3"), UNSET, UNSET, None, None, None)


def test_prepare_streaming_asks_for_events_and_the_plain_call_refuses_stream_true() -> None:
    operation = OPERATIONS["createThreadAndRun"]
    streamed = prepare(operation, (), {"assistant_id": ASSISTANT_ID}, UNSET, None, None, None, streaming=True)
    assert streamed.json == {"assistant_id": ASSISTANT_ID, "stream": True}
    assert streamed.headers == {"Accept": "text/event-stream"}
    with pytest.raises(errors.InvalidRequestError, match=r"body\.stream"):
        prepare(operation, (), {"assistant_id": ASSISTANT_ID, "stream": True}, UNSET, None, None, None)


def test_body_fields_passed_as_keywords_are_refused_naming_body() -> None:
    client = _client(_answer(200, RUN))  # never sends: every call here fails before it
    with pytest.raises(TypeError, match=r"create_assistant\.sync\(\) got body fields .*'model'.*body=") as caught:
        create_assistant.sync(client=client, model="gpt-4o")  # type: ignore[call-arg]
    assert "body={'model': ...}" in str(caught.value)
    with pytest.raises(TypeError, match="unexpected keyword arguments: 'tiemout'"):
        create_assistant.sync(client=client, body={"model": "gpt-4o"}, tiemout=5)  # type: ignore[call-arg]
    with pytest.raises(TypeError, match=r"create_assistant\.asyncio\(\) needs the request: pass body="):
        create_assistant.asyncio(client=client).send(None)  # type: ignore[call-arg]
    with pytest.raises(TypeError, match=r"create_assistant\.sync_detailed\(\) needs the request: pass body="):
        create_assistant.sync_detailed(client=client)  # type: ignore[call-arg]


def test_a_type_error_from_inside_a_call_is_not_explained_as_an_argument_slip() -> None:
    def fail(request: httpx.Request) -> httpx.Response:
        raise TypeError("a bug deep inside the transport")

    with _client(fail) as client, pytest.raises(TypeError) as caught:
        create_assistant.sync(client=client, body={"model": "gpt-4o"})
    assert str(caught.value) == "a bug deep inside the transport"


def test_decorated_endpoint_functions_keep_their_signature_and_kind() -> None:
    import inspect

    assert inspect.iscoroutinefunction(create_assistant.asyncio)
    assert not inspect.iscoroutinefunction(create_assistant.sync)
    assert "body" in inspect.signature(create_assistant.sync).parameters
    assert inspect.signature(create_assistant.sync).parameters["body"].default is inspect.Parameter.empty


# -- reading: the answer decoded once, the error made in one place ------------------------------
def test_an_answer_without_a_schema_is_the_raw_response() -> None:
    with _client(_answer(204, b"")) as client:
        response = _poke(client)
        detailed = call_detailed(POKE, client, ("t", UNSET), UNSET, UNSET, None, None, None)
    assert isinstance(response, httpx.Response) and response.status_code == 204
    assert detailed.parse() is detailed.parsed and detailed.error is None


def test_any_error_schema_is_read_as_its_model() -> None:
    with _client(_answer(409, b'{"detail": "busy"}')) as client:
        detailed = call_detailed(POKE, client, ("t", UNSET), UNSET, UNSET, None, None, None)
        with pytest.raises(errors.ConflictError):
            _poke(client)
    assert isinstance(detailed.error, Problem) and detailed.error.detail == "busy"
    with pytest.raises(errors.ConflictError) as caught:
        detailed.parse()
    assert caught.value.body == {"detail": "busy"}


@pytest.mark.parametrize("body", [b'{"other": 1}', b'{"detail": 5}', b"<html>", b"[1]"])
def test_an_error_body_that_is_not_the_error_schema_gives_no_error_model(body: bytes) -> None:
    with _client(_answer(500, body)) as client:
        detailed = call_detailed(POKE, client, ("t", UNSET), UNSET, UNSET, None, None, None)
    assert detailed.error is None and detailed.status_code == 500 and detailed.content == body


def test_a_response_body_is_decoded_once(monkeypatch: pytest.MonkeyPatch) -> None:
    from openai_client import _json

    decoded: list[bytes] = []
    loads = _json.loads

    def counting(raw: bytes) -> Any:
        decoded.append(raw)
        return loads(raw)

    monkeypatch.setattr(_json, "loads", counting)
    error = b'{"error": {"message": "gone", "type": "invalid_request_error", "param": null, "code": null}}'
    with _client(_answer(404, error)) as client:
        detailed = get_run.sync_detailed("t", "r", client=client)
        with pytest.raises(errors.NotFoundError, match="gone"):
            detailed.parse()
    assert decoded == [error] and detailed.error is not None


@pytest.mark.anyio
async def test_the_async_call_path_reads_as_the_sync_one() -> None:
    async with _client(_answer(200, RUN)) as client:
        run = await acall(OPERATIONS["getRun"], client, ("t", "r"), UNSET, UNSET, None, None, None)
        detailed = await acall_detailed(OPERATIONS["getRun"], client, ("t", "r"), UNSET, UNSET, None, None, None)
    assert isinstance(run, RunObject) and detailed.parse() == run


# -- streams over in-memory bodies --------------------------------------------------------
def test_a_stream_over_mock_transport_bytes_is_read_inside_its_block() -> None:
    with _client(_answer(200, _events("thread.run.created", "thread.run.completed"), "text/event-stream")) as client:
        with create_thread_and_run.stream(client=client, body={"assistant_id": ASSISTANT_ID}) as events:
            names = [event.event for event in events]
        with create_thread_and_run.stream(client=client, body={"assistant_id": ASSISTANT_ID}) as unread:
            pass
        with pytest.raises(errors.StreamConsumedError, match="closed when its `with` block ended"):
            list(unread)
    assert names == ["thread.run.created", "thread.run.completed"]


@pytest.mark.anyio
async def test_an_async_stream_over_mock_transport_bytes_is_read_inside_its_block() -> None:
    async with _client(_answer(200, _events("thread.run.created"), "text/event-stream")) as client:
        async with create_thread_and_run.astream(client=client, body={"assistant_id": ASSISTANT_ID}) as events:
            names = [event.event async for event in events]
        async with create_thread_and_run.astream(client=client, body={"assistant_id": ASSISTANT_ID}) as unread:
            pass
        with pytest.raises(errors.StreamConsumedError, match="closed when its `with` block ended"):
            [event async for event in unread]
    assert names == ["thread.run.created"]


@respx.mock(base_url=BASE, assert_all_called=True)
def test_a_stream_mocked_with_respx(respx_mock: respx.MockRouter) -> None:
    route = respx_mock.post("/threads/runs").respond(
        200, content=_events("thread.run.created", "thread.run.completed"), content_type="text/event-stream"
    )
    with AuthenticatedClient(base_url=BASE, token=TOKEN, max_retries=0) as client:
        with create_thread_and_run.stream(client=client, body={"assistant_id": ASSISTANT_ID}) as events:
            runs = [event.data for event in events]
        assert all(isinstance(run, RunObject) for run in runs) and len(runs) == 2
    assert json.loads(route.calls.last.request.content) == {"assistant_id": ASSISTANT_ID, "stream": True}


@respx.mock(base_url=BASE)
def test_a_call_mocked_with_respx(respx_mock: respx.MockRouter) -> None:
    respx_mock.get("/threads/t/runs/r").respond(200, content=RUN)
    with AuthenticatedClient(base_url=BASE, token=TOKEN, max_retries=0) as client:
        assert get_run.sync("t", "r", client=client).id == run_payload()["id"]


def test_a_row_survives_pickle_and_copy_equal_to_itself() -> None:
    import copy
    import pickle

    for row in OPERATIONS.values():
        assert pickle.loads(pickle.dumps(row)) == row == copy.deepcopy(row)
        assert hash(pickle.loads(pickle.dumps(row))) == hash(row)


FILTERED = Operation(
    id="listThings",
    method="GET",
    path="/things",
    parameters=(Parameter("metadata", "metadata", "query", "object"),),
)
"""A row with an object query parameter (upstream's `metadata` filter, style deepObject)."""


def test_an_object_query_parameter_is_sent_a_field_a_pair_and_null_is_not_sent() -> None:
    prepared = prepare(FILTERED, ({"team": "a", "n": 2},), UNSET, UNSET, None, None, None)
    assert prepared.params == {"metadata[team]": "a", "metadata[n]": 2}
    assert prepare(FILTERED, (None,), UNSET, UNSET, None, None, None).params is None
    with pytest.raises(errors.InvalidRequestError, match="expected a mapping, got str") as not_a_mapping:
        prepare(FILTERED, ("team=a",), UNSET, UNSET, None, None, None)
    with pytest.raises(errors.InvalidRequestError, match="got list") as nested:
        prepare(FILTERED, ({"team": ["a"]},), UNSET, UNSET, None, None, None)
    assert (not_a_mapping.value.path, nested.value.path) == ("metadata", "metadata['team']")
