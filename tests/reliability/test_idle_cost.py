"""An idle kiosk stands on the welcome screen most of the day: its "tap your e-KTP" animation
must not repaint at Qt's 60 frames a second, nor while nothing moves (13 % of a core idle before,
3.8 % after, `bench/bench_idle.py`)."""

from __future__ import annotations

import time
from itertools import pairwise

from PySide6.QtCore import QEvent, QObject

from kiosk.widgets.tap_card import TapCardAnimation


class Frames(QObject):
    """(moment, phase) of every paint of the animation."""

    def __init__(self, animation: TapCardAnimation) -> None:
        super().__init__()
        self.animation = animation
        self.seen: list[tuple[float, float]] = []

    def eventFilter(self, _watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.seen.append((time.monotonic(), self.animation.phase))
        return False

    def a_whole_cycle(self) -> bool:
        """The card has faded away once and come back."""
        phases = [phase for _at, phase in self.seen]
        return 1.0 in phases and any(p < 0.3 for p in phases[phases.index(1.0) :])


def test_the_tap_animation_moves_at_25_frames_a_second_and_rests_between_taps(qtbot):
    animation = TapCardAnimation()
    qtbot.addWidget(animation)
    frames = Frames(animation)
    animation.installEventFilter(frames)
    animation.resize(420, 300)
    animation.show()
    qtbot.waitExposed(animation)
    qtbot.waitUntil(frames.a_whole_cycle, timeout=8000)
    moving = [at for at, phase in frames.seen if 0 < phase < 1.0]
    gaps = sorted(b - a for a, b in pairwise(moving))
    # 60 frames a second is 17 ms apart; 25 is 40 (a busy machine only widens the gaps)
    assert gaps[len(gaps) // 2] >= 0.032, f"median gap {gaps[len(gaps) // 2] * 1000:.0f} ms"
    resting = [at for at, phase in frames.seen if phase == 1.0]
    assert len(resting) <= 2, f"{len(resting)} paints of a resting animation"
    back = next(at for at, phase in frames.seen if at > resting[0] and phase < 1.0)
    assert back - resting[0] >= 2.0  # the rest between two taps of the card: nothing painted
