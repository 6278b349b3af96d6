"""The local server's time: the wall clock, or a manual one a test steps with `server.advance()`."""

from __future__ import annotations

import threading
import time


class Clock:
    """Seconds since the epoch, as a float: the wall clock plus what `advance` added, or, for a
    manual clock, a time that stands still until `advance` moves it."""

    def __init__(self, *, manual: bool = False) -> None:
        self.manual = manual
        self._start = time.time()
        self._added = 0.0
        self._lock = threading.Lock()

    def now(self) -> float:
        with self._lock:
            return (self._start if self.manual else time.time()) + self._added

    def advance(self, seconds: float) -> None:
        """Move time on by `seconds` (a real clock too: what falls due in them happens now)."""
        with self._lock:
            self._added += seconds
