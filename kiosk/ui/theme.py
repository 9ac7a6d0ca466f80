"""The touch theme: ``assets/theme.qss`` plus optional large-text and high-contrast layers.

The application's style sheet is the kiosk's default look (the site's large text and contrast).
A person's own choice on the welcome screen goes on the window a part at a time (``SessionStyle``):
restyling the whole application re-polishes all ~1,100 widgets of every screen at once, about half
a second during which the tap that asked for it waits (``bench/bench_restyle.py``).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QStackedWidget, QWidget

from kiosk.ui.application import running_app

ASSETS = Path(__file__).resolve().parent.parent.parent / "assets"


def stylesheet(large_text: bool = False, high_contrast: bool = False) -> str:
    parts = [(ASSETS / "theme.qss").read_text(encoding="utf-8")]
    if high_contrast:
        parts.append((ASSETS / "theme-contrast.qss").read_text(encoding="utf-8"))
    if large_text:
        parts.append((ASSETS / "theme-large.qss").read_text(encoding="utf-8"))
    return "\n".join(parts)


def apply_theme(app: QApplication, large_text: bool = False, high_contrast: bool = False) -> None:
    app.setStyleSheet(stylesheet(large_text, high_contrast))


class SessionStyle(QObject):
    """A person's large text or contrast, set on the window's parts instead of the application.

    Each part (a screen, or a piece of the window's chrome: the status bar, the keyboard, the
    overlays) gets the whole sheet as its own, so its rules weigh against each other exactly as in
    the application's sheet and win over it. The chrome and the screen showing are restyled at
    once (~100 widgets); each other screen in a later turn of the event loop, one per turn, and
    any screen not reached yet just before it is shown. Back at the kiosk's default, the parts'
    own sheets are emptied the same way.
    """

    def __init__(self, chrome: QWidget, router: QStackedWidget) -> None:
        super().__init__(chrome)
        self._chrome = chrome  # the window's central widget: the router is inside it
        self._router = router
        self.sheet = ""  # the parts' own sheet: "" is the application's
        self._waiting: list[QWidget] = []
        self._next = QTimer(self)
        self._next.setSingleShot(True)
        self._next.setInterval(0)
        self._next.timeout.connect(self._restyle_next)
        self._watching = False
        router.currentChanged.connect(self._shown)

    def set(self, large_text: bool, high_contrast: bool) -> None:
        wanted = stylesheet(large_text, high_contrast)
        self.sheet = "" if wanted == running_app().styleSheet() else wanted  # the kiosk's default look
        if self.sheet and not self._watching:
            # a part built from now on is restyled before it is first drawn (ChildPolished); not
            # from the start: a Python filter's first event costs PySide tens of ms of the start
            self._chrome.installEventFilter(self)
            self._watching = True
        parts = self._parts()
        now = [part for part in parts if part.isVisible()]
        for part in now:
            self._restyle(part)
        self._waiting = [part for part in parts if not part.isVisible()]
        self._next.start()

    @property
    def settled(self) -> bool:
        """Every part has the sheet (tests and benches wait for this)."""
        return all(part.styleSheet() == self.sheet for part in self._parts())

    def _parts(self) -> list[QWidget]:
        router = self._router
        chrome = [
            child
            for child in self._chrome.children()
            if isinstance(child, QWidget) and child is not router and not child.isAncestorOf(router)
        ]
        screens = [screen for i in range(router.count()) if (screen := router.widget(i)) is not None]
        return chrome + screens

    def _restyle(self, part: QWidget) -> None:
        if part.styleSheet() != self.sheet:
            part.setStyleSheet(self.sheet)

    def _restyle_next(self) -> None:
        while self._waiting:
            part = self._waiting.pop(0)
            if part.styleSheet() != self.sheet:
                part.setStyleSheet(self.sheet)
                break  # one part a turn: a tap in between is answered
        if self._waiting:
            self._next.start()

    def _shown(self, index: int) -> None:
        screen = self._router.widget(index)
        if screen is not None:
            self._restyle(screen)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ChildPolished and self.sheet:
            child = event.child()  # type: ignore[attr-defined]
            if isinstance(child, QWidget) and not child.isAncestorOf(self._router):
                self._restyle(child)
        return False
