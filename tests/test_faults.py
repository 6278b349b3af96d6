"""Every failure a real server can produce becomes the right typed error; retries and timeouts hold."""

from __future__ import annotations

import copy
import json
import logging
import pickle
from typing import Any

import httpx
import pytest

from openai_client import AuthenticatedClient, RetryPolicy, errors
from openai_client.api.runs import create_thread_and_run, get_run, list_runs
from openai_client.models import CreateThreadAndRunRequest, RunObject

from .conftest import ASSISTANT_ID, TOKEN, run_payload
from .fault_server import FaultServer, Reply

RUN_BODY = json.dumps(run_payload()).encode()
OK = Reply(200, RUN_BODY, {"x-request-id": "req_ok"})


def _error_body(message: str = "Something is wrong.", code: str | None = "bad_thing") -> bytes:
    return json.dumps(
        {"error": {"message": message, "type": "invalid_request_error", "param": "run_id", "code": code}}
    ).encode()


def _client(server: FaultServer, *, max_retries: int = 0, **options: Any) -> AuthenticatedClient:
    """A client of `server` whose backoff between retries is a millisecond: tests wait for nothing."""
    policy = RetryPolicy(max_retries=max_retries, initial_delay=0.001)
    return AuthenticatedClient(base_url=server.base_url, token=TOKEN, retry_policy=policy, **options)


async def _call(client: AuthenticatedClient, use_async: bool) -> RunObject:
    """One call, sync or async, on a client it closes afterwards."""
    if use_async:
        async with client:
            return await get_run.asyncio("thread_1", "run_1", client=client)
    with client:
        return get_run.sync("thread_1", "run_1", client=client)


STATUS_ERRORS = [
    (400, errors.BadRequestError),
    (401, errors.AuthenticationError),
    (403, errors.PermissionDeniedError),
    (404, errors.NotFoundError),
    (409, errors.ConflictError),
    (418, errors.APIStatusError),
    (422, errors.UnprocessableEntityError),
    (429, errors.RateLimitError),
    (500, errors.InternalServerError),
    (503, errors.InternalServerError),
]


@pytest.mark.anyio
@pytest.mark.parametrize("use_async", [False, True], ids=["sync", "async"])
@pytest.mark.parametrize(("status", "error_class"), STATUS_ERRORS, ids=[str(s) for s, _ in STATUS_ERRORS])
async def test_status_with_openai_error_body(
    status: int, error_class: type[errors.APIStatusError], use_async: bool
) -> None:
    with (
        FaultServer(Reply(status, _error_body(), {"x-request-id": "req_123"})) as server,
        pytest.raises(error_class) as caught,
    ):
        await _call(_client(server), use_async)
    error: errors.APIStatusError = caught.value
    assert type(error) is error_class
    assert (error.status_code, error.request_id, error.body) == (status, "req_123", json.loads(_error_body()))
    assert error.response.content == _error_body()
    assert (error.message, error.type, error.param, error.code) == (
        "Something is wrong.",
        "invalid_request_error",
        "run_id",
        "bad_thing",
    )
    assert str(error).startswith(f"{status} ") and "Something is wrong." in str(error) and "\n" not in str(error)


@pytest.mark.anyio
@pytest.mark.parametrize("use_async", [False, True], ids=["sync", "async"])
@pytest.mark.parametrize(
    ("reply", "expected"),
    [
        (Reply(404, b""), "empty body"),
        (Reply(502, b"<html><body><h1>502 Bad Gateway</h1></body></html>", {"content-type": "text/html"}), "HTML page"),
        (Reply(400, b'{"error": "flat string"}'), '{"error": "flat string"}'),
        (Reply(500, b'{"error": {"message": "trunc'), '{"error": {"message": "trunc'),
    ],
    ids=["empty", "html", "odd-json", "truncated-json"],
)
async def test_status_without_openai_error_body(reply: Reply, expected: str, use_async: bool) -> None:
    with FaultServer(reply) as server, pytest.raises(errors.APIStatusError) as caught:
        await _call(_client(server), use_async)
    assert caught.value.status_code == reply.status
    assert caught.value.error is None and caught.value.code is None
    assert expected in str(caught.value)
    assert caught.value.response.content == reply.body


