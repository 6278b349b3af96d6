"""The retry policy and the attempt loop (openai_client/_retries.py), without a server.

Delays come from `RetryPolicy.delay`; the loop runs over `httpx.MockTransport`, with
`time.sleep` recorded instead of slept. The loopback checks (a real server answering 429,
dropping connections) are in test_faults.py.
"""

from __future__ import annotations

import email.utils
import time
from collections.abc import Callable, Iterator

import httpx
import pytest

from openai_client import RetryPolicy
from openai_client._operation import OPERATION_EXTENSION, Operation
from openai_client._retries import ATTEMPTS_EXTENSION, RETRY_POLICY_EXTENSION, RetryTransport

READ = Operation(id="getThing", method="GET", path="/things/{id}", resend_safe=True)
WRITE = Operation(id="makeThing", method="POST", path="/things", if_interrupted="list them")


def _response(status: int, **headers: str) -> httpx.Response:
    return httpx.Response(status, headers=headers)


@pytest.mark.parametrize(("retries_done", "expected"), [(0, 0.5), (1, 1.0), (2, 2.0), (3, 4.0), (4, 8.0), (9, 8.0)])
def test_backoff_doubles_from_the_initial_delay_up_to_the_cap(
    monkeypatch: pytest.MonkeyPatch, retries_done: int, expected: float
) -> None:
    monkeypatch.setattr("random.random", lambda: 0.0)
    assert RetryPolicy().delay(retries_done, None) == expected


def test_jitter_takes_at_most_a_quarter_off() -> None:
    delays = {RetryPolicy(initial_delay=1.0).delay(0, None) for _ in range(200)}
    assert all(0.75 <= delay <= 1.0 for delay in delays) and len(delays) > 1


@pytest.mark.parametrize(
    ("headers", "expected"),
    [
        ({"retry-after-ms": "250"}, 0.25),
        ({"retry-after": "3"}, 3.0),
        ({"retry-after-ms": "x", "retry-after": "2"}, 2.0),
        ({"retry-after": "0"}, 0.0),
    ],
)
def test_the_server_says_how_long_to_wait(headers: dict[str, str], expected: float) -> None:
    assert RetryPolicy().delay(5, _response(429, **headers)) == expected


def test_an_http_date_retry_after_is_the_seconds_until_then(monkeypatch: pytest.MonkeyPatch) -> None:
    now = 1_800_000_000.0
    monkeypatch.setattr(time, "time", lambda: now)
    when = email.utils.formatdate(now + 30, usegmt=True)
    assert RetryPolicy().delay(0, _response(503, **{"retry-after": when})) == pytest.approx(30.0)


@pytest.mark.parametrize("value", ["soon", "120", "Wed, 21 Oct 2015 07:28:00 GMT"], ids=["garbage", "over-cap", "past"])
def test_a_retry_after_that_is_garbage_too_long_or_past_gives_backoff(
    monkeypatch: pytest.MonkeyPatch, value: str
) -> None:
    monkeypatch.setattr("random.random", lambda: 0.0)
    assert RetryPolicy(max_retry_after=60.0).delay(1, _response(429, **{"retry-after": value})) == 1.0


def _request(operation: Operation[object, object], policy: RetryPolicy | None = None) -> httpx.Request:
    request = httpx.Request(operation.method, "https://api.test/v1/things")
    request.extensions = {OPERATION_EXTENSION: operation}
    if policy is not None:
        request.extensions[RETRY_POLICY_EXTENSION] = policy
    return request


@pytest.mark.parametrize(
    ("status", "read", "write"),
    [
        (408, True, False),
        (409, True, False),
        (429, True, True),
        (500, True, False),
        (503, True, False),
        (400, False, False),
        (401, False, False),
        (404, False, False),
        (422, False, False),
    ],
)
def test_which_statuses_are_retried_for_reads_and_writes(status: int, read: bool, write: bool) -> None:
    policy = RetryPolicy()
    assert policy.retries_response(_request(READ), _response(status)) is read
    assert policy.retries_response(_request(WRITE), _response(status)) is write
    assert RetryPolicy(resend_posts=True).retries_response(_request(WRITE), _response(status)) is read


@pytest.mark.parametrize(("header", "expected"), [("true", True), ("false", False)])
def test_x_should_retry_overrides_the_status(header: str, expected: bool) -> None:
    for status in (400, 503):
        assert (
            RetryPolicy().retries_response(_request(WRITE), _response(status, **{"x-should-retry": header})) is expected
        )


@pytest.mark.parametrize(
    ("error", "write_retried"),
    [(httpx.ConnectError("refused"), True), (httpx.ConnectTimeout("slow"), True), (httpx.ReadTimeout("late"), False)],
    ids=["connect", "connect-timeout", "read-timeout"],
)
def test_a_write_is_resent_only_after_errors_that_mean_it_never_arrived(error: Exception, write_retried: bool) -> None:
    assert RetryPolicy().retries_error(_request(READ), error)
    assert RetryPolicy().retries_error(_request(WRITE), error) is write_retried


# -- the attempt loop, over httpx.MockTransport ------------------------------------------------
@pytest.fixture
def slept(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[float]]:
    delays: list[float] = []
    monkeypatch.setattr(time, "sleep", delays.append)
    yield delays


def _loop(answers: list[httpx.Response | Exception]) -> tuple[httpx.Client, list[httpx.Request]]:
    seen: list[httpx.Request] = []
    queue = list(answers)

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        answer = queue.pop(0)
        if isinstance(answer, Exception):
            raise answer
        return answer

    transport = RetryTransport(httpx.MockTransport(handler), RetryPolicy(max_retries=2))
    return httpx.Client(transport=transport), seen


def _send(
    client: httpx.Client, operation: Operation[object, object], policy: RetryPolicy | None = None
) -> Callable[[], httpx.Response]:
    return lambda: client.send(_request(operation, policy))


def test_the_loop_retries_until_success_waiting_as_the_server_says(slept: list[float]) -> None:
    client, seen = _loop(
        [_response(429, **{"retry-after-ms": "20"}), _response(503, **{"retry-after": "1"}), _response(200)]
    )
    response = _send(client, READ)()
    assert response.status_code == 200 and len(seen) == 3
    assert slept == [0.02, 1.0]
    assert response.request.extensions[ATTEMPTS_EXTENSION] == 3


def test_the_loop_gives_up_after_max_retries_with_the_last_answer(slept: list[float]) -> None:
    client, seen = _loop([_response(500)] * 3)
    assert _send(client, READ)().status_code == 500 and len(seen) == 3 and len(slept) == 2


def test_the_loop_reraises_a_transport_error_it_may_not_retry(slept: list[float]) -> None:
    client, seen = _loop([httpx.ReadTimeout("late")])
    with pytest.raises(httpx.ReadTimeout):
        _send(client, WRITE)()
    assert len(seen) == 1 and slept == []


def test_the_loop_follows_the_policy_the_request_carries(slept: list[float]) -> None:
    client, seen = _loop([_response(500), _response(200)])
    assert _send(client, READ, RetryPolicy(max_retries=0))().status_code == 500
    assert len(seen) == 1 and slept == []
