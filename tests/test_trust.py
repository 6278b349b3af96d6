"""Trust under faults: no secret in any message, no run created twice, errors that travel."""

from __future__ import annotations

import copy
import json
import pickle
import socket
import traceback
from typing import Any

import pytest

from openai_client import AuthenticatedClient, RetryPolicy, errors
from openai_client.api.runs import create_run, create_thread_and_run, get_run, list_runs
from openai_client.errors import InvalidPayloadError
from openai_client.models import (
    CreateRunRequest,
    CreateThreadAndRunRequest,
    ErrorResponse,
    RunObject,
)
from openai_client_helpers import ToolCallError, tool_outputs

from .conftest import ASSISTANT_ID, FUNCTION_TOOL, REQUIRED_ACTION, TOKEN, run_payload
from .fault_server import FaultServer, Reply

RUN_BODY = json.dumps(run_payload()).encode()
ERROR_BODY = json.dumps({"error": {"message": "Boom.", "type": "server_error", "param": None, "code": None}}).encode()
NEW_RUN = CreateThreadAndRunRequest(assistant_id="asst_1")


def _formatted(error: BaseException) -> str:
    return "".join(traceback.format_exception(error))


def _closed_port_url() -> str:
    """A loopback URL where nothing listens: connecting is refused."""
    with socket.socket() as unused:
        unused.bind(("127.0.0.1", 0))
        return f"http://127.0.0.1:{unused.getsockname()[1]}/v1"


def _client(server: FaultServer, *, max_retries: int = 2, **options: Any) -> AuthenticatedClient:
    """A client of `server` whose backoff between retries is a millisecond: tests wait for nothing."""
    options.setdefault("retry_policy", RetryPolicy(max_retries=max_retries, initial_delay=0.001))
    return AuthenticatedClient(base_url=server.base_url, token=TOKEN, **options)


# -- 1. token hygiene ----------------------------------------------------------------------
@pytest.mark.parametrize(
    ("token", "says"),
    [
        ("", "empty"),
        ("sk-abc123SECRET\n", "whitespace"),
        (" sk-abc123SECRET", "whitespace"),
        ("sk-abc 123SECRET", "whitespace"),
        ("sk-abc\x00123SECRET", "control"),
        ("sk-abc\u2013123SECRET", "non-ASCII"),
    ],
    ids=["empty", "trailing-newline", "leading-space", "inner-space", "nul", "en-dash"],
)
def test_a_token_that_cannot_be_sent_is_refused_without_echoing_it(token: str, says: str) -> None:
    with pytest.raises(ValueError, match=says) as caught:
        AuthenticatedClient(token=token)
    assert "abc123SECRET" not in _formatted(caught.value)


def test_a_bad_credential_header_never_shows_in_a_traceback() -> None:
    secret = "sk-proxy-SECRET-0123456789"
    with (
        FaultServer(Reply(200, RUN_BODY)) as server,
        _client(server, max_retries=0, headers={"Proxy-Authorization": f"Basic {secret}\n"}) as client,
        pytest.raises(errors.APIConnectionError) as caught,
    ):
        get_run.sync("t", "r", client=client)
    text = _formatted(caught.value)
    assert secret not in text
    assert "GET http://127.0.0.1" in text


@pytest.mark.parametrize(
    "reply",
    [Reply(401, ERROR_BODY), Reply(200, b"not json"), Reply(drop=True), Reply(200, RUN_BODY, delay=0.3)],
    ids=["status", "parse", "dropped", "timeout"],
)
def test_no_error_shows_the_token_in_its_formatted_traceback(reply: Reply) -> None:
    with (
        FaultServer(fallback=reply) as server,
        _client(server, max_retries=1, timeout=0.1) as client,
        pytest.raises(errors.APIError) as caught,
    ):
        get_run.sync("t", "r", client=client)
    assert TOKEN not in _formatted(caught.value)
    assert TOKEN not in repr(caught.value.__dict__)


# -- 2. no request resent that may already have acted -------------------------------------
def test_a_timed_out_create_is_sent_once_and_says_how_to_check() -> None:
    with FaultServer(fallback=Reply(200, RUN_BODY, delay=0.3)) as server, _client(server, max_retries=2) as client:
        with pytest.raises(errors.APITimeoutError) as caught:
            create_thread_and_run.sync(client=client, body=NEW_RUN, timeout=0.1)
        assert len(server.seen) == 1
    message = str(caught.value)
    assert "POST http://127.0.0.1" in message and "/v1/threads/runs" in message
    assert "after 1 attempt." in message and "may have been processed" in message


def test_a_timed_out_create_run_points_at_the_thread_runs() -> None:
    with FaultServer(fallback=Reply(200, RUN_BODY, delay=0.3)) as server, _client(server) as client:
        with pytest.raises(errors.APITimeoutError) as caught:
            create_run.sync("thread_9", client=client, body=CreateRunRequest(assistant_id=ASSISTANT_ID), timeout=0.1)
        assert len(server.seen) == 1
    assert "list them (GET /v1/threads/thread_9/runs) to see whether it was created" in str(caught.value)


def test_a_timed_out_get_is_retried() -> None:
    with FaultServer(fallback=Reply(200, RUN_BODY, delay=0.3)) as server, _client(server, max_retries=2) as client:
        with pytest.raises(errors.APITimeoutError) as caught:
            get_run.sync("t", "r", client=client, timeout=0.1)
        assert len(server.seen) == 3
    assert "after 3 attempts" in str(caught.value) and "may have been processed" not in str(caught.value)


