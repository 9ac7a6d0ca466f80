"""Every part that watches a person's input (idle, lockdown, voice, the staff corner, the
keyboard) shares one application filter, which hands them input and nothing else: a restyle
of the whole app sends tens of thousands of events, and six Python filters made a tap on
"Huruf Besar" take 1.3 s (``kiosk/ui/input_watch.py``)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QPushButton

from kiosk.ui.input_watch import unwatch_input, watch_input


class Seen(QObject):
    def __init__(self, eat: bool = False) -> None:
        super().__init__()
        self.kinds: list[QEvent.Type] = []
        self.eat = eat

    def eventFilter(self, _watched: QObject, event: QEvent) -> bool:
        self.kinds.append(event.type())
        return self.eat and event.type() == QEvent.Type.MouseButtonPress


def test_watchers_see_input_only_and_the_last_added_may_eat_it(qtbot):
    button = QPushButton("Daftar")
    qtbot.addWidget(button)
    button.show()
    qtbot.waitExposed(button)
    first, last = Seen(), Seen(eat=True)
    watch_input(first)
    watch_input(last)
    app = QApplication.instance()
    sheet = app.styleSheet()
    try:
        app.setStyleSheet(sheet + "\nQPushButton { font-size: 23px; }")  # a restyle: no input
        button.resize(300, 80)
        assert first.kinds == [] and last.kinds == []
        with qtbot.assertNotEmitted(button.clicked):
            QTest.mouseClick(button, Qt.MouseButton.LeftButton)
        assert QEvent.Type.MouseButtonPress in last.kinds
        assert QEvent.Type.MouseButtonPress not in first.kinds  # eaten by the one added last
        assert QEvent.Type.MouseButtonRelease in first.kinds
        unwatch_input(last)
        with qtbot.waitSignal(button.clicked, timeout=1000):
            QTest.mouseClick(button, Qt.MouseButton.LeftButton)
    finally:
        unwatch_input(first)
        unwatch_input(last)
        app.setStyleSheet(sheet)
