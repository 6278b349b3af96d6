"""The whole job, end to end: an assistant with a function tool, a thread with a question,
a run that calls the tool, its answer polled; then the same streamed; then clean-up.

    python examples/demo.py                      # against the embedded LocalRunsServer
    OPENAI_API_KEY=sk-... python examples/demo.py --base-url https://YOUR-GATEWAY/v1

With no --base-url (and no OPENAI_BASE_URL), the demo starts LocalRunsServer on 127.0.0.1
and talks to it over HTTP exactly as it would to a real server; it scripts what the local
model does (call get_weather, then answer), which a real model decides for itself.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import sys
from collections.abc import Iterator
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from openai_client import AuthenticatedClient
from openai_client.api.assistants import create_assistant, delete_assistant
from openai_client.api.messages import create_message
from openai_client.api.threads import create_thread, delete_thread
from openai_client.models import (
    AssistantToolsFunctionParam,
    MessageDeltaContentTextObject,
    RunObject,
    RunRequiredAction,
    ThreadMessageDelta,
    ThreadRunRequiresAction,
)
from openai_client_helpers import LocalRunsServer, create_and_poll, run_text, run_tool_loop, stream_run
from openai_client_helpers.local_server import reply, tool_call

WEATHER_TOOL: AssistantToolsFunctionParam = {
    "type": "function",
    "function": {
        "name": "get_weather",
        "description": "The forecast for a city.",
        "parameters": {"type": "object", "properties": {"city": {"type": "string"}}, "required": ["city"]},
    },
}


def get_weather(city: str) -> dict[str, object]:
    """The demo's tool: a canned forecast."""
    return {"city": city, "forecast": "sunny", "celsius": 21}


def describe(run: RunObject) -> str:
    parts = [f"run {run.id}: {run.status}"]
    if isinstance(run.required_action, RunRequiredAction):
        calls = run.required_action.submit_tool_outputs.tool_calls
        parts.append("asks for " + ", ".join(f"{call.function.name}({call.function.arguments})" for call in calls))
    if run.usage is not None:
        parts.append(f"{run.usage.total_tokens} tokens")
    return "; ".join(parts)


@contextlib.contextmanager
def api(requested: str | None) -> Iterator[tuple[str, LocalRunsServer | None]]:
    if requested:
        yield requested, None
        return
    with LocalRunsServer(stream_delay=0.02) as server:
        print(f"Started the local Assistants API at {server.base_url}")
        yield server.base_url, server


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--base-url", default=os.environ.get("OPENAI_BASE_URL"))
    parser.add_argument("--model", default="gpt-4o")
    parser.add_argument("--interval", type=float, default=0.05, help="seconds between polls when the server sets none")
    arguments = parser.parse_args()

    with (
        api(arguments.base_url) as (base_url, local),
        AuthenticatedClient(base_url=base_url, token=os.environ.get("OPENAI_API_KEY", "sk-local-demo")) as client,
    ):
        assistant = create_assistant.sync(
            client=client,
            body={
                "model": arguments.model,
                "name": "Weather helper",
                "tools": [WEATHER_TOOL],
                "instructions": "Answer weather questions with the get_weather tool.",
            },
        )
        print(f"Created assistant {assistant.id} ({assistant.name}, {assistant.model})")
        thread = create_thread.sync(
            client=client, body={"messages": [{"role": "user", "content": "What is the weather in Paris?"}]}
        )
        print(f"Created thread {thread.id} with the question: What is the weather in Paris?")

        # 1. Polled: run, answer the tool call, read the answer from the thread.
        if local is not None:
            local.script([tool_call("get_weather", {"city": "Paris"}), reply("It is sunny in Paris, 21 °C.")])
        run = create_and_poll(client, thread.id, {"assistant_id": assistant.id}, interval=arguments.interval)
        print(f"Polled: {describe(run)}")
        run = run_tool_loop(
            client,
            run,
            {"get_weather": get_weather},
            interval=arguments.interval,
            on_run=lambda settled: print(f"  {describe(settled)}"),
        )
        print(f"The answer (polled): {run_text(client, run)}")

        # 2. Streamed: the same job, the tool call answered mid-stream, the answer as it is written.
        create_message.sync(thread.id, client=client, body={"role": "user", "content": "And in Oslo?"})
        if local is not None:
            local.script([tool_call("get_weather", {"city": "Oslo"}), reply("Oslo is sunny too, 21 °C.")])
        print("The answer (streamed): ", end="", flush=True)
        with stream_run(
            client, thread.id, {"assistant_id": assistant.id}, tools={"get_weather": get_weather}
        ) as stream:
            for event in stream:
                if isinstance(event, ThreadRunRequiresAction):
                    print("[get_weather answered mid-stream] ", end="", flush=True)
                elif isinstance(event, ThreadMessageDelta):
                    for part in event.data.delta.content or []:
                        if isinstance(part, MessageDeltaContentTextObject) and part.text and part.text.value:
                            print(part.text.value, end="", flush=True)
        print(f"\nStreamed: {describe(stream.get_final_run())}")

        # 3. Clean-up.
        print(f"Deleted thread {delete_thread.sync(thread.id, client=client).id}")
        print(f"Deleted assistant {delete_assistant.sync(assistant.id, client=client).id}")


if __name__ == "__main__":
    main()
