"""The one fullscreen window: stacked screens, status bar, idle overlay, lockdown."""

from __future__ import annotations

import logging

from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtGui import QCloseEvent, QResizeEvent, QScreen
from PySide6.QtWidgets import QLayout, QMainWindow, QVBoxLayout, QWidget

from kiosk.logging_setup import PersonalData
from kiosk.ui.idle import IdleOverlay, IdleWatcher
from kiosk.ui.keyboard_dock import KeyboardDock
from kiosk.ui.router import Router, S
from kiosk.widgets.status_bar import StatusBar

log = logging.getLogger(__name__)


class MainWindow(QMainWindow):
    """Closing is refused while locked; ``end_session`` wipes every screen and returns home."""

    first_painted = Signal()
    session_ended = Signal(str)  # reason: idle | cancel | done

    def __init__(self, kiosk_id: str, idle_timeout_s: int, idle_countdown_s: int) -> None:
        super().__init__()
        self.setWindowTitle("ATM Pencari Kerja")
        self.locked = True
        self._painted = False
        self._screen_watched: QScreen | None = None
        # screens without the job seeker's idle countdown: nothing personal, or their own rule
        self.unwatched: set[str] = {"welcome"}
        self.router = Router()
        self.status_bar = StatusBar(kiosk_id)
        central = QWidget()
        column = QVBoxLayout(central)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.router, 1)
        column.addWidget(self.status_bar)
        self.setCentralWidget(central)
        # a screen wider or taller than a small display is squeezed, never pushed off the screen
        main_layout = self.layout()
        if main_layout is not None:
            main_layout.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
        # floats over the screen, outside the layout: showing it moves nothing
        self.keyboard_dock = KeyboardDock(central)

        self.idle = IdleWatcher(idle_timeout_s, self)
        self.idle.idle.connect(self._on_idle)
        self.idle_overlay = IdleOverlay(idle_countdown_s, central)
        self.idle_overlay.expired.connect(lambda: self.end_session("idle"))
        self.idle_overlay.resumed.connect(self.idle.poke)
        self.router.changed.connect(self._on_screen_changed)
        self.installEventFilter(self)

    def show_fullscreen(self) -> None:
        """Fullscreen that fills the screen with or without a window manager.

        Under cage the compositor sizes a fullscreen window; on a bare X server nobody acts on
        the fullscreen request and the window keeps its size hint. So it also takes the
        screen's geometry itself, now and whenever the screen changes (resolution, another
        screen).
        """
        self.showFullScreen()
        self._fill(self.screen())
        self.windowHandle().screenChanged.connect(self._fill)

    def _fill(self, screen: QScreen) -> None:
        if self._screen_watched is not screen:
            if self._screen_watched is not None:
                self._screen_watched.geometryChanged.disconnect(self.setGeometry)
            screen.geometryChanged.connect(self.setGeometry)
            self._screen_watched = screen
        self.setGeometry(screen.geometry())

    def add_screen(self, screen: S) -> S:
        return self.router.add(screen)

    def remove_screen(self, name: str) -> None:
        self.router.remove(name)

    def go(self, name: str) -> None:
        self.router.go(name)

    def end_session(self, reason: str = "done") -> None:
        """Wipe personal data from every screen and from memory, then show the welcome screen."""
        self.idle_overlay.cancel()
        self.router.wipe_all()
        PersonalData.forget_all()
        self.router.go("welcome")
        log.info("session ended (%s)", reason)
        self.session_ended.emit(reason)

    def _on_screen_changed(self, name: str, _ms: float) -> None:
        self.idle.set_armed(name not in self.unwatched)
        self.keyboard_dock.screen_changed()

    def _on_idle(self) -> None:
        if self.router.current_name != "welcome":
            self.idle_overlay.start()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.locked:
            event.ignore()
            return
        super().closeEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self.idle_overlay.isVisible():
            self.idle_overlay.setGeometry(self.centralWidget().rect())
        if self.keyboard_dock.isVisible():
            self.keyboard_dock.place()
            self.keyboard_dock.reveal_field()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self and event.type() == QEvent.Type.Paint and not self._painted:
            self._painted = True
            self.first_painted.emit()
        return False

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.status_bar.refresh()
        super().changeEvent(event)
