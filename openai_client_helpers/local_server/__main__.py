"""`python -m openai_client_helpers.local_server`: the local Assistants API on its own, until Ctrl-C."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from ._server import LocalRunsServer


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m openai_client_helpers.local_server",
        description="Serve a local stand-in for the OpenAI Assistants API (assistants, threads, messages, runs).",
    )
    parser.add_argument("--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1)")
    parser.add_argument("--port", type=int, default=0, help="port to listen on (default 0: a free one)")
    parser.add_argument("--azure", action="store_true", help="serve Azure OpenAI's layout ({endpoint}/openai/...)")
    parser.add_argument("--token", help="accept only this API key (default: any key)")
    options = parser.parse_args(argv)
    try:
        server = LocalRunsServer(host=options.host, port=options.port, azure=options.azure, token=options.token)
    except OSError as error:
        print(f"cannot listen on {options.host}:{options.port}: {error.strerror or error}", file=sys.stderr)
        return 1
    key = options.token or "sk-local"
    print(f"Local Assistants API at {server.base_url}", flush=True)
    if options.azure:
        print(
            f"  AzureOpenAI(azure_endpoint={server.endpoint!r}, api_key={key!r}, api_version='2025-04-01-preview')",
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
