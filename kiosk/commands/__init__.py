"""Subcommands of the ``kiosk`` CLI, one module each (see kiosk/cli.py)."""

from __future__ import annotations

import contextlib
import signal
import threading
from typing import Protocol


class Server(Protocol):
    def start(self) -> object: ...  # simulators return themselves
    def close(self) -> None: ...


def serve_until_stopped(server: Server, banner: str) -> int:
    """Run a simulator (anything with start/close) until Ctrl+C or SIGTERM."""
    stop = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: stop.set())
    server.start()
    print(banner, flush=True)
    with contextlib.suppress(KeyboardInterrupt):
        stop.wait()
    server.close()
    return 0
