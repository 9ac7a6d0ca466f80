"""The thin bar at the bottom of every screen: the Bantuan (Help) button, kiosk id, sync state
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
        self._kiosk = QLabel(kiosk_id)
        self.sync_label = QLabel()
        self.clock_label = named(QLabel(), "clock")
        row = QHBoxLayout(self)
        row.setContentsMargins(12, 4, 18, 4)
        row.addWidget(self.help_button)
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

    def refresh(self) -> None:
        self.help_button.setText(self.tr("? Bantuan"))
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