@pytest.mark.parametrize(
    ("content", "body"),
    [(b"", ""), (b"<html>502</html>", "<html>502</html>"), (b'{"error": "flat"}', {"error": "flat"})],
    ids=["empty", "text", "json"],
)
def test_a_status_error_body_is_the_json_when_it_parses_else_the_text(content: bytes, body: object) -> None:
    with (
        FaultServer(Reply(400, content)) as server,
        _client(server) as client,
        pytest.raises(errors.APIStatusError) as caught,
    ):
        get_run.sync("t", "r", client=client)
    assert caught.value.body == body


@pytest.mark.anyio
@pytest.mark.parametrize("use_async", [False, True], ids=["sync", "async"])
@pytest.mark.parametrize(
    ("body", "expected_path"),
    [
        (b"", ""),
        (b'{"id": "run_1", "obj', ""),
        (b"<html>oops</html>", ""),
        (b"[1, 2, 3]", ""),
        (json.dumps({**run_payload(), "status": None}).encode(), "status"),
        (json.dumps({**run_payload(), "tools": "code_interpreter"}).encode(), "tools"),
    ],
    ids=["empty", "truncated", "html", "array", "null-status", "not-an-array"],
)
async def test_bad_success_bodies_raise_response_parse_error(body: bytes, expected_path: str, use_async: bool) -> None:
    with (
        FaultServer(Reply(200, body, {"x-request-id": "req_9"})) as server,
        pytest.raises(errors.ResponseParseError) as caught,
    ):
        await _call(_client(server), use_async)
    assert (caught.value.status_code, caught.value.body, caught.value.request_id) == (200, body, "req_9")
    assert caught.value.path == expected_path
    assert "\n" not in str(caught.value)


def test_detailed_variant_gives_the_whole_response() -> None:
    with (
        FaultServer(Reply(429, _error_body("Slow down."), {"retry-after": "0"}), Reply(418, b"teapot")) as server,
        _client(server) as client,
    ):
        limited = get_run.sync_detailed("t", "r", client=client)
        teapot = get_run.sync_detailed("t", "r", client=client)
    assert limited.status_code == 429 and limited.parsed is None
    assert limited.error is not None and limited.error.error.message == "Slow down."
    assert (teapot.status_code, teapot.parsed, teapot.error, teapot.content) == (418, None, None, b"teapot")
    with pytest.raises(errors.RateLimitError, match="Slow down"):
        limited.parse()


@pytest.mark.anyio
@pytest.mark.parametrize("use_async", [False, True], ids=["sync", "async"])
async def test_429_with_retry_after_then_success(use_async: bool) -> None:
    with FaultServer(
        Reply(429, _error_body(), {"retry-after": "0.05"}),
        Reply(503, b"", {"retry-after-ms": "10"}),
        OK,
    ) as server:
        run = await _call(_client(server, max_retries=2), use_async)
    assert run.id == "run_abc123"
    assert len(server.seen) == 3


def test_post_is_retried_with_the_same_body_when_the_server_asks() -> None:
    with FaultServer(Reply(429, b"", {"retry-after-ms": "1"}), OK) as server, _client(server, max_retries=1) as client:
        create_thread_and_run.sync(client=client, body=CreateThreadAndRunRequest(assistant_id=ASSISTANT_ID))
    assert len(server.seen) == 2


@pytest.mark.anyio
@pytest.mark.parametrize("use_async", [False, True], ids=["sync", "async"])
async def test_dropped_connection_is_a_connection_error_and_is_retried(use_async: bool) -> None:
    with FaultServer(Reply(drop=True), OK) as server:
        assert (await _call(_client(server, max_retries=1), use_async)).id == "run_abc123"
    with FaultServer(fallback=Reply(drop=True)) as server, pytest.raises(errors.APIConnectionError) as caught:
        await _call(_client(server, max_retries=0), use_async)
    assert not isinstance(caught.value, errors.APITimeoutError)


