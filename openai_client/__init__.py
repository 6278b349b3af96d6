"""A typed client for the OpenAI Assistants Runs API, generated from this project's openapi.yaml.

    from openai_client import AuthenticatedClient
    from openai_client.api.runs import get_run

    client = AuthenticatedClient(token="sk-...")
    run = get_run.sync("thread_abc", "run_abc", client=client)   # a RunObject, or a typed error

Models live in `openai_client.models`, errors in `openai_client.errors`. Set
`OPENAI_LOG=info` (or `debug`) to log each request to stderr, as the official SDK does.
"""

from ._logging import configure_from_environment
from ._retries import RetryPolicy
from ._version import __version__
from .client import AuthenticatedClient, Client

configure_from_environment()

__all__ = (
    "AuthenticatedClient",
    "Client",
    "RetryPolicy",
    "__version__",
)
