"""A stall meter: how long the GUI thread went without handling its events."""

from __future__ import annotations

from PySide6.QtCore import QElapsedTimer, QObject, QTimer

TICK_MS = 5


class StallMeter(QObject):
    """Ticks every 5 ms on the GUI thread; the longest gap between ticks, less the tick,
    is the longest time a touch would have waited for an answer."""

    def __init__(self) -> None:
        super().__init__()
        self.worst_ms = 0.0
        self.ticks = 0
        self._clock = QElapsedTimer()
        self._timer = QTimer(self)
        self._timer.setInterval(TICK_MS)
        self._timer.timeout.connect(self._tick)
        self._last = 0.0

    def start(self) -> StallMeter:
        self._clock.start()
        self._last = 0.0
        self._timer.start()
        return self

    def stop(self) -> None:
        self._timer.stop()

    def _tick(self) -> None:
        now = self._clock.nsecsElapsed() / 1e6
        self.worst_ms = max(self.worst_ms, now - self._last - TICK_MS)
        self._last = now
        self.ticks += 1
