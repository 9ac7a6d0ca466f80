"""The thin bar at the bottom of every screen: the Bantuan (Help) and Suara (voice) buttons, kiosk id, sync state
("n menunggu") and the clock, in the kiosk's zone (``kiosk.timezone``), never the OS's."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from kiosk.core import clock
from kiosk.core.sync_state import SyncIndicator
from kiosk.widgets.named import named


class StatusBar(QFrame):
    """Polls ``sync_state`` (cheap: one small query) every few seconds."""

    help_requested = Signal()
    voice_toggled = Signal(bool)  # the person turned the spoken guidance on or off

    def __init__(
        self,
        kiosk_id: str,
        sync_state: Callable[[], SyncIndicator] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("statusBar")
        self._sync_state = sync_state
        # at the same place on every screen, also while the on-screen keyboard is open
        self.help_button = named(QPushButton(), "helpButton")
        self.help_button.clicked.connect(self.help_requested)
        # spoken guidance (issue 23), right of Bantuan, as large: a toggle, its state said in words
        self.voice_button = named(QPushButton(), "voiceButton")
        self.voice_button.setCheckable(True)
        self.voice_button.toggled.connect(self._voice_toggled)
        self._kiosk = QLabel(kiosk_id)
        self.sync_label = QLabel()
        self.clock_label = named(QLabel(), "clock")
        row = QHBoxLayout(self)
        row.setContentsMargins(12, 4, 18, 4)
        row.addWidget(self.help_button)
        row.addSpacing(12)
        row.addWidget(self.voice_button)
        row.addSpacing(18)
        row.addWidget(self._kiosk)
        row.addStretch(1)
        row.addWidget(self.sync_label)
        row.addSpacing(24)
        row.addWidget(self.clock_label)
        self._timer = QTimer(self)
        self._timer.setInterval(5000)
        self._timer.timeout.connect(self.refresh)
        self._timer.start()
        self.refresh()

    def stop(self) -> None:
        """Before the database closes: no more polling."""
        self._timer.stop()
        self._sync_state = None

    def set_sync_source(self, sync_state: Callable[[], SyncIndicator]) -> None:
        self._sync_state = sync_state
        self.refresh()

    def set_voice(self, on: bool) -> None:
        """Show the voice's state (a session's end puts it back to the default) without a signal."""
        self.voice_button.blockSignals(True)
        self.voice_button.setChecked(on)
        self.voice_button.blockSignals(False)
        self._voice_text()

    def _voice_toggled(self, on: bool) -> None:
        self._voice_text()
        self.voice_toggled.emit(on)

    def _voice_text(self) -> None:
        on = self.voice_button.isChecked()
        self.voice_button.setText(self.tr("Suara: nyala") if on else self.tr("Suara: mati"))
        # what the voice itself says of this button: the action a second touch takes
        self.voice_button.setAccessibleName(
            self.tr("Suara menyala. Sentuh lagi untuk mematikan suara.")
            if on
            else self.tr("Suara. Sentuh untuk menyalakan panduan suara.")
        )

    def refresh(self) -> None:
        self.help_button.setText(self.tr("? Bantuan"))
        self._voice_text()
        self.clock_label.setText(clock.on_screen())
        if self._sync_state is None:
            self.sync_label.setText("")
            return
        state = self._sync_state()
        # words, not colour alone, carry the meaning
        if state.online is None:
            where = self.tr("● Menghubungkan…")
        elif state.online:
            where = self.tr("● Daring")
        else:
            where = self.tr("○ Luring")
        text = where
        if state.pending:
            text += "  ·  " + self.tr("%n menunggu", "", state.pending)
        self.sync_label.setText(text)
