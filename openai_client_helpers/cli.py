"""`openai-client`: leave the Assistants API without losing anything.

    openai-client export --threads ids.txt --out ARCHIVE [--assistants] [--concurrency 4]
    openai-client migrate ARCHIVE --to https://api.openai.com/v1 [--map PATH]

The server and key are found as `AuthenticatedClient.from_env()` finds them
(OPENAI_BASE_URL, OPENAI_API_KEY; with --azure, AZURE_OPENAI_ENDPOINT, AZURE_OPENAI_API_KEY,
OPENAI_API_VERSION; with --foundry, Foundry Agent Service's PROJECT_ENDPOINT, and a Microsoft
Entra ID token: FOUNDRY_TOKEN when set, else azure-identity's DefaultAzureCredential when it
is installed); --base-url (export) and --to (migrate) override the URL.
"""

from __future__ import annotations

import argparse
import asyncio
import importlib
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from openai_client import AuthenticatedClient
from openai_client.client import (
    ASSISTANTS_BETA_HEADERS,
    DEFAULT_AZURE_API_VERSION,
    DEFAULT_FOUNDRY_API_VERSION,
    FOUNDRY_SCOPE,
)
from openai_client.errors import InvalidOptionError, OpenAIError

from .export import DEFAULT_CONCURRENCY, ArchiveError, Progress, export_archive, read_thread_ids
from .migrate import migrate_archive


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="openai-client", description="Export Assistants API data; move it to Conversations."
    )
    commands = parser.add_subparsers(dest="command", required=True)
    export = commands.add_parser("export", help="export threads (and assistants) to an archive folder, resumably")
    export.add_argument("--threads", help="file of thread ids, one a line ('-': standard input)")
    export.add_argument("--assistants", action="store_true", help="also export every assistant, by listing them")
    export.add_argument("--out", required=True, type=Path, help="archive folder (a re-run continues it)")
    export.add_argument("--concurrency", type=int, default=DEFAULT_CONCURRENCY, help="threads fetched at once")
    export.add_argument("--base-url", help="the API's base URL (default: OPENAI_BASE_URL, else OpenAI's)")
    export.add_argument("--azure", action="store_true", help="Azure OpenAI: endpoint and key from AZURE_OPENAI_*")
    export.add_argument(
        "--foundry",
        action="store_true",
        help="Foundry Agent Service (classic): the project endpoint from PROJECT_ENDPOINT, a token from "
        "FOUNDRY_TOKEN or azure-identity",
    )
    export.add_argument(
        "--api-version", help="Azure's dated API version (default: OPENAI_API_VERSION), or Foundry's (default: v1)"
    )
    export.add_argument("--no-progress-bar", action="store_true", help="plain lines even on a terminal")
    migrate = commands.add_parser("migrate", help="create one conversation per archived thread")
    migrate.add_argument("archive", type=Path, help="archive folder written by `export`")
    migrate.add_argument("--to", help="base URL of the Conversations API (default: OPENAI_BASE_URL)")
    migrate.add_argument("--map", type=Path, help="mapping file (default: ARCHIVE/thread-to-conversation.map.jsonl)")
    migrate.add_argument("--templates", type=Path, help="folder for Responses request templates of the assistants")
    return parser


FOUNDRY_TOKEN = "FOUNDRY_TOKEN"
"""A Microsoft Entra ID token for Foundry (`az account get-access-token --scope https://ai.azure.com/.default`)."""


def _foundry_token_provider() -> Callable[[], str]:
    """FOUNDRY_TOKEN when set (as it is: a token lasts about an hour), else azure-identity's
    DefaultAzureCredential (refreshed as it expires), imported only when asked for."""
    token = os.environ.get(FOUNDRY_TOKEN)
    if token:
        return lambda: token
    try:
        identity: Any = importlib.import_module("azure.identity")
    except ImportError:
        raise InvalidOptionError(
            f"--foundry needs a Microsoft Entra ID token: set {FOUNDRY_TOKEN} "
            f"(az account get-access-token --scope {FOUNDRY_SCOPE}) or pip install azure-identity"
        ) from None
    provider: Callable[[], str] = identity.get_bearer_token_provider(identity.DefaultAzureCredential(), FOUNDRY_SCOPE)
    return provider


