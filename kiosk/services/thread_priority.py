"""Bulk work yields the CPU to the screen: a worker thread lowers its own priority.

On Linux the nice value belongs to each thread (``setpriority`` on the thread's own id), and a
thread started later inherits its starter's: lowering the sync loop's thread also lowers the
sender pool it starts. The GUI thread keeps its priority, so a tap is answered first on a slow box.
"""

from __future__ import annotations

import logging
import os
import sys
import threading
from collections.abc import Callable

BULK_NICE = 10  # as `kiosk sync` lowers its whole process (kiosk/commands/sync_cmd.py)
log = logging.getLogger(__name__)


def lower_this_thread(by: int = BULK_NICE) -> int | None:
    """Lower the calling thread's priority by ``by``; its nice value now, or None where a
    thread has no nice of its own (not Linux) or the system refused."""
    if not sys.platform.startswith("linux"):
        return None  # elsewhere PRIO_PROCESS with a thread id would lower the whole process
    tid = threading.get_native_id()
    try:
        nice = min(19, os.getpriority(os.PRIO_PROCESS, tid) + by)
        os.setpriority(os.PRIO_PROCESS, tid, nice)
    except OSError as exc:
        log.warning("thread %s keeps its priority: %s", threading.current_thread().name, exc)
        return None
    return nice


def start_lowered(start: Callable[[], object], by: int = BULK_NICE) -> None:
    """Call ``start`` on a short-lived thread of lower priority: the threads it starts (a server's
    loop and the threads that loop starts) inherit the lower priority."""
    errors: list[BaseException] = []

    def call() -> None:
        lower_this_thread(by)
        try:
            start()
        except BaseException as exc:  # raised again on the caller's thread
            errors.append(exc)

    starter = threading.Thread(target=call, name="start-lowered")
    starter.start()
    starter.join()
    if errors:
        raise errors[0]
