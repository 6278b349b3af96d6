"""`python -m openai_client_helpers.local_server`: the local Assistants API on its own, until Ctrl-C."""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from openai_client.errors import InvalidOptionError

from ._scripts import expire, fail, incomplete, mcp_call, reply, tool_call
from ._server import LocalRunsServer
from ._state import DEFAULT_PACE

EXAMPLE = """\
example:
  python -m openai_client_helpers.local_server --script run.json --inject 429x2 --pace 0.5

  run.json holds the steps server.script([...]) takes, as JSON (a list of scripts for several runs):
    [{"tool_call": "get_weather", "arguments": {"city": "Paris"}},
     {"reply": "It is sunny in Paris."}]
  a step is {"tool_call": NAME, "arguments": {...}}, a list of those (parallel calls),
  {"reply": TEXT}, {"fail": CODE, "message": TEXT}, {"expire": true} or {"incomplete": REASON};
  with --foundry also {"mcp_call": NAME, "arguments": {...}, "server_label": LABEL} (waits for an approval).

  --inject STATUS[xCOUNT][@operationId], e.g. 429x2 or 503@createRun: the next requests fail.
  Each request is logged on one line: method, path, status, operationId, ms, the key masked.
"""

_FAULT = re.compile(r"(?P<status>\d{3})(?:x(?P<count>\d+))?(?:@(?P<operation>\w+))?")


def script_steps(steps: Any) -> list[object]:
    """The steps of one script given as JSON, as `server.script` takes them."""
    if not isinstance(steps, list):
        raise InvalidOptionError("a script is a JSON list of steps")
    return [_step(step, index) for index, step in enumerate(steps)]


def _step(step: Any, index: int) -> object:
    if isinstance(step, list):
        return [_step(call, index) for call in step]
    if not isinstance(step, dict):
        raise InvalidOptionError(f"step {index} is {step!r}: a step is a JSON object such as {{'reply': 'Hi.'}}")
    if "tool_call" in step:
        return tool_call(step["tool_call"], step.get("arguments"))
    if "mcp_call" in step:
        return mcp_call(step["mcp_call"], step.get("arguments"), server_label=step.get("server_label", "local"))
    if "reply" in step:
        return reply(step["reply"])
    if "fail" in step:
        return fail(step["fail"], step.get("message", "The run failed."))
    if "expire" in step:
        return expire()
    if "incomplete" in step:
        return incomplete(step["incomplete"])
    raise InvalidOptionError(f"step {index} has none of tool_call, mcp_call, reply, fail, expire, incomplete: {step!r}")


def load_scripts(path: Path) -> list[list[object]]:
    """The scripts of a script file: one list of steps, or a list of such lists (one per run; so a
    script whose only step is a list of parallel calls is written inside a list of scripts)."""
    try:
        loaded = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as error:
        raise InvalidOptionError(f"cannot read the script {path}: {error}") from None
    if isinstance(loaded, list) and loaded and all(isinstance(item, list) for item in loaded):
        return [script_steps(item) for item in loaded]  # a list of scripts, one per run
    return [script_steps(loaded)]


def inject_fault(server: LocalRunsServer, spec: str) -> None:
    """Apply one `--inject` value (`429x2`, `503@createRun`) to `server`."""
    match = _FAULT.fullmatch(spec)
    if match is None:
        raise InvalidOptionError(f"--inject takes STATUS[xCOUNT][@operationId] (429x2, 503@createRun), not {spec!r}")
    count = int(match["count"] or 1)
    server.inject(int(match["status"]), count=count, operation=match["operation"], retry_after=0)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m openai_client_helpers.local_server",
        description="Serve a local stand-in for the OpenAI Assistants API (assistants, threads, messages, runs).",
        epilog=EXAMPLE,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1)")
    parser.add_argument("--port", type=int, default=0, help="port to listen on (default 0: a free one)")
    parser.add_argument("--azure", action="store_true", help="serve Azure OpenAI's layout ({endpoint}/openai/...)")
    parser.add_argument(
        "--foundry",
        action="store_true",
        help="serve Foundry Agent Service's layout ({endpoint}/api/projects/<project>/...; bearer tokens)",
    )
    parser.add_argument("--project", default="local-project", help="the Foundry project's name (with --foundry)")
    parser.add_argument("--token", help="accept only this API key (default: any key)")
    parser.add_argument("--script", type=Path, help="a JSON file of steps for the next run(s) (see the example)")
    parser.add_argument("--inject", action="append", default=[], help="a fault: STATUS[xCOUNT][@operationId]")
    parser.add_argument(
        "--pace", type=float, default=DEFAULT_PACE, help=f"seconds a run spends in each state (default {DEFAULT_PACE})"
    )
    parser.add_argument("--quiet", action="store_true", help="do not log each request")
    options = parser.parse_args(argv)
    log = None if options.quiet else (lambda line: print(line, file=sys.stderr, flush=True))
    try:
        server = LocalRunsServer(
            host=options.host,
            port=options.port,
            azure=options.azure,
            foundry=options.foundry,
            foundry_project=options.project,
            token=options.token,
            pace=options.pace,
            log=log,
        )
    except OSError as error:
        print(f"cannot listen on {options.host}:{options.port}: {error.strerror or error}", file=sys.stderr)
        return 1
    except InvalidOptionError as error:
        parser.error(str(error))
    try:
        for steps in load_scripts(options.script) if options.script else []:
            server.script(steps)
        for fault in options.inject:
            inject_fault(server, fault)
    except InvalidOptionError as error:
        server.server_close()
        parser.error(str(error))
    key = options.token or "sk-local"
    print(f"Local Assistants API at {server.base_url}", flush=True)
    if options.azure:
        print(
            f"  AzureOpenAI(azure_endpoint={server.endpoint!r}, api_key={key!r}, api_version='2025-04-01-preview')",
            flush=True,
        )
    elif options.foundry:
        print(
            f"  AuthenticatedClient.for_foundry({server.project_endpoint!r}, token_provider=lambda: {key!r})",
            flush=True,
        )
    else:
        print(f"  OpenAI(base_url={server.base_url!r}, api_key={key!r})", flush=True)
    print("Ctrl-C stops it.", flush=True)
    try:
        server.serve_forever(poll_interval=0.1)
    except KeyboardInterrupt:
        print("stopped", flush=True)
    finally:
        server.server_close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
