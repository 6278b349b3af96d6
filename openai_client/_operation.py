"""What the generator knows of each operation, carried on the request to whatever needs it.

Each endpoint module holds one `Operation`, written by the template from the spec: its id,
method and path, whether sending it twice is safe, and what to check when it may have acted
but its answer was lost. The request carries it in its httpx extensions, so the retry
transport and the error messages read the facts instead of guessing them from the URL.
"""

from __future__ import annotations

from typing import NamedTuple

import httpx

OPERATION_EXTENSION = "openai_client.operation"


class Operation(NamedTuple):
    """One operation of the spec.

    `resend_safe`: sending it again cannot do the work twice (it only reads, or deletes).
    `if_interrupted`: what to check before sending it again when it may have acted, with
    `{path}` the request's path and `{parent}` that path without its last segment.
    """

    id: str
    method: str
    path: str
    resend_safe: bool
    if_interrupted: str = ""

    def advice(self, request: httpx.Request) -> str:
        """For a request of this operation that may have acted: what to check, in one sentence."""
        if self.resend_safe:
            return ""
        path = request.url.path
        check = self.if_interrupted.format(path=path, parent=path.rsplit("/", 1)[0])
        return f" The request may have been processed: {check} before sending it again."


UNKNOWN = Operation(
    id="",
    method="",
    path="",
    resend_safe=False,
    if_interrupted="check whether it took effect",
)
"""A request sent through the client's pool by hand: nothing is known of it, so it is never resent."""


def operation_of(request: httpx.Request) -> Operation:
    """The operation a request was built for (UNKNOWN for one built by hand)."""
    operation = request.extensions.get(OPERATION_EXTENSION)
    return operation if isinstance(operation, Operation) else UNKNOWN
