"""`OPENAI_LOG=info|debug` turns on this package's request log on stderr, as in the official SDK.

`info` logs one line per request (method, path, status, request id, time, retry number)
and each retry; `debug` adds the headers, with credentials redacted, and body sizes.
Without the variable nothing is configured: the application's logging decides.
"""

from __future__ import annotations

import logging
import os

_LEVELS = {"info": logging.INFO, "debug": logging.DEBUG}


def configure_from_environment() -> None:
    level = _LEVELS.get(os.environ.get("OPENAI_LOG", "").strip().lower())
    if level is None:
        return
    logger = logging.getLogger("openai_client")
    if not any(getattr(handler, "_openai_client", False) for handler in logger.handlers):
        handler = logging.StreamHandler()
        handler.setFormatter(logging.Formatter("[%(asctime)s %(name)s %(levelname)s] %(message)s"))
        handler._openai_client = True  # type: ignore[attr-defined]
        logger.addHandler(handler)
    logger.setLevel(level)
