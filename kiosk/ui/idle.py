"""Idle handling: an app-wide event filter notices touches and keys; after the idle time
the window shows "Masih di sana?" with a countdown, then the session is wiped."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QFrame, QLabel, QPushButton, QVBoxLayout, QWidget

from kiosk.widgets.confirm import fit_dialog

_ACTIVITY = {
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseButtonRelease,
    QEvent.Type.TouchBegin,
    QEvent.Type.TouchUpdate,
    QEvent.Type.KeyPress,
    QEvent.Type.Wheel,
}


#: how much longer a relaxed session waits (issue 23 item 5: twice the idle time)
RELAXED_FACTOR = 2


class IdleWatcher(QObject):
    """Emits ``idle`` after ``timeout_s`` without user input while ``armed``.

    A person who listens to every button before choosing it (voice) or reaches up from a
    wheelchair (low reach) is slower: any of those ``set_relaxed`` reasons doubles the idle time."""

    idle = Signal()

    def __init__(self, timeout_s: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._base_ms = timeout_s * 1000
        self._relaxed: set[str] = set()
        self._timer.setInterval(self._base_ms)
        self._timer.timeout.connect(self.idle)
        self.armed = False

    @property
    def timeout_ms(self) -> int:
        """How long without a touch or key before ``idle`` (doubled while relaxed)."""
        return self._timer.interval()

    @property
    def base_timeout_ms(self) -> int:
        """The kiosk's idle time, before any relaxation."""
        return self._base_ms

    @property
    def relaxed(self) -> frozenset[str]:
        """Why the idle time is doubled now ("voice", "low_reach", ...); empty: it is not."""
        return frozenset(self._relaxed)

    def set_timeout_ms(self, timeout_ms: int) -> None:
        """A new idle time (the technician's setting, applied at once); counts again from now."""
        self._base_ms = timeout_ms
        self._apply()

    def set_relaxed(self, reason: str, on: bool) -> None:
        """Twice the idle time while any ``reason`` is on ("reach": low reach, "voice": spoken
        guidance): a person who needs these needs longer for each screen; counts again from now."""
        if on:
            self._relaxed.add(reason)
        else:
            self._relaxed.discard(reason)
        self._apply()

    def _apply(self) -> None:
        self._timer.setInterval(self._base_ms * (RELAXED_FACTOR if self._relaxed else 1))
        self.poke()

    def set_armed(self, armed: bool) -> None:
        """Armed during a session; on the welcome screen there is nothing to wipe."""
        self.armed = armed
        if armed:
            self._timer.start()
        else:
            self._timer.stop()

    def poke(self) -> None:
        if self.armed:
            self._timer.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _ACTIVITY:
            self.poke()
        return False


class IdleOverlay(QFrame):
    """Covers the window with a question and a countdown. ``expired`` when it reaches 0."""

    expired = Signal()
    resumed = Signal()

    def __init__(self, countdown_s: int, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("idleOverlay")
        self._countdown_s = countdown_s
        self._left = countdown_s
        self._tick = QTimer(self)
        self._tick.setInterval(1000)
        self._tick.timeout.connect(self._on_tick)

        box = QFrame(self)
        box.setObjectName("dialog")
        self._box = box
        self._title = QLabel(box)
        self._title.setObjectName("title")
        self._title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._title.setWordWrap(True)
        self._text = QLabel(box)
        self._text.setObjectName("subtitle")
        self._text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._text.setWordWrap(True)
        self.button = QPushButton(box)
        self.button.setProperty("role", "primary")
        self.button.clicked.connect(self.resume)
        inner = QVBoxLayout(box)
        inner.setSpacing(24)
        inner.addWidget(self._title)
        inner.addWidget(self._text)
        inner.addWidget(self.button)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        outer.addWidget(box, 0, Qt.AlignmentFlag.AlignCenter)
        outer.addStretch(1)
        self.hide()

    @property
    def seconds_left(self) -> int:
        return self._left

    @property
    def countdown_s(self) -> int:
        """The seconds the question counts down from, each time it shows."""
        return self._countdown_s

    @countdown_s.setter
    def countdown_s(self, seconds: int) -> None:
        self._countdown_s = seconds

    def start(self) -> None:
        self._left = self._countdown_s
        parent = self.parentWidget()
        if parent is not None:
            self.setGeometry(parent.rect())
        self._render()
        self.show()
        self.raise_()
        self._tick.start()

    def resume(self) -> None:
        self._tick.stop()
        self.hide()
        self.resumed.emit()

    def cancel(self) -> None:
        self._tick.stop()
        self.hide()

    def _on_tick(self) -> None:
        self._left -= 1
        if self._left <= 0:
            self._tick.stop()
            self.hide()
            self.expired.emit()
            return
        self._render()

    def _render(self) -> None:
        self._title.setText(self.tr("Masih di sana?"))
        self._text.setText(self.tr("Demi keamanan data Anda, sesi akan diakhiri dalam %n detik.", "", self._left))
        self.button.setText(self.tr("Ya, saya masih di sini"))
        fit_dialog(self._box, self)  # large text: the box grows with its wrapped text
