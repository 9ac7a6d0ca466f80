"""The one fullscreen window: stacked screens, status bar, idle overlay, help, lockdown."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtGui import QClipboard, QCloseEvent, QResizeEvent, QScreen
from PySide6.QtWidgets import QAbstractScrollArea, QLayout, QMainWindow, QScroller, QVBoxLayout, QWidget

from kiosk.config import Config
from kiosk.i18n import current_language, set_language
from kiosk.logging_setup import PersonalData
from kiosk.screens.base import Screen
from kiosk.screens.welcome import WelcomeScreen
from kiosk.ui.application import running_app
from kiosk.ui.idle import IdleOverlay, IdleWatcher
from kiosk.ui.reach import LowReach
from kiosk.ui.router import Router, S
from kiosk.ui.theme import SessionStyle
from kiosk.ui.voice import VoiceGuide
from kiosk.widgets.confirm import ConfirmOverlay
from kiosk.widgets.status_bar import StatusBar

if TYPE_CHECKING:  # built after the first paint (see MainWindow.keyboard_dock)
    from kiosk.ui.keyboard_dock import KeyboardDock
    from kiosk.widgets.help_overlay import HelpOverlay

log = logging.getLogger(__name__)


@dataclass
class SessionDefaults:
    """What every session starts with, and what the end of one restores (the config's values;
    the technician's live setting changes ``language``)."""

    language: str = "id"
    large_text: bool = False
    high_contrast: bool = False
    low_reach: bool = False


@dataclass(frozen=True)
class Office:
    """The Disnaker counter, named in the Bantuan card."""

    phone: str = ""
    hours: str = ""
    address: str = ""


class MainWindow(QMainWindow):
    """Closing is refused while locked; ``end_session`` wipes every screen and returns home.

    The on-screen keyboard, the Bantuan card and the low-reach band, all hidden at the first
    paint, are built right after it (~20 ms of the start, most of it the first use of their widget
    types), or at their first use if that comes sooner: the keyboard at the first focus on a text
    field."""

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
        self.reach = LowReach(self, column, self.router)
        # a person's large text and contrast: the application's sheet is the kiosk's default look
        self.session_style = SessionStyle(central, self.router)
        # a screen wider or taller than a small display is squeezed, never pushed off the screen
        main_layout = self.layout()
        if main_layout is not None:
            main_layout.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
        self._keyboard_dock: KeyboardDock | None = None
        self._help_overlay: HelpOverlay | None = None
        running_app().focusChanged.connect(self._focus_before_dock)

        self.idle = IdleWatcher(idle_timeout_s, self)
        self.idle.idle.connect(self._on_idle)
        self.idle_overlay = IdleOverlay(idle_countdown_s, central)
        self.idle_overlay.expired.connect(lambda: self.end_session("idle"))
        self.idle_overlay.resumed.connect(self.idle.poke)
        self.router.changed.connect(self._on_screen_changed)
        self.defaults = SessionDefaults()
        self.office = Office()
        self.status_bar.help_requested.connect(self.show_help)
        # low reach: from the welcome screen or any screen's Bantuan card; more time to answer
        self.reach.changed.connect(lambda on: self.idle.set_relaxed("reach", on))
        # spoken guidance: the Suara button turns it on for this person; it doubles the idle time
        self.voice = VoiceGuide(self.router.currentWidget, self)
        self.status_bar.voice_toggled.connect(self.voice.set_enabled)
        self.voice.toggled.connect(self.status_bar.set_voice)
        self.voice.toggled.connect(lambda on: self.idle.set_relaxed("voice", on))
        self.first_painted.connect(lambda: QTimer.singleShot(0, self._build_hidden_parts))
        self.installEventFilter(self)

    # -- built after the first paint
    @property
    def keyboard_dock(self) -> KeyboardDock:
        if self._keyboard_dock is None:
            from kiosk.ui.keyboard_dock import KeyboardDock

            # floats over the screen, outside the layout: showing it moves nothing
            self._keyboard_dock = KeyboardDock(self.centralWidget())
            running_app().focusChanged.disconnect(self._focus_before_dock)
        return self._keyboard_dock

    @property
    def help_overlay(self) -> HelpOverlay:
        if self._help_overlay is None:
            from kiosk.widgets.help_overlay import HelpOverlay

            overlay = self._help_overlay = HelpOverlay(self.centralWidget())
            overlay.low_reach_toggled.connect(self.reach.set_on)
            self.reach.changed.connect(overlay.set_low_reach)
            overlay.set_low_reach(self.reach.on)
        return self._help_overlay

    def _build_hidden_parts(self) -> None:
        self.keyboard_dock  # noqa: B018 - built now, in the idle time after the first paint
        self.help_overlay  # noqa: B018
        self.reach.parts()

    def _focus_before_dock(self, old: QObject | None, new: QObject | None) -> None:
        """A field focused before the keyboard was built: build it and let it answer this focus."""
        self.keyboard_dock._focus_changed(old, new)

    def use_config(self, cfg: Config) -> None:
        """The session defaults (language, large text, contrast, low reach) and the office for the Bantuan card."""
        k = cfg.kiosk
        self.defaults = SessionDefaults(k.language, k.large_text, k.high_contrast, k.low_reach)
        self.office = Office(cfg.office.phone, cfg.office.hours, cfg.office.address)

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
        screen.read_aloud.connect(self.voice.read_aloud)
        return self.router.add(screen)

    def remove_screen(self, name: str) -> None:
        self.router.remove(name)

    def go(self, name: str) -> None:
        self.router.go(name)

    def end_session(self, reason: str = "done") -> None:
        """Leave nothing of the person behind, then show the welcome screen: every screen wiped
        (its fields, filters and results), overlays and the keyboard closed, lists scrolled to the
        top, the clipboard emptied, and language, large text, contrast and low reach back to the defaults."""
        self.voice.session_ended()  # silent at once, and the voice back to the kiosk's default
        self.idle_overlay.cancel()
        self._close_overlays()
        if self._keyboard_dock is not None:
            self._keyboard_dock.close_keys()
        self.router.wipe_all()
        self._scroll_to_top()
        self._clear_clipboard()
        PersonalData.forget_all()
        self._restore_defaults()
        self.router.go("welcome")
        log.info("session ended (%s)", reason)
        self.session_ended.emit(reason)

    def _close_overlays(self) -> None:
        if self._help_overlay is not None:
            self._help_overlay.hide()
        for overlay in self.centralWidget().findChildren(ConfirmOverlay):
            overlay.hide()

    def _scroll_to_top(self) -> None:
        for area in self.findChildren(QAbstractScrollArea):
            if QScroller.hasScroller(area.viewport()):
                QScroller.scroller(area.viewport()).stop()  # a flick still gliding would scroll on
            for bar in (area.verticalScrollBar(), area.horizontalScrollBar()):
                bar.setValue(bar.minimum())

    @staticmethod
    def _clear_clipboard() -> None:
        board = running_app().clipboard()
        board.clear(QClipboard.Mode.Clipboard)
        if board.supportsSelection():  # X11's primary selection: what was last selected
            board.clear(QClipboard.Mode.Selection)

    def _restore_defaults(self) -> None:
        d = self.defaults
        if self.router.has("welcome"):
            # the welcome screen's own toggles: their signals restyle the app, their state stays true
            welcome = self.router.get("welcome", WelcomeScreen)
            welcome.large_text_button.setChecked(d.large_text)
            welcome.contrast_button.setChecked(d.high_contrast)
        self.reach.set_on(d.low_reach)
        if current_language() != d.language:
            set_language(d.language)

    def show_help(self) -> None:
        """The Bantuan card of the screen showing; the screen under it keeps all it holds."""
        screen = self.router.currentWidget()
        text = screen.help_text() if isinstance(screen, Screen) else ""
        office = [self.tr("Butuh bantuan petugas? Hubungi kantor Disnaker Kota Semarang.")]
        if self.office.phone:
            office.append(self.tr("Telepon: %1").replace("%1", self.office.phone))
        if self.office.hours:
            office.append(self.tr("Jam layanan: %1").replace("%1", self.office.hours))
        if self.office.address:
            office.append(self.tr("Alamat: %1").replace("%1", self.office.address))
        self.keyboard_dock.close_keys()
        self.help_overlay.open_help(self.tr("Bantuan"), text, "\n".join(office), self.tr("Tutup"))

    def _on_screen_changed(self, name: str, _ms: float) -> None:
        self.idle.set_armed(name not in self.unwatched)
        if self._keyboard_dock is not None:
            self._keyboard_dock.screen_changed()
        self.voice.screen_shown()

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
        for overlay in (self.idle_overlay, self._help_overlay, *self.centralWidget().findChildren(ConfirmOverlay)):
            if overlay is not None and overlay.isVisible():
                overlay.setGeometry(self.centralWidget().rect())
        dock = self._keyboard_dock
        if dock is not None and dock.isVisible():
            dock.place()
            dock.reveal_field()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self and event.type() == QEvent.Type.Paint and not self._painted:
            self._painted = True
            self.first_painted.emit()
        return False

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.status_bar.refresh()
        super().changeEvent(event)
