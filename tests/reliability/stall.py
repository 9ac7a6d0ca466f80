"""A stall meter: how long the GUI thread went without handling its events."""

from __future__ import annotations

from PySide6.QtCore import QElapsedTimer, QObject, QTimer

TICK_MS = 5


class StallMeter(QObject):
    """Ticks every 5 ms on the GUI thread; the longest gap between ticks, less the tick,
    is the longest time a touch would have waited for an answer. Every gap is kept, so a test can
    tell one scheduler hiccup of a loaded machine from a GUI thread that blocks on each request."""

    def __init__(self) -> None:
        super().__init__()
        self.worst_ms = 0.0
        self.gaps_ms: list[float] = []
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
        gap = now - self._last - TICK_MS
        self.worst_ms = max(self.worst_ms, gap)
        self.gaps_ms.append(gap)
        self._last = now
        self.ticks += 1

    def stalls_over(self, limit_ms: float) -> list[float]:
        return [gap for gap in self.gaps_ms if gap >= limit_ms]

    def responsive(self, limit_ms: float, *, hard_limit_ms: float = 1000.0) -> bool:
        """No touch waited ``limit_ms`` or more, but for at most one isolated stall that stayed
        under ``hard_limit_ms``. A device call made on the GUI thread stalls at every request
        (each test makes a dozen), and a printer or SIKER timeout stalls for seconds: either
        fails this; one hiccup of a 2-core machine busy with other work does not."""
        stalls = self.stalls_over(limit_ms)
        return len(stalls) <= 1 and all(gap < hard_limit_ms for gap in stalls)
