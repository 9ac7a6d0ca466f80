"""systemd notification: READY=1 after the first painted frame, then WATCHDOG=1 from a timer
on the GUI thread, so a frozen event loop stops the pings and systemd restarts the kiosk.
Nothing happens when not started by systemd (no NOTIFY_SOCKET)."""

from __future__ import annotations

import os

import sdnotify
from PySide6.QtCore import QObject, QTimer


class Watchdog(QObject):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.enabled = bool(os.environ.get("NOTIFY_SOCKET"))
        self._notifier = sdnotify.SystemdNotifier()
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.ping)
        usec = int(os.environ.get("WATCHDOG_USEC", "0") or 0)
        self.interval_ms = max(1000, usec // 2000) if usec else 0  # half the watchdog period

    def ready(self) -> None:
        if not self.enabled:
            return
        self._notifier.notify("READY=1")
        if self.interval_ms:
            self.timer.start(self.interval_ms)

    def ping(self) -> None:
        self._notifier.notify("WATCHDOG=1")

    def stopping(self) -> None:
        if self.enabled:
            self._notifier.notify("STOPPING=1")