@pytest.mark.anyio
@pytest.mark.parametrize("use_async", [False, True], ids=["sync", "async"])
async def test_slow_server_times_out(use_async: bool) -> None:
    with FaultServer(fallback=Reply(200, RUN_BODY, delay=0.3)) as server, pytest.raises(errors.APITimeoutError):
        await _call(_client(server, timeout=0.05), use_async)


def test_timeout_per_call_overrides_the_client() -> None:
    with (
        FaultServer(Reply(200, RUN_BODY, delay=0.3), Reply(200, RUN_BODY, delay=0.3)) as server,
        _client(server, timeout=5.0) as client,
    ):
        with pytest.raises(errors.APITimeoutError):
            get_run.sync("t", "r", client=client, timeout=0.1)
        assert get_run.sync("t", "r", client=client).id == "run_abc123"


def test_refused_connection_is_a_connection_error() -> None:
    with FaultServer() as server:
        base_url = server.base_url
    with (
        AuthenticatedClient(base_url=base_url, token=TOKEN, max_retries=0) as client,
        pytest.raises(errors.APIConnectionError),
    ):
        get_run.sync("t", "r", client=client)


def test_default_timeout_and_retries_are_finite() -> None:
    with AuthenticatedClient(token=TOKEN) as client:
        request = client.build_request(client.get_httpx_client(), {"method": "GET", "url": "/threads/t/runs/r"})
    assert request.extensions["timeout"] == {"connect": 5.0, "read": 60.0, "write": 60.0, "pool": 60.0}
    assert client.retry_policy.max_retries == 2


def test_token_never_shows(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    with (
        FaultServer(Reply(401, _error_body("Incorrect API key provided.")), Reply(500, b""), OK) as server,
        _client(server, max_retries=1, headers={"Authorization": f"Bearer {TOKEN}"}) as client,
        client.with_headers({"X-Extra": "1"}) as extra,
    ):
        texts = [repr(client), str(client)]
        with pytest.raises(errors.AuthenticationError) as caught:
            get_run.sync("t", "r", client=client)
        texts += [str(caught.value), repr(caught.value), repr(caught.value.__dict__)]
        get_run.sync("t", "r", client=client)
        texts += [repr(copy.copy(client)), repr(copy.deepcopy(client)), repr(pickle.loads(pickle.dumps(client)))]
        texts += [repr(extra), repr(client.get_httpx_client())]
    texts += [record.getMessage() for record in caplog.records] + [caplog.text]
    assert any("Retrying" in text for text in texts), "the retry must have been logged"
    for text in texts:
        assert TOKEN not in text
    assert server.seen[0][2]["authorization"] == f"Bearer {TOKEN}"


def test_pickled_client_works() -> None:
    with FaultServer(OK, OK) as server, _client(server) as client:
        get_run.sync("t", "r", client=client)
        with pickle.loads(pickle.dumps(client)) as restored:
            assert get_run.sync("t", "r", client=restored).id == "run_abc123"
    assert server.seen[1][2]["authorization"] == f"Bearer {TOKEN}"


def test_custom_transport_still_gets_retries() -> None:
    with (
        FaultServer(Reply(503, b"", {"retry-after-ms": "1"}), OK) as server,
        _client(server, max_retries=1, httpx_args={"transport": httpx.HTTPTransport(retries=0)}) as client,
    ):
        assert get_run.sync("t", "r", client=client).id == "run_abc123"
    assert len(server.seen) == 2


def test_list_errors_are_typed_too() -> None:
    with (
        FaultServer(Reply(404, _error_body("No thread found."))) as server,
        _client(server) as client,
        pytest.raises(errors.NotFoundError),
    ):
        list_runs.sync("missing", client=client)


def test_a_body_with_a_byte_order_mark_is_read() -> None:
    with FaultServer(Reply(200, b"\xef\xbb\xbf" + RUN_BODY)) as server, _client(server) as client:
        assert get_run.sync("t", "r", client=client).id == "run_abc123"
