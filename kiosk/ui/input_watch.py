"""One application-wide event filter for everything that watches a person's input: the idle
timer, the lockdown, spoken guidance, the staff corner, the keyboard's hide-after-click.

Qt calls each event filter installed on the application for every event of every object: paints,
timers, layouts, and the tens of thousands a restyle sends. Each Python filter is a call into
Python per event; six of them made a tap on "Huruf Besar" take 1.3 s here (0.5 s without them,
``bench/bench_restyle.py``). This filter returns at once for what is not input and
hands input to the watchers, the last added first, as Qt orders application filters.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QEvent, QObject

from kiosk.ui.application import running_app

T = QEvent.Type
INPUT = frozenset({
    T.MouseButtonPress, T.MouseButtonRelease, T.MouseButtonDblClick, T.MouseMove, T.Wheel,
    T.TouchBegin, T.TouchUpdate, T.TouchEnd, T.TouchCancel,
    T.KeyPress, T.KeyRelease, T.ShortcutOverride, T.ContextMenu, T.FocusIn,
})  # fmt: skip


class InputWatch(QObject):
    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self.setObjectName("inputWatch")
        self.watchers: list[QObject] = []

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() not in INPUT:
            return False
        for watcher in tuple(self.watchers):
            if not shiboken6.isValid(watcher):  # deleted without unwatching: Qt drops such a filter too
                self.remove(watcher)
            elif watcher.eventFilter(watched, event):
                return True
        return False

    def add(self, watcher: QObject) -> None:
        # no hook on ``destroyed``: the keyboard watches and unwatches on every tap, and each hook
        # would stay connected
        if not any(w is watcher for w in self.watchers):
            self.watchers.insert(0, watcher)

    def remove(self, watcher: QObject) -> None:
        self.watchers = [w for w in self.watchers if w is not watcher]


def _the_watch() -> InputWatch:
    app = running_app()
    watch = app.findChild(InputWatch, "inputWatch")
    if watch is None:
        watch = InputWatch(app)
        app.installEventFilter(watch)
    return watch


def watch_input(watcher: QObject) -> None:
    """``watcher.eventFilter`` sees every input event of the application (and may eat it)."""
    _the_watch().add(watcher)


def unwatch_input(watcher: QObject) -> None:
    _the_watch().remove(watcher)
