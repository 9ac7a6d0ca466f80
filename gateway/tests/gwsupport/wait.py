"""Polling a condition with a deadline (never a fixed sleep as synchronisation)."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable

_pause = threading.Event()  # never set: wait() is a plain timed pause between polls


def poll_until(condition: Callable[[], bool], timeout_s: float, interval_s: float = 0.05) -> bool:
    deadline = time.monotonic() + timeout_s
    while not condition():
        if time.monotonic() > deadline:
            return False
        _pause.wait(interval_s)
    return True
