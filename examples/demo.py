"""The main job end to end: start a run with a function tool, answer its tool call, stream
the answer of a second run (its tool call answered mid-stream), list runs and steps.

    python examples/demo.py                      # against the embedded local Runs server
    OPENAI_API_KEY=sk-... python examples/demo.py --base-url https://api.openai.com/v1 \
        --assistant-id asst_...                  # against the real API

With no --base-url (and no OPENAI_BASE_URL), the demo starts LocalRunsServer on
127.0.0.1 and talks to it over HTTP exactly as it would to the real API.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import sys
from collections.abc import Iterator
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from openai_client import AuthenticatedClient
from openai_client.api.runs import create_thread_and_run
from openai_client.models import (
    AssistantToolsFunction,
    CreateMessageRequest,
    CreateMessageRole,
    CreateRunRequest,
    CreateThreadAndRunRequest,
    CreateThreadRequest,
    FunctionObject,
    FunctionParameters,
    RunObject,
    RunRequiredAction,
    RunStepDetailsMessageCreationObject,
    RunStepDetailsToolCallsFunctionObject,
    RunStepDetailsToolCallsObject,
    RunStepObject,
    ThreadMessageDelta,
    ThreadRunRequiresAction,
)
from openai_client_helpers import (
    LocalRunsServer,
    create_and_poll,
    iter_run_steps,
    iter_runs,
    run_tool_loop,
    stream_run,
)


def get_weather(city: str = "Paris") -> dict[str, object]:
    """The demo's tool: a canned forecast."""
    return {"city": city, "forecast": "sunny", "celsius": 21}


def describe_run(run: RunObject) -> str:
    parts = [f"run {run.id}: {run.status}"]
    if isinstance(run.required_action, RunRequiredAction):
        calls = run.required_action.submit_tool_outputs.tool_calls
        parts.append("asks for " + ", ".join(f"{call.function.name}({call.function.arguments})" for call in calls))
    if run.usage is not None:
        parts.append(f"{run.usage.total_tokens} tokens")
    if run.last_error is not None:
        parts.append(f"error {run.last_error.code}: {run.last_error.message}")
    return "; ".join(parts)


def describe_step(step: RunStepObject) -> str:
    details = step.step_details
    if isinstance(details, RunStepDetailsMessageCreationObject):
        what = f"created message {details.message_creation.message_id}"
    elif isinstance(details, RunStepDetailsToolCallsObject):
        calls = []
        for call in details.tool_calls:
            if isinstance(call, RunStepDetailsToolCallsFunctionObject):
                calls.append(f"{call.function.name} -> {call.function.output}")
            else:
                calls.append(f"{call.type_} call")
        what = "called " + "; ".join(calls)
    else:
        what = f"{details.type_} step"
    return f"step {step.id} [{step.status}] {what}"


@contextlib.contextmanager
def api_base_url(requested: str | None) -> Iterator[str]:
    if requested:
        yield requested
        return
    with LocalRunsServer(stream_delay=0.03) as server:
        print(f"Started the local Runs server at {server.base_url}")
        yield server.base_url


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--base-url", default=os.environ.get("OPENAI_BASE_URL"))
    parser.add_argument("--assistant-id", default=os.environ.get("OPENAI_ASSISTANT_ID", "asst_demo"))
    parser.add_argument("--interval", type=float, default=0.05, help="seconds between polls when the server sets none")
    arguments = parser.parse_args()

    with api_base_url(arguments.base_url) as base_url:
        token = os.environ.get("OPENAI_API_KEY", "sk-local-demo")
        with AuthenticatedClient(base_url=base_url, token=token) as client:
            weather_tool = AssistantToolsFunction(
                function=FunctionObject(
                    name="get_weather",
                    description="Forecast for a city.",
                    parameters=FunctionParameters.from_dict(
                        {"type": "object", "properties": {"city": {"type": "string", "examples": ["Paris"]}}}
                    ),
                ),
            )
            question = CreateMessageRequest(role=CreateMessageRole.USER, content="What is the weather in Paris?")
            body = CreateThreadAndRunRequest(
                assistant_id=arguments.assistant_id,
                thread=CreateThreadRequest(messages=[question]),
                tools=[weather_tool],
            )
            run = create_thread_and_run.sync(client=client, body=body)
            print(f"Created thread {run.thread_id} and {describe_run(run)}")

            run = run_tool_loop(
                client,
                run,
                {"get_weather": get_weather},
                interval=arguments.interval,
                on_run=lambda settled: print("  " + describe_run(settled)),
            )
            print(f"Finished: {describe_run(run)}")

            follow_up = create_and_poll(
                client,
                run.thread_id,
                CreateRunRequest(assistant_id=arguments.assistant_id),
                interval=arguments.interval,
            )
            print(f"A second run on the same thread: {describe_run(follow_up)}")

            print("A third run, streamed; its tool call is answered in the middle of the stream:")
            print("  ", end="")
            streamed_body = CreateRunRequest(assistant_id=arguments.assistant_id, tools=[weather_tool])
            with stream_run(client, run.thread_id, streamed_body, tools={"get_weather": get_weather}) as stream:
                for event in stream:
                    if isinstance(event, ThreadRunRequiresAction):
                        print(f"[{describe_run(event.data)}: answering with get_weather, streaming on]\n  ", end="")
                    elif isinstance(event, ThreadMessageDelta):
                        for part in event.data.delta.content or []:
                            text = getattr(part, "text", None)
                            print(getattr(text, "value", "") or "", end="", flush=True)
                streamed = stream.get_final_run()
            print(f"\nStreamed run finished: {describe_run(streamed)}")

            print(f"Runs of thread {run.thread_id}, fetched one per page:")
            for listed in iter_runs(client, run.thread_id, page_size=1):
                print(f"  {describe_run(listed)}")
            print(f"Steps of {run.id}:")
            for step in iter_run_steps(client, run.thread_id, run.id):
                print(f"  {describe_step(step)}")
            print("As JSON, the run round-trips:", json.dumps(run.to_dict())[:100] + "...")


if __name__ == "__main__":
    main()