@pytest.mark.parametrize("reply", [Reply(503, ERROR_BODY), Reply(drop=True)], ids=["503", "dropped"])
def test_a_post_that_may_have_acted_is_not_resent(reply: Reply) -> None:
    with FaultServer(fallback=reply) as server, _client(server, max_retries=2) as client:
        with pytest.raises(errors.APIError) as caught:
            create_thread_and_run.sync(client=client, body=NEW_RUN)
        assert len(server.seen) == 1
    assert "may have been processed" in str(caught.value)


def test_a_post_is_resent_when_the_server_says_so() -> None:
    with (
        FaultServer(
            Reply(503, ERROR_BODY, {"x-should-retry": "true", "retry-after-ms": "1"}), Reply(200, RUN_BODY)
        ) as server,
        _client(server, max_retries=2) as client,
    ):
        run = create_thread_and_run.sync(client=client, body=NEW_RUN)
    assert run.id == "run_abc123" and len(server.seen) == 2


def test_a_post_that_never_connected_is_retried() -> None:
    with (
        AuthenticatedClient(
            base_url=_closed_port_url(), token=TOKEN, retry_policy=RetryPolicy(max_retries=2, initial_delay=0.01)
        ) as client,
        pytest.raises(errors.APIConnectionError) as caught,
    ):
        create_thread_and_run.sync(client=client, body=NEW_RUN)
    assert "after 3 attempts" in str(caught.value) and "may have been processed" not in str(caught.value)


def test_resend_posts_opt_in_restores_the_sdk_habit() -> None:
    policy = RetryPolicy(max_retries=2, initial_delay=0.01, resend_posts=True)
    with FaultServer(fallback=Reply(503, ERROR_BODY)) as server, _client(server, retry_policy=policy) as client:
        with pytest.raises(errors.InternalServerError):
            create_thread_and_run.sync(client=client, body=NEW_RUN)
        assert len(server.seen) == 3


# -- 3. errors travel and say where --------------------------------------------------------
def _raised(call: Any) -> BaseException:
    try:
        call()
    except BaseException as error:
        return error
    raise AssertionError("nothing was raised")


def test_every_error_survives_pickle_and_copy_with_its_attributes() -> None:
    with (
        FaultServer(
            Reply(404, ERROR_BODY, {"x-request-id": "req_1"}), Reply(200, b"<html>", {"x-request-id": "req_2"})
        ) as server,
        _client(server, max_retries=0) as client,
    ):
        found: list[BaseException] = [
            _raised(lambda: get_run.sync("t", "r", client=client)),
            _raised(lambda: get_run.sync("t", "r", client=client)),
        ]
    with AuthenticatedClient(base_url=_closed_port_url(), token=TOKEN, max_retries=0) as refused:
        found.append(_raised(lambda: get_run.sync("t", "r", client=refused)))
    found.append(_raised(lambda: RunObject.from_dict({"id": 1, "tools": 2})))
    kinds = [type(error) for error in found]
    assert kinds == [errors.NotFoundError, errors.ResponseParseError, errors.APIConnectionError, InvalidPayloadError]
    for error in found:
        for restored in (pickle.loads(pickle.dumps(error)), copy.copy(error), copy.deepcopy(error)):
            assert type(restored) is type(error) and str(restored) == str(error)
            for name in ("status_code", "request_id", "message", "path", "code", "type", "body", "reason"):
                assert getattr(restored, name, None) == getattr(error, name, None)


@pytest.mark.anyio
async def test_sync_and_async_say_the_same_for_the_same_fault() -> None:
    with FaultServer(fallback=Reply(drop=True)) as server:
        async with _client(server, max_retries=1) as client:
            sync_error = _raised(lambda: create_thread_and_run.sync(client=client, body=NEW_RUN))
            try:
                await create_thread_and_run.asyncio(client=client, body=NEW_RUN)
            except errors.APIConnectionError as error:
                async_error: BaseException = error
    assert type(sync_error) is type(async_error)
    assert str(sync_error) == str(async_error)


# -- 4. _detailed reads every OpenAI-shaped error body -----------------------------------
@pytest.mark.parametrize("status", [400, 401, 404, 409, 429, 500, 503])
def test_detailed_reads_any_error_status_into_error_response(status: int) -> None:
    with (
        FaultServer(fallback=Reply(status, ERROR_BODY, {"x-should-retry": "false"})) as server,
        _client(server) as client,
    ):
        response = list_runs.sync_detailed("t", client=client)
    assert response.status_code == status
    assert response.parsed is None
    assert isinstance(response.error, ErrorResponse) and response.error.error.message == "Boom."


@pytest.mark.parametrize("body", [b"<html>502</html>", b'{"detail": "no"}', b""])
def test_detailed_gives_none_for_a_body_that_is_not_an_api_error(body: bytes) -> None:
    with FaultServer(fallback=Reply(502, body, {"x-should-retry": "false"})) as server, _client(server) as client:
        response = get_run.sync_detailed("t", "r", client=client)
    assert response.status_code == 502 and response.parsed is None and response.error is None


# -- 7. helpers keep their word -----------------------------------------------------------
def test_a_tool_result_that_cannot_be_json_raises_naming_the_function() -> None:
    run = RunObject.from_dict(
        run_payload(status="requires_action", tools=[FUNCTION_TOOL], required_action=REQUIRED_ACTION)
    )
    functions = {"get_weather": lambda city: {city, "sunny"}}
    with pytest.raises(ToolCallError, match="get_weather returned a set") as caught:
        tool_outputs(run, functions)
    assert caught.value.function_name == "get_weather" and caught.value.call_id == "call_1"
    reported = tool_outputs(run, functions, on_error="report")
    assert isinstance(reported[0].output, str) and reported[0].output.startswith("error: get_weather returned a set")