def _client(arguments: argparse.Namespace, base_url: str | None) -> AuthenticatedClient:
    overrides: dict[str, Any] = {}
    if getattr(arguments, "azure", False) and getattr(arguments, "foundry", False):
        raise InvalidOptionError("give --azure or --foundry, not both")
    if getattr(arguments, "foundry", False):
        if arguments.api_version:
            overrides["api_version"] = arguments.api_version
        if base_url:
            overrides["project_endpoint"] = base_url
        return AuthenticatedClient.from_env(foundry=True, token_provider=_foundry_token_provider(), **overrides)
    if getattr(arguments, "azure", False):
        if arguments.api_version:
            overrides["api_version"] = arguments.api_version
        if base_url:
            overrides["endpoint"] = base_url
        return AuthenticatedClient.from_env(azure=True, **overrides)
    if base_url:
        overrides["base_url"] = base_url
    return AuthenticatedClient.from_env(**overrides)


def _api_version(arguments: argparse.Namespace) -> str:
    """What the manifest records as the API version: Azure's or Foundry's, else the Assistants beta header's."""
    if arguments.foundry:
        return str(arguments.api_version or DEFAULT_FOUNDRY_API_VERSION)
    if arguments.azure:
        return str(arguments.api_version or os.environ.get("OPENAI_API_VERSION") or DEFAULT_AZURE_API_VERSION)
    return ASSISTANTS_BETA_HEADERS["OpenAI-Beta"]


def _export(arguments: argparse.Namespace) -> int:
    if arguments.threads is None and not arguments.assistants:
        print("openai-client export: give --threads FILE (or -) and/or --assistants", file=sys.stderr)
        return 2
    thread_ids: list[str] = []
    if arguments.threads == "-":
        thread_ids = read_thread_ids(sys.stdin)
    elif arguments.threads is not None:
        with Path(arguments.threads).open(encoding="utf-8") as file:
            thread_ids = read_thread_ids(file)
    client = _client(arguments, arguments.base_url)
    progress = Progress(len(thread_ids), bar=False if arguments.no_progress_bar else None)
    api_version = _api_version(arguments)

    async def run() -> Any:
        async with client:
            return await export_archive(
                client,
                arguments.out,
                thread_ids,
                assistants=arguments.assistants,
                concurrency=arguments.concurrency,
                progress=progress,
                api_version=api_version,
            )

    try:
        result = asyncio.run(run())
    finally:
        progress.close()
    counts = ", ".join(f"{count} {kind}" for kind, count in result.manifest["counts"].items())
    print(f"exported {result.exported} threads ({result.skipped} done before); archive holds {counts}")
    if result.missing:
        print(f"{len(result.missing)} thread id(s) the server answered 404 for (listed in manifest.json)")
    for thread_id, reason in result.failed.items():
        print(f"FAILED {thread_id}: {reason}", file=sys.stderr)
    if result.failed:
        print(f"{len(result.failed)} thread(s) failed: run the same command again to retry them", file=sys.stderr)
        return 1
    return 0


def _migrate(arguments: argparse.Namespace) -> int:
    with _client(arguments, arguments.to) as client:
        summary = migrate_archive(client, arguments.archive, map_path=arguments.map, templates=arguments.templates)
    for line in summary.lines():
        print(line)
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    arguments = _parser().parse_args(argv)
    try:
        return _export(arguments) if arguments.command == "export" else _migrate(arguments)
    except KeyboardInterrupt:
        print("interrupted: run the same command again to continue where it stopped", file=sys.stderr)
        return 130
    except (OpenAIError, ArchiveError, OSError) as error:
        print(f"openai-client {arguments.command}: {error}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
