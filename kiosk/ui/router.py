"""Screens stacked in one window, opened by name."""

from __future__ import annotations

import logging
import time
from typing import TypeVar, overload

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QStackedWidget, QWidget

from kiosk.screens.base import Screen
from kiosk.widgets.touch_scroll import kinetic_all

log = logging.getLogger(__name__)

S = TypeVar("S", bound=Screen)


class Router(QStackedWidget):
    """Owns the screens; ``go(name)`` shows one. Emits ``changed(name, ms)`` after a switch."""

    changed = Signal(str, float)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._screens: dict[str, Screen] = {}

    def add(self, screen: S) -> S:
        if screen.name in self._screens:
            raise ValueError(f"screen {screen.name!r} registered twice")
        self._screens[screen.name] = screen
        self.addWidget(screen)
        kinetic_all(screen)  # every list and long form scrolls by dragging its content
        screen.navigate.connect(self.go)
        screen.retranslate()
        return screen

    def has(self, name: str) -> bool:
        return name in self._screens

    def remove(self, name: str) -> None:
        """Take a screen out and destroy it (it must not be the one showing)."""
        screen = self._screens.pop(name)
        self.removeWidget(screen)
        screen.setParent(None)  # out of the window now; Qt frees it at the next turn of the loop
        screen.deleteLater()

    @overload
    def get(self, name: str) -> Screen: ...
    @overload
    def get(self, name: str, cls: type[S]) -> S: ...
    def get(self, name: str, cls: type[Screen] = Screen) -> Screen:
        """The screen registered as ``name``, checked to be a ``cls`` (so callers get its own type)."""
        screen = self._screens[name]
        if not isinstance(screen, cls):
            raise TypeError(f"screen {name!r} is a {type(screen).__name__}, not a {cls.__name__}")
        return screen

    def screens(self) -> list[Screen]:
        return list(self._screens.values())

    @property
    def current_name(self) -> str:
        current = self.currentWidget()
        return current.name if isinstance(current, Screen) else ""

    def go(self, name: str) -> None:
        if name not in self._screens:
            log.error("no screen named %s", name)
            return
        started = time.perf_counter()
        screen = self._screens[name]
        previous = self.currentWidget()
        if isinstance(previous, Screen) and previous is not screen:
            previous.on_leave()
        self.setCurrentWidget(screen)
        screen.on_enter()
        self.changed.emit(name, (time.perf_counter() - started) * 1000)

    def wipe_all(self) -> None:
        for screen in self._screens.values():
            screen.wipe()
